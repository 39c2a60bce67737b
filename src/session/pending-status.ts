/**
 * The status input of a session's pending texts (pure): which cells hold text that is not their
 * value, and why. A refused text (its message was shown) is an open error; a text only being
 * typed carries the reason it would be refused, if any.
 */
import {
  allCells,
  cellLabel,
  findCell,
  getTemplate,
  parseCellInput,
  REFUSED_RULE,
  type CellId,
  type CellInputProblem,
  type Finding,
  type FormatId,
  type TableId,
} from '../domain/index.ts';
import type { PendingTexts } from '../storage/index.ts';

export interface PendingCellStatus {
  readonly cell: CellId;
  readonly text: string;
  /** The user tried to commit it and it was refused (the message is shown at the cell). */
  readonly refused: boolean;
  /** Why the text as it stands is not a value of its cell; undefined for a valid figure not yet committed. */
  readonly problem: CellInputProblem | undefined;
}

/** The cells with pending text, in the template's order. */
export function pendingCellStatus(
  format: FormatId,
  pending: PendingTexts,
): readonly PendingCellStatus[] {
  const ids = Object.keys(pending);
  if (ids.length === 0) return [];
  const out: PendingCellStatus[] = [];
  for (const cell of allCells(getTemplate(format))) {
    const entry = pending[cell.id];
    if (!entry || cell.sumOf) continue;
    const parsed = parseCellInput(entry.text, cell.kind);
    out.push({
      cell: cell.id,
      text: entry.text,
      refused: entry.message !== undefined,
      problem: parsed.ok ? undefined : parsed.problem,
    });
  }
  return out;
}

/**
 * The refused entries as findings (open errors, rule `cells.refused`), for the findings panel and
 * the tab badges: each is counted by the status until fixed or reverted (Escape).
 */
export function refusedEntryFindings(format: FormatId, pending: PendingTexts): readonly Finding[] {
  const template = getTemplate(format);
  const findings: Finding[] = [];
  for (const p of pendingCellStatus(format, pending)) {
    const cell = findCell(template, p.cell);
    // A refused text corrected is no longer refused (typeCell drops its message at once).
    if (!p.refused || p.problem === undefined || !cell) continue;
    findings.push({
      rule: REFUSED_RULE,
      severity: 'error',
      code: 'cells.refused',
      params: { label: cellLabel(cell), problem: p.problem },
      cells: [p.cell],
      area: p.cell.split('.')[0] as TableId,
    });
  }
  return findings;
}
