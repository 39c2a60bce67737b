/** Derived totals: the 总计 column, （七）总计 and the 行政复议/诉讼 总计 are sums, never typed. */
import { MONEY_DECIMALS } from './cell-value-schema.ts';
import {
  allCells,
  findCell,
  getTemplate,
  type CellId,
  type FormatTemplate,
} from '../templates/index.ts';
import { getCellValue, setCellValue } from './cells.ts';
import { dependentTotals } from './dependent-totals.ts';
import type { CellValue, Report } from './report.types.ts';

/**
 * The value a derived cell must have, from the entered cells it adds up (recursively).
 * All items empty → null (still to fill); otherwise the sum of the filled ones.
 */
export function derivedValue(report: Report, template: FormatTemplate, id: CellId): CellValue {
  const cell = findCell(template, id);
  if (!cell?.sumOf) return getCellValue(report, id) ?? null;
  let sum = 0;
  let filled = false;
  for (const item of cell.sumOf) {
    const v = derivedValue(report, template, item);
    if (v !== null) {
      sum += v;
      filled = true;
    }
  }
  return filled ? roundMoney(sum) : null;
}

// Reports are never mutated, so a report's totals need computing once (last year's report is
// checked again on every keystroke).
const computed = new WeakMap<Report, Report>();

/** A copy of the report with every derived total recomputed from its items. */
export function withTotals<R extends Report>(report: R): R {
  const known = computed.get(report);
  if (known) return known as R;
  const out = computeTotals(report);
  computed.set(report, out);
  computed.set(out, out);
  return out;
}

function computeTotals<R extends Report>(report: R): R {
  const template = getTemplate(report.format);
  let out = report;
  for (const cell of allCells(template)) {
    if (!cell.sumOf) continue;
    const v = derivedValue(report, template, cell.id);
    if (getCellValue(out, cell.id) !== v) out = setCellValue(out, cell.id, v);
  }
  return out;
}

/**
 * Like `withTotals`, but recomputes only the totals that depend on the changed cells: what the
 * editor needs after a keystroke, where recomputing every total of every table would be waste.
 * The report's other totals must already be right (as they are after `withTotals`).
 */
export function withTotalsAfter<R extends Report>(report: R, changed: readonly CellId[]): R {
  const template = getTemplate(report.format);
  const tables = template.tables;
  const totals = new Set<CellId>();
  for (const id of changed) {
    const table = tables[id.split('.')[0] as keyof typeof tables];
    if (table) for (const t of dependentTotals(table, id)) totals.add(t);
  }
  let out = report;
  for (const id of totals) {
    const v = derivedValue(out, template, id);
    if (getCellValue(out, id) !== v) out = setCellValue(out, id, v);
  }
  return out;
}

const MONEY_SCALE = 10 ** MONEY_DECIMALS;

/** Sums of 万元 amounts (up to 6 decimals) must not show binary-fraction noise (0.1 + 0.2). */
export function roundMoney(n: number): number {
  return Math.round(n * MONEY_SCALE) / MONEY_SCALE;
}

/** A figure as printed: plain digits, up to 6 decimals for 万元, no binary-fraction noise. */
export function plainFigure(n: number): string {
  return String(roundMoney(n));
}
