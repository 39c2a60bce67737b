/**
 * Rollover: last year's report → next year's draft (DESIGN "rollover (last year -> new draft)").
 *
 * What "carry" means here. A report's figures are that year's figures: the requests received,
 * their results, the 复议/诉讼 cases and the table 二 counts of year Y−1 are not year Y's, so they
 * are never copied. Exactly one row of the new report is last year's data by definition: table 三
 * 二、上年结转 = last year's 四、结转下年度继续办理 (reference §4 T3-5), so it is the only row
 * carried as values. Everything else that is "carried" is carried as the comparison base of the
 * cross-year checks, by keeping last year's report as `previous`:
 *   - requests.carryover compares 二、上年结转 with previous 四 (table 三 rows 一/二/四 and all of
 *     table 四 have the same meaning in both formats, reference §3: "comparable");
 *   - active.inForce / active.repealBound use previous 现行有效件数 as the baseline; that is where
 *     "last year's 现行有效件数 as the baseline" lives, so nothing else is stored. A 2019-format
 *     report has no 现行有效件数 (对外公开总数量 counts something else, §3 #2), so after a
 *     2019 → 2021 rollover there is no baseline and those checks cannot run this year;
 *   - narrative.similarity compares the texts with last year's; yoy.outlier and the editor's
 *     per-cell hints read the same cells of last year.
 * Table 二 is not comparable across the 2020 → 2021 boundary (§3 #2–#7), and the 2021 split of
 * （六）其他处理 into three rows (§3 #8) has no counterpart in 2019: the notes say so.
 */
import {
  allCells,
  cellLabel,
  findCell,
  formatForYear,
  getTemplate,
  type CellId,
  type FormatId,
  type FormatTemplate,
  type NarrativeKey,
} from '../templates/index.ts';
import {
  createEmptyReport,
  getCellValue,
  setCellValue,
  withTotals,
  type CellValue,
  type Narrative,
  type Report,
} from '../model/index.ts';

/** The latest year the report schema accepts (schema.ts: year ≤ 2100). */
export const MAX_ROLLOVER_YEAR = 2100;

export interface RolloverOptions {
  /** The new report's year; defaults to last year's + 1 and must be later than last year's. */
  readonly year?: number;
  /** Defaults to last year's agency. */
  readonly agency?: string;
  /** Copy last year's four texts as the starting text (the similarity check then watches them). */
  readonly copyNarrative?: boolean;
}

export type RolloverNoteCode =
  | 'carriedOver'
  | 'carriedOver.incomplete'
  | 'year.gap'
  | 'active.baseline'
  | 'active.baselineMissing'
  | 'active.notCarried'
  | 'active.baselineNeeded'
  | 'active.previousItems'
  | 'requests.otherHandling'
  | 'tables.empty'
  | 'reviews.pending'
  | 'previous'
  | 'previous.chain'
  | 'narrative.copied'
  | 'narrative.yearMentions'
  | 'narrative.formatChanged'
  | 'narrative.nothingToCopy'
  | 'narrative.empty'
  | 'acknowledgements';

/** What the rollover carried, what it did not, and why — one Chinese sentence or two each. */
export interface RolloverNote {
  readonly code: RolloverNoteCode;
  /** warning: the user should act on it (fill in, verify); info: for the record. */
  readonly level: 'info' | 'warning';
  readonly message: string;
  /** Cells of the new draft the note is about. */
  readonly cells?: readonly CellId[];
}

export interface RolloverResult {
  readonly report: Report;
  readonly notes: readonly RolloverNote[];
}

/** A year the draft cannot have (not a whole number, not after last year's, beyond the schema). */
export class RolloverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RolloverError';
  }
}

/**
 * Why `year` cannot be the new report's year, in Chinese; undefined when it can.
 * @example rolloverYearProblem(report2024, 2024) // '新年度（2024）应晚于上年报告的年度（2024）'
 */
export function rolloverYearProblem(last: Report, year: number): string | undefined {
  if (!Number.isInteger(year)) return `年度应为整数，实际为 ${String(year)}`;
  if (year <= last.year) return `新年度（${year}）应晚于上年报告的年度（${last.year}）`;
  if (year > MAX_ROLLOVER_YEAR) return `年度不能晚于 ${MAX_ROLLOVER_YEAR} 年，实际为 ${year}`;
  return undefined;
}

const NARRATIVE_KEYS: readonly NarrativeKey[] = ['preamble', 'overview', 'problems', 'other'];
const CARRIED_OVER = 'requests.carriedOver';
const CARRIED_FORWARD = 'requests.carriedForward';

/** Entered cells of a row (its derived total excluded), e.g. the six applicant columns. */
function enteredCellsOf(template: FormatTemplate, rowPrefix: string) {
  return allCells(template).filter((c) => c.id.startsWith(`${rowPrefix}.`) && !c.sumOf);
}

function rowLabelOf(template: FormatTemplate, id: CellId): string {
  return labelOf(template, id, 'row');
}

/** A printed label of a cell: its row, its row group or its column. */
function labelOf(template: FormatTemplate, id: CellId, which: 'row' | 'group' | 'column'): string {
  const cell = findCell(template, id);
  if (!cell) return id;
  if (which === 'column') return cell.columnLabel;
  return (which === 'group' ? cell.rowGroup : undefined) ?? cell.rowLabel;
}

/** The printed labels of the 第二十条第（一）项 columns (规章 row) of a format: 本年制发件数… */
function documentColumns(template: FormatTemplate): string {
  return enteredCellsOf(template, 'active.regulations')
    .map((c) => c.columnLabel)
    .join('、');
}

/** A section's printed heading without its number: 主动公开政府信息情况. */
function sectionHeading(template: FormatTemplate, number: string): string {
  const heading = template.sections.find((s) => s.number === number)?.heading ?? '';
  return heading.replace(/^[一二三四五六]、/, '');
}

/**
 * Next year's draft from last year's report: the year (last + 1 unless given) and its format,
 * 二、上年结转 = last year's 四、结转下年度继续办理 per column (总计 derived), every other cell
 * empty, last year's report (totals recomputed, without its own `previous`) as `previous`, the
 * narrative empty unless `copyNarrative`, no 说明. The notes say what was carried, what was not
 * and why. Throws RolloverError for a year that is not after last year's.
 * @example rolloverReport(report2024).report.requests.carriedOver.total // report2024's carriedForward.total
 */
export function rolloverReport(last: Report, options: RolloverOptions = {}): RolloverResult {
  const year = options.year ?? last.year + 1;
  const problem = rolloverYearProblem(last, year);
  if (problem !== undefined) throw new RolloverError(problem);

  const format = formatForYear(year);
  const template = getTemplate(format);
  const lastTemplate = getTemplate(last.format);
  const lastWithTotals = withTotals(last);
  const notes: RolloverNote[] = [];
  const note = (n: RolloverNote): void => void notes.push(n);

  // 二、上年结转 ← last year's 四、结转下年度继续办理, column by column.
  let draft = createEmptyReport({ year, agency: options.agency ?? last.agency, format });
  const columns = enteredCellsOf(template, CARRIED_OVER);
  const missing: CellId[] = [];
  for (const cell of columns) {
    const column = cell.id.slice(CARRIED_OVER.length + 1);
    const value: CellValue = getCellValue(lastWithTotals, `${CARRIED_FORWARD}.${column}`) ?? null;
    if (value === null) missing.push(cell.id);
    else draft = setCellValue(draft, cell.id, value);
  }
  draft = withTotals(draft);
  notes.push(...carryoverNotes(draft, template, lastTemplate, last.year, columns, missing));

  if (year > last.year + 1) {
    note({
      code: 'year.gap',
      level: 'warning',
      message: `上年报告是 ${last.year} 年度的，新草稿是 ${year} 年度：中间隔了 ${year - last.year - 1} 个年度。“${rowLabelOf(template, `${CARRIED_OVER}.total`)}”应取自 ${year - 1} 年度报告的“${rowLabelOf(lastTemplate, `${CARRIED_FORWARD}.total`)}”，现在取自 ${last.year} 年度报告，跨年度核对也将与 ${last.year} 年度比较；有 ${year - 1} 年度报告的，请改由它生成草稿`,
      cells: [...columns.map((c) => c.id), `${CARRIED_OVER}.total`],
    });
  }

  notes.push(...activeNotes(template, lastTemplate, last.format, format, lastWithTotals));

  if (last.format !== format) {
    const twentyOne = format === '2021' ? template : lastTemplate;
    const nineteen = format === '2021' ? lastTemplate : template;
    const split = labelOf(twentyOne, 'requests.results.otherHandling.noCorrection.total', 'group');
    const single = labelOf(nineteen, 'requests.results.otherHandling.total', 'row');
    note({
      code: 'requests.otherHandling',
      level: 'info',
      message: `表三（${sectionHeading(template, '三')}）一、二、四行和表四的含义两种格式相同，上年结转照常核对；“${split}”在${twentyOne.document}格式中分为 3 项，${nineteen.document}格式中的“${single}”为单行，两者不能逐项比较`,
    });
  }

  note({
    code: 'tables.empty',
    level: 'info',
    message: `除“${rowLabelOf(template, `${CARRIED_OVER}.total`)}”外，表二、表三、表四均为本年度的数据，未从上年带入，已留空待填写（没有的填 0）`,
  });

  const pending = pendingCases(lastWithTotals, lastTemplate);
  if (pending.length > 0) {
    note({
      code: 'reviews.pending',
      level: 'info',
      message: `上年表四中尚未审结的案件：${pending.map((p) => `${p.label} ${p.value} 件`).join('，')}。这些案件本年审结后如何计入本年表四，国家格式没有统一规定，请按本机关口径填写并前后一致`,
      cells: pending.map((p) => p.id),
    });
  }

  // Last year's report, as published (its 说明 included), totals recomputed; no chain of years.
  const previous: Report = { ...lastWithTotals };
  delete previous.previous;
  const checks = [`上年结转（表三“${rowLabelOf(template, `${CARRIED_OVER}.total`)}”）`];
  if (format === '2021' && last.format === '2021')
    checks.push(labelOf(template, 'active.regulations.inForce', 'column'));
  if (format === '2019' && last.format === '2019')
    checks.push(labelOf(template, 'active.licensing.previousItems', 'column'));
  checks.push('正文雷同', '与上年相比变化很大');
  note({
    code: 'previous',
    level: 'info',
    message: `${last.year} 年度报告已作为上年报告（previous）存入草稿，用于跨年度核对：${checks.join('、')}；编辑时各单元格也显示上年数`,
  });
  if (last.previous) {
    note({
      code: 'previous.chain',
      level: 'info',
      message: `上年报告中所附的 ${last.previous.year} 年度报告未保留（草稿只保留上一份报告）`,
    });
  }

  const narrative = draftNarrative(last, options.copyNarrative === true);
  notes.push(...narrativeNotes(last, format, options.copyNarrative === true));

  const acknowledged = last.acknowledgements?.length ?? 0;
  if (acknowledged > 0) {
    note({
      code: 'acknowledgements',
      level: 'info',
      message: `上年报告的 ${acknowledged} 条说明不带入本年草稿（仍随上年报告保存）`,
    });
  }

  const report: Report = { ...draft, narrative, previous };
  return { report, notes };
}

function carryoverNotes(
  draft: Report,
  template: FormatTemplate,
  lastTemplate: FormatTemplate,
  lastYear: number,
  columns: readonly { id: CellId; columnLabel: string }[],
  missing: readonly CellId[],
): RolloverNote[] {
  const rowLabel = rowLabelOf(template, `${CARRIED_OVER}.total`);
  const fromLabel = rowLabelOf(lastTemplate, `${CARRIED_FORWARD}.total`);
  const totalId = `${CARRIED_OVER}.total`;
  const carried = columns.filter((c) => !missing.includes(c.id));
  const out: RolloverNote[] = [];
  if (carried.length > 0) {
    const total = getCellValue(draft, totalId);
    const figures = carried.map((c) => `${c.columnLabel} ${String(getCellValue(draft, c.id))}`);
    if (missing.length === 0)
      figures.push(`${labelOf(template, totalId, 'column')} ${String(total)}`);
    out.push({
      code: 'carriedOver',
      level: 'info',
      message: `“${rowLabel}”取自 ${lastYear} 年度报告的“${fromLabel}”：${figures.join('，')}`,
      cells: [...carried.map((c) => c.id), totalId],
    });
  }
  if (missing.length > 0) {
    const names = columns.filter((c) => missing.includes(c.id)).map((c) => c.columnLabel);
    out.push({
      code: 'carriedOver.incomplete',
      level: 'warning',
      message:
        missing.length === columns.length
          ? `${lastYear} 年度报告的“${fromLabel}”未填写，本年“${rowLabel}”留空，请按上年实际结转的申请数填写`
          : `${lastYear} 年度报告的“${fromLabel}”中${names.join('、')}未填写，本年“${rowLabel}”的这些列留空，请按上年实际结转的申请数填写`,
      cells: [...missing],
    });
  }
  return out;
}

function activeNotes(
  template: FormatTemplate,
  lastTemplate: FormatTemplate,
  lastFormat: FormatId,
  format: FormatId,
  last: Report,
): RolloverNote[] {
  const tableName = `表二（${sectionHeading(template, '二')}）`;
  const inForceCells = enteredCellsOf(template, 'active').filter((c) => c.id.endsWith('.inForce'));
  if (lastFormat !== format) {
    const notCarried: RolloverNote = {
      code: 'active.notCarried',
      level: 'info',
      message:
        format === '2021'
          ? `${tableName}未带入，也不与上年报告核对：上年使用${lastTemplate.document}格式，${labelOf(lastTemplate, 'active.regulations.made', 'group')}的栏目为“${documentColumns(lastTemplate)}”，本年为“${documentColumns(template)}”，含义不同（${labelOf(lastTemplate, 'active.regulations.publicTotal', 'column')}不是${labelOf(template, 'active.regulations.inForce', 'column')}）；第二十条第（五）（六）（八）项的栏目也已改变，${labelOf(lastTemplate, 'active.procurement.projects', 'group')}${labelOf(lastTemplate, 'active.procurement.projects', 'row')}已取消`
          : `${tableName}未带入，也不与上年报告核对：上年报告的格式（${lastTemplate.document}）与本年（${template.document}）栏目不同`,
    };
    if (inForceCells.length === 0) return [notCarried];
    const inForce = inForceCells[0]!.columnLabel;
    const rows = inForceCells.map((c) => c.rowLabel).join('和');
    return [
      notCarried,
      {
        code: 'active.baselineNeeded',
        level: 'warning',
        message: `上年报告没有“${inForce}”，本年度无法按上年数核对${inForce}和${labelOf(template, 'active.regulations.repealed', 'column')}。请先摸清本机关现行有效的${rows}底数，据实填写本年“${inForce}”；下一年度起以它为基数核对`,
        cells: inForceCells.map((c) => c.id),
      },
    ];
  }
  if (format === '2019') {
    const previousItems = labelOf(template, 'active.licensing.previousItems', 'column');
    const change = labelOf(template, 'active.licensing.change', 'column');
    return [
      {
        code: 'active.previousItems',
        level: 'info',
        message: `${tableName}的“${previousItems}”将与上年报告的“${previousItems}”加“${change}”核对`,
      },
    ];
  }
  const known = inForceCells.filter((c) => getCellValue(last, c.id) != null);
  const unknown = inForceCells.filter((c) => getCellValue(last, c.id) == null);
  const out: RolloverNote[] = [];
  if (known.length > 0) {
    const inForce = known[0]!.columnLabel;
    const issued = labelOf(template, 'active.regulations.issued', 'column');
    const repealed = labelOf(template, 'active.regulations.repealed', 'column');
    out.push({
      code: 'active.baseline',
      level: 'info',
      message: `上年报告的${inForce}（${known.map((c) => `${c.rowLabel} ${String(getCellValue(last, c.id))} 件`).join('，')}）作为本年核对的基数：本年${inForce}一般应等于上年${inForce}加${issued}减${repealed}`,
      cells: known.map((c) => c.id),
    });
  }
  if (unknown.length > 0) {
    out.push({
      code: 'active.baselineMissing',
      level: 'warning',
      message: `上年报告的${unknown.map((c) => `“${cellLabel(c)}”`).join('、')}未填写，本年度无法按上年数核对这一行`,
      cells: unknown.map((c) => c.id),
    });
  }
  return out;
}

function pendingCases(
  last: Report,
  template: FormatTemplate,
): { id: CellId; label: string; value: number }[] {
  return enteredCellsOf(template, 'reviews')
    .filter((c) => c.id.endsWith('.pending'))
    .flatMap((c) => {
      const value = getCellValue(last, c.id);
      return value != null && value > 0 ? [{ id: c.id, label: c.rowLabel, value }] : [];
    });
}

function draftNarrative(last: Report, copy: boolean): Narrative {
  return Object.fromEntries(
    NARRATIVE_KEYS.map((k) => [k, copy ? (last.narrative?.[k] ?? '') : '']),
  ) as Narrative;
}

function narrativeNotes(last: Report, format: FormatId, copy: boolean): RolloverNote[] {
  if (!copy)
    return [
      {
        code: 'narrative.empty',
        level: 'info',
        message: '正文为空，未复制上年正文（需要以上年正文为底稿时，可选择复制正文）',
      },
    ];
  const copied = NARRATIVE_KEYS.filter((k) => (last.narrative?.[k] ?? '').trim() !== '');
  if (copied.length === 0)
    return [
      {
        code: 'narrative.nothingToCopy',
        level: 'info',
        message: '上年报告没有正文可复制，正文为空',
      },
    ];
  const out: RolloverNote[] = [
    {
      code: 'narrative.copied',
      level: 'warning',
      message:
        '已复制上年报告的正文作为底稿。请逐段按本年度的实际工作改写：与上年几乎相同的部分会被“正文雷同”检查标出（内容雷同、敷衍塞责的可被追究责任）',
      cells: copied.map((k) => `narrative.${k}`),
    },
  ];
  const mention = `${last.year}年`;
  const withYear = copied.filter((k) => (last.narrative?.[k] ?? '').includes(mention));
  if (withYear.length > 0) {
    const count = withYear.reduce(
      (n, k) => n + (last.narrative?.[k] ?? '').split(mention).length - 1,
      0,
    );
    out.push({
      code: 'narrative.yearMentions',
      level: 'warning',
      message: `复制的正文中有 ${count} 处写着“${mention}”，请改为本年度的情况`,
      cells: withYear.map((k) => `narrative.${k}`),
    });
  }
  if (last.format !== format && format === '2021') {
    out.push({
      code: 'narrative.formatChanged',
      level: 'warning',
      message: `上年正文按${getTemplate(last.format).document}格式撰写；本年“六、${sectionHeading(getTemplate(format), '六')}”还应报告信息处理费的收取情况等内容`,
      cells: ['narrative.other'],
    });
  }
  return out;
}
