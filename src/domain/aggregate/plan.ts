/**
 * Before summing: which year and format the sum gets, and what does not fit — reports of other
 * years or formats, a report counted twice, reports without a name or with open errors.
 */
import type { Report } from '../model/index.ts';
import { FORMAT_WORDS, TABLE_WORDS } from '../wording/index.ts';
import { checkReport, type Severity } from '../rules/index.ts';
import {
  findCell,
  formatForYear,
  getTemplate,
  type CellId,
  type FormatId,
  type TableId,
} from '../templates/index.ts';
import type {
  AggregationGroup,
  AggregationNote,
  AggregationPlan,
  PlanOptions,
} from './aggregate.types.ts';
import { OTHER_HANDLING, OTHER_HANDLING_CATCH_ALL } from './cell-map.ts';

/** How many reports a message names before it says "等 N 份". */
const NAMES_LISTED = 10;

export const TABLE_NAMES: Readonly<Record<TableId, string>> = TABLE_WORDS;

const FORMAT_NAMES: Readonly<Record<FormatId, string>> = FORMAT_WORDS;

/** The agency of a summed report when the user names none: "汇总（3 个单位）". */
export function defaultAggregateAgency(count: number): string {
  return `汇总（${count} 个单位）`;
}

/** The file name part of a path (no folder), as kept in `sources`. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** How messages name report i: its agency, else its file, else its position. */
export function sourceNamer(
  reports: readonly Report[],
  files: readonly (string | undefined)[] = [],
): (index: number) => string {
  return (i) => {
    const agency = reports[i]?.agency.trim();
    if (agency) return agency;
    const file = files[i];
    return file !== undefined
      ? `${fileNameOf(file)}（未填写单位）`
      : `第 ${i + 1} 份报告（未填写单位）`;
  };
}

/** "外交部、商务部、…… 等 15 份" */
export function listNames(indices: readonly number[], nameOf: (i: number) => string): string {
  const listed = indices.slice(0, NAMES_LISTED).map(nameOf).join('、');
  return indices.length > NAMES_LISTED ? `${listed} 等 ${indices.length} 份` : listed;
}

function groupBy<K>(reports: readonly Report[], keyOf: (r: Report) => K): AggregationGroup<K>[] {
  const groups = new Map<K, number[]>();
  reports.forEach((r, i) => {
    const key = keyOf(r);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return [...groups].map(([key, sources]) => ({ key, sources }));
}

/** The year most reports have; the latest of those on a tie. */
function commonYear(groups: readonly AggregationGroup<number>[]): number | undefined {
  let best: AggregationGroup<number> | undefined;
  for (const g of groups)
    if (
      !best ||
      g.sources.length > best.sources.length ||
      (g.sources.length === best.sources.length && g.key > best.key)
    )
      best = g;
  return best?.key;
}

/** The group with `key` first, the others by size (largest first). */
function targetFirst<K>(groups: AggregationGroup<K>[], key: K | undefined): AggregationGroup<K>[] {
  return groups.sort(
    (a, b) => Number(b.key === key) - Number(a.key === key) || b.sources.length - a.sources.length,
  );
}

const TABLE_AREAS: ReadonlySet<string> = new Set<TableId>(['active', 'requests', 'reviews']);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortNotes(notes: readonly AggregationNote[]): AggregationNote[] {
  return [...notes].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Cells of one table of a format that are typed in (not derived totals). */
function enteredCells(format: FormatId, table: TableId): CellId[] {
  return getTemplate(format)
    .tables[table].cells.filter((c) => !c.sumOf)
    .map((c) => c.id);
}

/** Reports counted more than once: the same agency and year, directly or inside a summed report. */
function duplicateNotes(
  reports: readonly Report[],
  nameOf: (i: number) => string,
): AggregationNote[] {
  interface Seen {
    readonly index: number;
    /** Set when the report is only inside report `index` (a summed report's `sources`). */
    readonly inside?: true;
  }
  const byKey = new Map<string, { agency: string; year: number; seen: Seen[] }>();
  const add = (agency: string, year: number, seen: Seen) => {
    const name = agency.trim();
    if (!name) return;
    const key = `${year}\u0000${name}`;
    const entry = byKey.get(key);
    if (entry) entry.seen.push(seen);
    else byKey.set(key, { agency: name, year, seen: [seen] });
  };
  reports.forEach((r, index) => {
    add(r.agency, r.year, { index });
    for (const s of r.sources ?? []) add(s.agency, s.year, { index, inside: true });
  });
  const notes: AggregationNote[] = [];
  for (const { agency, year, seen } of byKey.values()) {
    // A summed report that lists one agency twice was flagged when it was made; only flag it here
    // when the agency also comes from another selected report.
    if (new Set(seen.map((s) => s.index)).size < 2) continue;
    const places = seen.map((s) =>
      s.inside ? `第 ${s.index + 1} 份（${nameOf(s.index)}）中已含` : `第 ${s.index + 1} 份`,
    );
    notes.push({
      code: 'aggregate.duplicate',
      severity: 'error',
      message: `${agency} ${year} 年度报告被计入 ${seen.length} 次（${places.join('；')}），会重复相加：请只保留一份`,
      sources: [...new Set(seen.map((s) => s.index))],
      cells: [],
    });
  }
  return notes;
}

/** How （六）其他处理 of reports in the other format went into the sum (labels from the template). */
function otherHandlingNote(
  format: FormatId,
  sources: readonly number[],
  names: string,
): AggregationNote {
  const template = getTemplate(format);
  const cells = enteredCells(format, 'requests').filter((id) =>
    id.startsWith(`${OTHER_HANDLING}.`),
  );
  if (format === '2019') {
    const row = findCell(template, cells[0]!)!.rowLabel;
    return {
      code: 'aggregate.otherHandling',
      severity: 'info',
      message: `${names}按 2021 格式填报，其“${row}”的各细项已合计计入汇总报告的“${row}”`,
      sources,
      cells,
    };
  }
  const catchAll = cells.filter((id) =>
    id.startsWith(`${OTHER_HANDLING}.${OTHER_HANDLING_CATCH_ALL}.`),
  );
  const target = findCell(template, catchAll[0]!)!;
  const items = [
    ...new Set(
      cells
        .filter((id) => !catchAll.includes(id))
        .map((id) => `“${findCell(template, id)!.rowLabel}”`),
    ),
  ];
  return {
    code: 'aggregate.otherHandling',
    severity: 'info',
    message: `${names}按 2019 格式填报，“${target.rowGroup ?? ''}”不分细项，已全部计入汇总报告的“${target.rowGroup ?? ''} ${target.rowLabel}”；${items.join('')}中不含这些报告的数字`,
    sources,
    cells: catchAll,
  };
}

/**
 * What summing these reports would do and what does not fit, before anything is added.
 * @example planAggregation([a2024, b2024, c2023]).notes[0].code // 'aggregate.years'
 */
export function planAggregation(
  reports: readonly Report[],
  options: PlanOptions = {},
): AggregationPlan {
  const nameOf = sourceNamer(reports, options.files);
  const names = (indices: readonly number[]) => listNames(indices, nameOf);
  const notes: AggregationNote[] = [];

  const yearGroups = groupBy(reports, (r) => r.year);
  const year = options.year ?? commonYear(yearGroups);
  const format = year === undefined ? undefined : formatForYear(year);
  const years = targetFirst(yearGroups, year);
  const formats = targetFirst(
    groupBy(reports, (r) => r.format),
    format,
  );
  const activeSummed = reports.length > 0 && formats.length === 1 && formats[0]!.key === format;

  const open = reports.map((r, i) =>
    (options.findings?.[i] ?? checkReport(r, { mode: 'final' })).filter(
      (f) => f.severity === 'error' && f.acknowledgement === undefined,
    ),
  );
  const errorCounts = open.map((f) => f.length);
  const tableErrorCounts = open.map((f) => f.filter((x) => TABLE_AREAS.has(x.area)).length);

  if (reports.length === 0) {
    notes.push({
      code: 'aggregate.none',
      severity: 'error',
      message: '没有选择要汇总的报告',
      sources: [],
      cells: [],
    });
  }

  const otherYears = years.filter((g) => g.key !== year);
  if (otherYears.length > 0) {
    const byYear = years
      .map((g) => `${g.key} 年度 ${g.sources.length} 份（${names(g.sources)}）`)
      .join('，');
    notes.push({
      code: 'aggregate.years',
      severity: 'error',
      message:
        years.length > 1
          ? `所选报告的年度不同：${byYear}。汇总报告为 ${year} 年度，不同年度的数字不应相加：请只选 ${year} 年度的报告`
          : `所选报告都是 ${years[0]!.key} 年度，汇总报告却为 ${year} 年度：请核对汇总年度`,
      sources: otherYears.flatMap((g) => g.sources),
      cells: [],
    });
  }

  if (format !== undefined) {
    const others = formats.filter((g) => g.key !== format).flatMap((g) => g.sources);
    if (others.length > 0) {
      const byFormat = formats
        .map((g) => `${FORMAT_NAMES[g.key]} ${g.sources.length} 份（${names(g.sources)}）`)
        .join('，');
      notes.push({
        code: 'aggregate.formats',
        severity: 'warning',
        message: `所选报告使用的格式不同：${byFormat}。${year} 年度的汇总报告使用 ${FORMAT_NAMES[format]}：表三、表四照常相加，表二栏目不同，不能相加`,
        sources: others,
        cells: [],
      });
      notes.push({
        code: 'aggregate.activeNotSummed',
        severity: 'warning',
        message: `${TABLE_NAMES.active}未汇总：${names(others)}使用的格式与汇总报告不同，表二的栏目不同，不能逐格相加。汇总报告的表二留空，请根据各单位报告手工填写`,
        sources: others,
        cells: enteredCells(format, 'active'),
      });
      notes.push(otherHandlingNote(format, others, names(others)));
    }
  }

  if (activeSummed && format !== undefined) {
    const columns =
      format === '2021' ? ['inForce', 'amount'] : ['previousItems', 'change', 'amount'];
    notes.push({
      code: 'aggregate.activeSum',
      severity: 'info',
      message:
        format === '2021'
          ? `${TABLE_NAMES.active}为各单位数字之和：“现行有效件数”是各单位现行有效件数相加（多个单位联合制发的文件会被重复计算，请核实）；“本年收费金额”按万元相加，保留 6 位小数`
          : `${TABLE_NAMES.active}为各单位数字之和：“上一年项目数量”“本年增/减”“处理决定数量”是各单位的事项数、办件量相加；“采购总金额”按万元相加，保留 6 位小数`,
      sources: reports.map((_, i) => i),
      cells: enteredCells(format, 'active').filter((id) =>
        columns.includes(id.slice(id.lastIndexOf('.') + 1)),
      ),
    });
  }

  notes.push(...duplicateNotes(reports, nameOf));

  const unnamed = reports.flatMap((r, i) => (r.agency.trim() ? [] : [i]));
  if (unnamed.length > 0) {
    notes.push({
      code: 'aggregate.unnamed',
      severity: 'warning',
      message: `${names(unnamed)}没有填写单位名称，汇总报告的来源清单中无法写明是哪个单位`,
      sources: unnamed,
      cells: [],
    });
  }

  const withErrors = errorCounts.flatMap((n, i) => (n > 0 ? [i] : []));
  if (withErrors.length > 0) {
    const listed = withErrors
      .slice(0, NAMES_LISTED)
      .map((i) => {
        const inTables = tableErrorCounts[i]!;
        const where =
          inTables === errorCounts[i]
            ? '，都在统计表中'
            : inTables > 0
              ? `，其中统计表 ${inTables} 项`
              : '，不在统计表中';
        return `${nameOf(i)}（错误 ${errorCounts[i]} 项${where}）`;
      })
      .join('、');
    const more = withErrors.length > NAMES_LISTED ? ` 等 ${withErrors.length} 份` : '';
    const inherited = withErrors.some((i) => tableErrorCounts[i]! > 0)
      ? '统计表中的错误会带入汇总结果，请先让这些单位改正'
      : '这些错误不在统计表中，不影响汇总的数字';
    notes.push({
      code: 'aggregate.sourceErrors',
      severity: 'warning',
      message: `${withErrors.length} 份报告还有错误：${listed}${more}。${inherited}`,
      sources: withErrors,
      cells: [],
    });
  }

  if (reports.length > 0) {
    notes.push({
      code: 'aggregate.previous',
      severity: 'info',
      message:
        '汇总报告没有附上年报告：“二、上年结转”等跨年度核对应对照上一年度的汇总报告，请附上上年汇总报告后再检查',
      sources: [],
      cells: [],
    });
  }

  const sorted = sortNotes(notes);
  return {
    count: reports.length,
    year,
    format,
    years,
    formats,
    activeSummed,
    errorCounts,
    tableErrorCounts,
    notes: sorted,
    hasErrors: sorted.some((n) => n.severity === 'error'),
  };
}
