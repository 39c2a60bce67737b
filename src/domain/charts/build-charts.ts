/**
 * The 图解 of a report: which charts, with which figures and words. Every label is the template's
 * (the printed row and column labels); every figure is the report's, derived totals recomputed.
 */
import { getCellValue, withTotals } from '../model/index.ts';
import type { CellValue, Report } from '../model/report.types.ts';
import {
  APPLICANT_KEYS,
  getTemplate,
  type CellTemplate,
  type FormatTemplate,
} from '../templates/index.ts';
import {
  CHART_WORDS,
  chartCaption,
  EMPTY_CELL_WORD,
  NO_CASES_WORD,
  NOT_FILLED_WORD,
  unitLine,
  yearWord,
} from '../wording/charts.ts';
import type { ChartDefinition, ChartNote, ChartOptions, ChartSeries } from './chart.types.ts';

/** How many years the trend chart goes back at most (this year included). */
export const MAX_TREND_YEARS = 10;

/** The result groups broken down item by item, when the format has items for them. */
const BREAKDOWNS = ['denied', 'unavailable', 'notProcessed', 'otherHandling'] as const;

type Draft = Omit<ChartDefinition, 'caption' | 'fileName' | 'emptyMessage' | 'notes'> & {
  readonly notes?: readonly ChartNote[];
};

/** A printed label without its trailing note: "（二）部分公开（区分处理的，…）" → "（二）部分公开". */
export function shortLabel(label: string): string {
  return label.replace(/（[^（）]*）$/, '').trim() || label;
}

function cellsOf(template: FormatTemplate, prefix: string): CellTemplate[] {
  return [
    ...template.tables.active.cells,
    ...template.tables.requests.cells,
    ...template.tables.reviews.cells,
  ].filter((c) => c.id.startsWith(prefix));
}

const valueOf = (report: Report, id: string): CellValue => getCellValue(report, id) ?? null;

/** Sum of the filled values; null when none is filled. */
function sumOf(values: readonly CellValue[]): CellValue {
  const filled = values.filter((v): v is number => v !== null);
  return filled.length === 0 ? null : filled.reduce((a, b) => a + b, 0);
}

/** The sentence shown instead of bars, when no bar has a figure above zero. */
function emptyMessageOf(series: readonly ChartSeries[]): string | undefined {
  const values = series.flatMap((s) => s.values.filter((v) => v !== undefined));
  if (values.some((v) => v !== null && v !== 0)) return undefined;
  return values.every((v) => v === null) ? NOT_FILLED_WORD : NO_CASES_WORD;
}

function applicantsChart(report: Report, template: FormatTemplate): Draft {
  const keys = APPLICANT_KEYS.filter((k) => k !== 'total');
  const cells = keys.map((k) => cellsOf(template, `requests.newReceived.${k}`)[0]!);
  const values = cells.map((c) => valueOf(report, c.id));
  const words = CHART_WORDS.applicants;
  return {
    id: 'applicants',
    title: words.title,
    subtitle: `${words.subtitle}${unitLine('件')}`,
    categories: cells.map((c) => c.columnLabel),
    layout: 'overlaid',
    series: [
      { name: words.naturalPerson, values: values.map((v, i) => (i === 0 ? v : undefined)) },
      { name: words.organisations, values: values.map((v, i) => (i === 0 ? undefined : v)) },
    ],
  };
}

interface ResultGroup {
  readonly key: string;
  readonly label: string;
  /** The group's own row, or its items' rows: their 总计 cells. */
  readonly items: readonly CellTemplate[];
}

/** （一）…（六） with their 总计 cells, in printed order; （七）总计 apart. */
function resultGroups(template: FormatTemplate): { groups: ResultGroup[]; total: CellTemplate } {
  const groups: ResultGroup[] = [];
  let total: CellTemplate | undefined;
  for (const cell of cellsOf(template, 'requests.results.')) {
    const parts = cell.id.split('.');
    if (parts[parts.length - 1] !== 'total') continue;
    const key = parts[2]!;
    if (key === 'total') {
      total = cell;
      continue;
    }
    const label = parts.length === 5 ? cell.rowGroup! : cell.rowLabel;
    const last = groups[groups.length - 1];
    if (last?.key === key) groups[groups.length - 1] = { ...last, items: [...last.items, cell] };
    else groups.push({ key, label: shortLabel(label), items: [cell] });
  }
  return { groups, total: total! };
}

function resultsChart(report: Report, template: FormatTemplate): Draft {
  const { groups, total } = resultGroups(template);
  const values = groups.map((g) => sumOf(g.items.map((c) => valueOf(report, c.id))));
  const words = CHART_WORDS.results;
  return {
    id: 'results',
    title: words.title,
    subtitle: `${words.subtitle}${unitLine('件')}`,
    categories: [...groups.map((g) => g.label), total.rowLabel],
    layout: 'overlaid',
    series: [
      { name: words.groups, values: [...values, undefined] },
      { name: words.total, values: [...groups.map(() => undefined), valueOf(report, total.id)] },
    ],
  };
}

function breakdownCharts(report: Report, template: FormatTemplate): Draft[] {
  const { groups } = resultGroups(template);
  const out: Draft[] = [];
  for (const key of BREAKDOWNS) {
    const group = groups.find((g) => g.key === key);
    if (!group || group.items.length < 2) continue;
    const words = CHART_WORDS[key];
    out.push({
      id: key,
      title: words.title,
      subtitle: `${words.subtitle}${unitLine('件')}`,
      categories: group.items.map((c) => shortLabel(c.rowLabel)),
      layout: 'grouped',
      series: [{ name: group.label, values: group.items.map((c) => valueOf(report, c.id)) }],
    });
  }
  return out;
}

/** This report and the previous ones attached to it, oldest first, one per year. */
export function reportYears(report: Report): Report[] {
  const chain: Report[] = [];
  let at: Report | undefined = report;
  while (at && chain.length < MAX_TREND_YEARS) {
    const year: number = at.year;
    if (chain.some((r) => r.year <= year) && chain.length > 0) break;
    chain.push(at);
    at = at.previous;
  }
  return chain.reverse();
}

function trendChart(report: Report): Draft | undefined {
  const years = reportYears(report).map((r) => withTotals(r));
  if (years.length < 2) return undefined;
  const words = CHART_WORDS.trend;
  return {
    id: 'trend',
    title: years.length === 2 ? words.titleTwoYears : words.titleYears,
    subtitle: `${words.subtitle}${unitLine('件')}`,
    categories: years.map((r) => yearWord(r.year)),
    layout: 'grouped',
    series: [
      {
        name: words.newReceived,
        values: years.map((r) => valueOf(r, 'requests.newReceived.total')),
      },
      {
        name: words.concluded,
        values: years.map((r) => valueOf(r, 'requests.results.total.total')),
      },
    ],
  };
}

/** Rows and columns of part of a table as a grouped chart: one category per row, one series per column. */
function rowsByColumns(
  report: Report,
  cells: readonly CellTemplate[],
  rowName: (c: CellTemplate) => string,
): Pick<Draft, 'categories' | 'series'> {
  const rows = [...new Set(cells.map((c) => c.id.split('.').slice(0, -1).join('.')))];
  const columns = [...new Set(cells.map((c) => c.id.split('.').pop()!))];
  const at = (row: string, column: string) => cells.find((c) => c.id === `${row}.${column}`)!;
  return {
    categories: rows.map((r) => rowName(at(r, columns[0]!))),
    series: columns.map((col) => ({
      name: shortLabel(at(rows[0]!, col).columnLabel),
      values: rows.map((r) => valueOf(report, `${r}.${col}`)),
    })),
  };
}

function reviewsChart(report: Report, template: FormatTemplate): Draft {
  const words = CHART_WORDS.reviews;
  return {
    id: 'reviews',
    title: words.title,
    subtitle: `${words.subtitle}${unitLine('件')}`,
    layout: 'grouped',
    ...rowsByColumns(report, cellsOf(template, 'reviews.'), (c) =>
      c.rowGroup ? `${c.rowGroup}（${c.rowLabel}）` : c.rowLabel,
    ),
  };
}

const DOCUMENT_ROWS = ['active.regulations.', 'active.normativeDocuments.'];

function activeDocumentsChart(report: Report, template: FormatTemplate): Draft {
  const cells = DOCUMENT_ROWS.flatMap((p) => cellsOf(template, p));
  const words = CHART_WORDS.activeDocuments;
  return {
    id: 'activeDocuments',
    title: words.title,
    subtitle: `${words.subtitle}${unitLine(cells[0]!.unit)}`,
    layout: 'grouped',
    ...rowsByColumns(report, cells, (c) => c.rowLabel),
  };
}

/** 处理决定数量 as bars; the rest of table 二 (收费, 采购…) as notes under them. */
function activeDecisionsChart(report: Report, template: FormatTemplate): Draft {
  const active = cellsOf(template, 'active.').filter(
    (c) => !DOCUMENT_ROWS.some((p) => c.id.startsWith(p)),
  );
  const decisions = active.filter((c) => c.id.endsWith('.decisions'));
  const decisionRows = new Set(decisions.map((c) => c.id.split('.')[1]));
  const notes = active
    .filter((c) => !decisionRows.has(c.id.split('.')[1]))
    .map((c) => ({
      label: `${c.rowLabel} ${shortLabel(c.columnLabel)}`,
      value: valueOf(report, c.id),
      unit: c.unit,
    }));
  const words = CHART_WORDS.activeDecisions;
  return {
    id: 'activeDecisions',
    title: words.title,
    subtitle: `${words.subtitle}${unitLine(decisions[0]!.unit)}`,
    categories: decisions.map((c) => c.rowLabel),
    layout: 'grouped',
    series: [
      { name: decisions[0]!.columnLabel, values: decisions.map((c) => valueOf(report, c.id)) },
    ],
    notes,
  };
}

/**
 * The 图解 of a report, in order: 申请人构成, 办理结果 (and its breakdowns), 新收 against earlier
 * years when previous reports are attached, 行政复议/诉讼 结果, and table 二's figures. A chart
 * with nothing above zero carries `emptyMessage` (本年无此类情况) instead of bars.
 * @example buildCharts(report).map((c) => c.title) // ['申请人构成', '本年度办理结果', …]
 */
export function buildCharts(report: Report, options: ChartOptions = {}): ChartDefinition[] {
  const withSums = withTotals(report);
  const template = getTemplate(report.format);
  const drafts: Draft[] = [
    applicantsChart(withSums, template),
    resultsChart(withSums, template),
    ...(options.breakdowns === false ? [] : breakdownCharts(withSums, template)),
    ...[trendChart(report)].filter((d): d is Draft => d !== undefined),
    reviewsChart(withSums, template),
    activeDocumentsChart(withSums, template),
    activeDecisionsChart(withSums, template),
  ];
  const caption = chartCaption(report.agency, report.year);
  return drafts.map((d, i) => {
    const emptyMessage = emptyMessageOf(d.series);
    return {
      ...d,
      notes: d.notes ?? [],
      caption,
      fileName: `${String(i + 1).padStart(2, '0')}-${d.title}`,
      ...(emptyMessage !== undefined ? { emptyMessage } : {}),
    };
  });
}

/** How a figure is printed on a chart: the number as written in the report, or 未填. */
export function figureText(value: CellValue): string {
  return value === null ? EMPTY_CELL_WORD : String(value);
}
