import type { CellId } from '../../../domain/index.ts';

/** DOM ids of a cell's descriptions (unique per grid instance). */
export function describeIds(
  gridId: string,
  id: CellId,
): { readonly findings: string; readonly error: string } {
  return { findings: `${gridId}-f-${id}`, error: `${gridId}-e-${id}` };
}
