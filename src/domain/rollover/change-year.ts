/**
 * A draft's year changed after it was created (a typo, or the wrong year chosen): the format
 * follows the year. Within one format only the year changes. Across the 2020 → 2021 boundary
 * (reference §3) the report is rebuilt in the other format and every figure is accounted for:
 * - table 三 rows 一 / 二 / 四 and all of table 四 mean the same in both formats and are kept, as
 *   is every other figure of table 三 whose cell exists in both;
 * - 2021 → 2019: the three rows of （六）其他处理 are added up into its one row;
 * - 2019 → 2021: the one row of （六）其他处理 cannot be split into three, and table 二 is not
 *   comparable across the formats (§3 #2–#7): those figures are dropped, named and counted so that
 *   the user confirms first (nothing is dropped silently).
 * The narrative, 说明, last year's report and the 落款 are kept. What it does is worded by the
 * wording module's yearChangeWords.
 */
import {
  allCells,
  cellLabel,
  findCell,
  formatForYear,
  getTemplate,
  type CellId,
  type FormatId,
} from '../templates/index.ts';
import {
  createEmptyReport,
  getCellValue,
  roundMoney,
  setCellValue,
  withTotals,
  type CellValue,
  type Report,
} from '../model/index.ts';

export interface DroppedFigure {
  readonly cell: CellId;
  /** "<row> <column>" in the old format. */
  readonly label: string;
  readonly value: number;
}

export interface YearChange {
  readonly report: Report;
  readonly from: FormatId;
  readonly to: FormatId;
  /** Entered figures carried into the new report as they were. */
  readonly kept: number;
  /** Figures of （六）其他处理 added up into its one 2019 row. */
  readonly merged: number;
  /** Entered figures the new format has no place for. */
  readonly dropped: readonly DroppedFigure[];
}

const OTHER_HANDLING = 'requests.results.otherHandling';
const SPLIT_ROWS = ['noCorrection', 'feeUnpaid', 'other'] as const;

/**
 * The report with `year`, in the format the year requires.
 * @example changeReportYear(report2020, 2021).dropped.length // table 二's figures and （六）'s
 */
export function changeReportYear(report: Report, year: number): YearChange {
  const from = report.format;
  const to = formatForYear(year);
  if (from === to)
    return {
      report: { ...report, year },
      from,
      to,
      kept: 0,
      merged: 0,
      dropped: [],
    };

  const old = getTemplate(from);
  const next = getTemplate(to);
  let converted: Report = createEmptyReport({ year, agency: report.agency, format: to });
  let kept = 0;
  let merged = 0;
  const dropped: DroppedFigure[] = [];
  for (const cell of allCells(old)) {
    if (cell.sumOf) continue;
    const value: CellValue = getCellValue(report, cell.id) ?? null;
    if (value === null) continue;
    const target = findCell(next, cell.id);
    if (target && !target.sumOf && !cell.id.startsWith('active.')) {
      converted = setCellValue(converted, cell.id, value);
      kept += 1;
      continue;
    }
    const split = /^requests\.results\.otherHandling\.(noCorrection|feeUnpaid|other)\.(\w+)$/.exec(
      cell.id,
    );
    const into = split && `${OTHER_HANDLING}.${split[2]}`;
    if (into && to === '2019' && SPLIT_ROWS.includes(split[1] as (typeof SPLIT_ROWS)[number])) {
      const sum = (getCellValue(converted, into) ?? 0) + value;
      converted = setCellValue(converted, into, roundMoney(sum));
      merged += 1;
      continue;
    }
    dropped.push({ cell: cell.id, label: cellLabel(cell), value });
  }
  const result = withTotals({
    ...converted,
    ...pick(report, ['narrative', 'previous', 'acknowledgements', 'sources', 'publication']),
  } as Report);

  return {
    report: result,
    from,
    to,
    kept,
    merged,
    dropped,
  };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
