import type { CellId } from '../../../domain/index.ts';

/** The texts of the grid's inputs, keyed by field name (see fieldName). */
export type GridTexts = Record<string, string>;

/**
 * The react-hook-form field name of a cell. Cell ids are dotted paths, which react-hook-form
 * would read as nested objects; the texts are kept flat under names without dots instead.
 * @example fieldName('requests.newReceived.total') // 'requests__newReceived__total'
 */
export function fieldName(id: CellId): string {
  return id.replaceAll('.', '__');
}

/** DOM ids of a cell's descriptions (unique per grid instance). */
export function describeIds(
  gridId: string,
  id: CellId,
): { readonly findings: string; readonly error: string } {
  return { findings: `${gridId}-f-${id}`, error: `${gridId}-e-${id}` };
}
