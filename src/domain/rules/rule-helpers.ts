/** Small helpers the rules share: reading cells, naming them in messages, and shaping findings. */
import {
  cellLabel,
  findCell,
  type CellId,
  type FormatTemplate,
  type TableId,
} from '../templates/index.ts';
import {
  getCellValue,
  plainFigure,
  roundMoney,
  type CellValue,
  type Report,
} from '../model/index.ts';
import type { RuleNoteParams } from '../notes/index.ts';
import type { FindingDraft, RuleCode } from './rule.types.ts';

export function value(report: Report, id: CellId): CellValue {
  return getCellValue(report, id) ?? null;
}

/** "一、本年新收政府信息公开申请数量 自然人" — the printed labels of a cell. */
export function labelOf(template: FormatTemplate, id: CellId): string {
  const cell = findCell(template, id);
  return cell ? cellLabel(cell) : id;
}

export function tableOf(id: CellId): TableId {
  return id.split('.')[0] as TableId;
}

/** Formats a number as a Chinese reader expects it in a message (no binary-fraction noise). */
export function num(n: number): string {
  return plainFigure(n);
}

/** A finding that compares two figures: expected vs actual, with the delta. */
export function mismatch<C extends RuleCode>(
  code: C,
  params: RuleNoteParams[C],
  cells: readonly CellId[],
  expected: number,
  actual: number,
  area: FindingDraft['area'] = tableOf(cells[0] ?? 'report'),
): FindingDraft {
  // code and params agree by the signature; TypeScript cannot carry a generic code into the union.
  return {
    code,
    params,
    cells,
    expected,
    actual,
    delta: roundMoney(actual - expected),
    area,
  } as FindingDraft;
}
