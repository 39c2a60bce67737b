/**
 * Summing reports into a new draft (汇总).
 *
 * What is added: the ENTERED cells only, cell by cell; every derived total of the sum (the 总计
 * column, （七）总计, the 行政复议/诉讼 总计) is then recomputed from the summed items with
 * `withTotals`, never added up from the sources' printed totals (a wrong printed total in a source
 * cannot reach the sum). Tables 三 and 四 are always summed (2019's undivided （六）其他处理 goes into
 * 2021's （六）3.其他, see cell-map.ts); table 二 only when every report has the summed report's
 * format, otherwise it is left empty with a note. 万元 sums are rounded to 4 decimals.
 *
 * An empty cell (null) in any source: the summed cell stays EMPTY (null), and an error note names
 * the source and its empty cells. A sum over a department that has not given its figure is not
 * known; writing the sum of the known ones would look like a complete figure and hide the gap.
 * The empty summed cell then shows in the checks (`cells.complete`) until that department's
 * report is completed and the sum made again.
 */
import { cellLabel, findCell, getTemplate, type CellId, type TableId } from '../templates/index.ts';
import {
  createEmptyReport,
  getCellValue,
  roundMoney,
  setCellValue,
  withTotals,
  type CellValue,
  type Report,
  type ReportSource,
} from '../model/index.ts';
import { bySeverity, type SourceName } from '../notes/index.ts';
import type { AggregateOptions, AggregationNote, AggregationResult } from './aggregate.types.ts';
import { cellSums } from './cell-map.ts';
import { aggregationNote, fileNameOf, planAggregation, sourceNamer } from './plan.ts';

/** The empty cells of one source: the summed report's cells and the source's own cells. */
interface EmptyCells {
  readonly source: number;
  readonly cells: CellId[];
  readonly labels: { readonly table?: TableId; readonly label: string }[];
}

function emptyCellsNote(empty: EmptyCells, report: SourceName): AggregationNote {
  return aggregationNote(
    'aggregate.emptyCells',
    'error',
    { report, empty: empty.labels },
    [empty.source],
    [...new Set(empty.cells)],
  );
}

/**
 * The reports added up into one new report of `options.agency`, for `options.year` (default: the
 * year the reports share), in the format that year requires, with the list of sources.
 * @example aggregateReports([a, b], { agency: '某某县' }).report.requests.newReceived.total // a's + b's
 */
export function aggregateReports(
  reports: readonly Report[],
  options: AggregateOptions,
): AggregationResult {
  const plan = planAggregation(reports, options);
  const { year, format } = plan;
  if (year === undefined || format === undefined)
    throw new RangeError('aggregateReports: no report to sum and no year given');

  const sumsOf = (r: Report) => cellSums(format, r.format, plan.activeSummed);
  // The summed report's entered cells, in the same order for every source format.
  const targets = cellSums(format, format, plan.activeSummed);
  const totals: (number | null)[] = targets.map(() => (reports.length > 0 ? 0 : null));
  const empties: EmptyCells[] = [];

  reports.forEach((report, index) => {
    const sums = sumsOf(report);
    let empty: EmptyCells | undefined;
    for (let j = 0; j < sums.length; j++) {
      let contribution: number | null = 0;
      for (const id of sums[j]!.from) {
        const v: CellValue = getCellValue(report, id) ?? null;
        if (v === null) {
          contribution = null;
          if (!empty) empties.push((empty = { source: index, cells: [], labels: [] }));
          empty.cells.push(sums[j]!.id);
          const cell = findCell(getTemplate(report.format), id);
          empty.labels.push(cell ? { table: cell.table, label: cellLabel(cell) } : { label: id });
        } else if (contribution !== null) contribution += v;
      }
      const soFar = totals[j]!;
      totals[j] = soFar === null || contribution === null ? null : soFar + contribution;
    }
  });

  let report: Report = createEmptyReport({ year, agency: options.agency, format });
  targets.forEach((t, j) => {
    const v = totals[j]!;
    if (v !== null) report = setCellValue(report, t.id, t.kind === 'money' ? roundMoney(v) : v);
  });
  const sources = reports.map((r, i): ReportSource => {
    const file = options.files?.[i];
    return {
      agency: r.agency,
      year: r.year,
      format: r.format,
      ...(file !== undefined ? { file: fileNameOf(file) } : {}),
    };
  });
  report = withTotals({ ...report, sources });

  const nameOf = sourceNamer(reports, options.files);
  const notes = bySeverity([
    ...plan.notes,
    ...empties.map((e) => emptyCellsNote(e, nameOf(e.source))),
  ]);
  return { report, notes, plan };
}
