/**
 * The 汇总 overview an office hands to its leader: one row per department with its key figures
 * (新收, 办结, 结转, 复议, 诉讼) and how many 错误 and 待核实 its report still has, and the row of
 * the summed report. Pure: the Excel writer lays these rows out.
 */
import { derivedValue, getCellValue, type CellValue, type Report } from '../model/index.ts';
import { checkReport, summarizeFindings, type Finding } from '../rules/index.ts';
import { findCell, getTemplate, type CellId, type FormatTemplate } from '../templates/index.ts';
import { sourceNameWord } from '../wording/notes/aggregate-notes.ts';
import { sourceNamer } from './plan.ts';

export type OverviewFigure =
  'newReceived' | 'concluded' | 'carriedForward' | 'reconsideration' | 'litigation';

/** The cells each key figure adds up (the same ids in both formats). */
export const OVERVIEW_FIGURES: Readonly<Record<OverviewFigure, readonly CellId[]>> = {
  newReceived: ['requests.newReceived.total'],
  concluded: ['requests.results.total.total'],
  carriedForward: ['requests.carriedForward.total'],
  reconsideration: ['reviews.reconsideration.total'],
  litigation: ['reviews.litigationDirect.total', 'reviews.litigationAfterReconsideration.total'],
};
export const OVERVIEW_FIGURE_KEYS = Object.keys(OVERVIEW_FIGURES) as OverviewFigure[];

export interface OverviewRow {
  /** The agency, else the file, else the position (as the 汇总 notes name reports). */
  readonly name: string;
  readonly year: number;
  /** Null: a cell the figure needs is still empty. */
  readonly figures: Readonly<Record<OverviewFigure, CellValue>>;
  /** Open errors and warnings of the report checked as for publishing. */
  readonly errors: number;
  readonly warnings: number;
}

export interface AggregateOverview {
  /** One row per department, in the order the reports were given. */
  readonly rows: readonly OverviewRow[];
  /** The summed report's row. */
  readonly total: OverviewRow;
}

/** Whether every entered cell a total adds up (recursively) is filled. */
function complete(report: Report, template: FormatTemplate, id: CellId): boolean {
  const cell = findCell(template, id);
  if (cell?.sumOf) return cell.sumOf.every((item) => complete(report, template, item));
  return (getCellValue(report, id) ?? null) !== null;
}

/** The key figures; null where a cell they add up is still empty (a partial sum would mislead). */
function figuresOf(report: Report): Record<OverviewFigure, CellValue> {
  const template = getTemplate(report.format);
  const out = {} as Record<OverviewFigure, CellValue>;
  for (const key of OVERVIEW_FIGURE_KEYS) {
    const ids = OVERVIEW_FIGURES[key];
    out[key] = ids.every((id) => complete(report, template, id))
      ? ids.reduce((a, id) => a + (derivedValue(report, template, id) ?? 0), 0)
      : null;
  }
  return out;
}

function rowOf(
  report: Report,
  name: string,
  findings: readonly Finding[] | undefined,
): OverviewRow {
  const summary = summarizeFindings(findings ?? checkReport(report, { mode: 'final' }));
  return {
    name,
    year: report.year,
    figures: figuresOf(report),
    errors: summary.errors,
    warnings: summary.warnings,
  };
}

export interface OverviewOptions {
  /** File names by report index, to name reports without an agency. */
  readonly files?: readonly (string | undefined)[];
  /** Each report's final-mode findings by index, when the caller has them already. */
  readonly findings?: readonly (readonly Finding[] | undefined)[];
}

/**
 * The overview of `reports` and their sum `summed` (from `aggregateReports`).
 * @example aggregateOverview([a, b], sum).rows[0].figures.newReceived // a's 新收 总计
 */
export function aggregateOverview(
  reports: readonly Report[],
  summed: Report,
  options: OverviewOptions = {},
): AggregateOverview {
  const nameOf = sourceNamer(reports, options.files);
  return {
    rows: reports.map((r, i) => rowOf(r, sourceNameWord(nameOf(i)), options.findings?.[i])),
    total: rowOf(summed, summed.agency, undefined),
  };
}
