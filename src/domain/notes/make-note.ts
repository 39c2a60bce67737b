import type { CellId } from '../templates/template.types.ts';
import type { NoteCode, NoteOf, NoteParams, NoteSource, Severity } from './note.types.ts';

/**
 * A note of one code, its parameters checked against the code.
 * @example note('import.totals.mismatch', 'warning', { label, printed, sum }, { cells: [id] })
 */
export function note<C extends NoteCode>(
  code: C,
  severity: Severity,
  params: NoteParams<C>,
  where: { readonly cells?: readonly CellId[]; readonly source?: NoteSource } = {},
): NoteOf<C> {
  return {
    code,
    severity,
    cells: where.cells ?? [],
    params,
    ...(where.source ? { source: where.source } : {}),
  };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; the order within a severity is kept. */
export function bySeverity<N extends { readonly severity: Severity }>(notes: readonly N[]): N[] {
  return [...notes].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
