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
import { note, type CarryRows, type NoteOf, type RolloverNoteParams } from '../notes/index.ts';
import { rolloverYearWords } from '../wording/year-change.ts';

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

/** The codes of the rollover's notes (params in src/domain/notes/codes/rollover-codes.ts). */
export type RolloverNoteCode = keyof RolloverNoteParams;

/**
 * What the rollover carried, what it did not, and why (its sentence: `noteMessage`). warning: the
 * user should act on it (fill in, verify); info: for the record. `cells`: cells of the new draft.
 */
export type RolloverNote = { [C in RolloverNoteCode]: NoteOf<C> }[RolloverNoteCode];

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
  if (!Number.isInteger(year)) return rolloverYearWords({ kind: 'notInteger', year });
  if (year <= last.year) return rolloverYearWords({ kind: 'notAfter', year, last: last.year });
  if (year > MAX_ROLLOVER_YEAR)
    return rolloverYearWords({ kind: 'tooLate', year, max: MAX_ROLLOVER_YEAR });
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
function documentColumns(template: FormatTemplate): string[] {
  return enteredCellsOf(template, 'active.regulations').map((c) => c.columnLabel);
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
  const add = (n: RolloverNote): void => void notes.push(n);
  const rows: CarryRows = {
    row: rowLabelOf(template, `${CARRIED_OVER}.total`),
    from: rowLabelOf(lastTemplate, `${CARRIED_FORWARD}.total`),
    lastYear: last.year,
  };

  // 二、上年结转 ← last year's 四、结转下年度继续办理, column by column.
  let draft = createEmptyReport({ year, agency: options.agency ?? last.agency, format });
  const columns = enteredCellsOf(template, CARRIED_OVER);
  const carried: { id: CellId; label: string; value: number }[] = [];
  const missing: CellId[] = [];
  for (const cell of columns) {
    const column = cell.id.slice(CARRIED_OVER.length + 1);
    const value: CellValue = getCellValue(lastWithTotals, `${CARRIED_FORWARD}.${column}`) ?? null;
    if (value === null) missing.push(cell.id);
    else {
      draft = setCellValue(draft, cell.id, value);
      carried.push({ id: cell.id, label: cell.columnLabel, value });
    }
  }
  draft = withTotals(draft);
  notes.push(...carryoverNotes(draft, template, rows, columns, carried, missing));

  if (year > last.year + 1) {
    add(
      note(
        'rollover.year.gap',
        'warning',
        { ...rows, year },
        { cells: [...columns.map((c) => c.id), `${CARRIED_OVER}.total`] },
      ),
    );
  }

  notes.push(...activeNotes(template, lastTemplate, last.format, format, lastWithTotals));

  if (last.format !== format) {
    const twentyOne = format === '2021' ? template : lastTemplate;
    const nineteen = format === '2021' ? lastTemplate : template;
    add(
      note('rollover.requests.otherHandling', 'info', {
        heading: sectionHeading(template, '三'),
        split: labelOf(twentyOne, 'requests.results.otherHandling.noCorrection.total', 'group'),
        single: labelOf(nineteen, 'requests.results.otherHandling.total', 'row'),
      }),
    );
  }

  add(note('rollover.tables.empty', 'info', { row: rows.row }));

  const pending = pendingCases(lastWithTotals, lastTemplate);
  if (pending.length > 0) {
    add(
      note(
        'rollover.reviews.pending',
        'info',
        { cases: pending.map(({ label, value }) => ({ label, value })) },
        { cells: pending.map((p) => p.id) },
      ),
    );
  }

  // Last year's report, as published (its 说明 included), totals recomputed; no chain of years.
  const previous: Report = { ...lastWithTotals };
  delete previous.previous;
  const column =
    format === '2021' && last.format === '2021'
      ? labelOf(template, 'active.regulations.inForce', 'column')
      : format === '2019' && last.format === '2019'
        ? labelOf(template, 'active.licensing.previousItems', 'column')
        : undefined;
  add(
    note('rollover.previous', 'info', {
      lastYear: last.year,
      row: rows.row,
      ...(column !== undefined ? { column } : {}),
    }),
  );
  if (last.previous) {
    add(note('rollover.previous.chain', 'info', { year: last.previous.year }));
  }

  const narrative = draftNarrative(last, options.copyNarrative === true);
  notes.push(...narrativeNotes(last, format, options.copyNarrative === true));

  const acknowledged = last.acknowledgements?.length ?? 0;
  if (acknowledged > 0) {
    add(note('rollover.acknowledgements', 'info', { count: acknowledged }));
  }

  const report: Report = { ...draft, narrative, previous };
  return { report, notes };
}

function carryoverNotes(
  draft: Report,
  template: FormatTemplate,
  rows: CarryRows,
  columns: readonly { id: CellId; columnLabel: string }[],
  carried: readonly { id: CellId; label: string; value: number }[],
  missing: readonly CellId[],
): RolloverNote[] {
  const totalId = `${CARRIED_OVER}.total`;
  const out: RolloverNote[] = [];
  if (carried.length > 0) {
    const figures = carried.map(({ label, value }) => ({ label, value }));
    // 总计 only when every column was carried (otherwise it would be a partial sum).
    const total = getCellValue(draft, totalId);
    if (missing.length === 0 && total != null)
      figures.push({ label: labelOf(template, totalId, 'column'), value: total });
    out.push(
      note(
        'rollover.carriedOver',
        'info',
        { ...rows, figures },
        { cells: [...carried.map((c) => c.id), totalId] },
      ),
    );
  }
  if (missing.length > 0) {
    out.push(
      note(
        'rollover.carriedOver.incomplete',
        'warning',
        {
          ...rows,
          columns: columns.filter((c) => missing.includes(c.id)).map((c) => c.columnLabel),
          all: missing.length === columns.length,
        },
        { cells: [...missing] },
      ),
    );
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
  const heading = sectionHeading(template, '二');
  const inForceCells = enteredCellsOf(template, 'active').filter((c) => c.id.endsWith('.inForce'));
  if (lastFormat !== format) {
    const notCarried = note('rollover.active.notCarried', 'info', {
      heading,
      lastFormat,
      format,
      ...(format === '2021'
        ? {
            changed: {
              group: labelOf(lastTemplate, 'active.regulations.made', 'group'),
              lastColumns: documentColumns(lastTemplate),
              columns: documentColumns(template),
              publicTotal: labelOf(lastTemplate, 'active.regulations.publicTotal', 'column'),
              inForce: labelOf(template, 'active.regulations.inForce', 'column'),
              procurementGroup: labelOf(lastTemplate, 'active.procurement.projects', 'group'),
              procurement: labelOf(lastTemplate, 'active.procurement.projects', 'row'),
            },
          }
        : {}),
    });
    if (inForceCells.length === 0) return [notCarried];
    return [
      notCarried,
      note(
        'rollover.active.baselineNeeded',
        'warning',
        {
          inForce: inForceCells[0]!.columnLabel,
          repealed: labelOf(template, 'active.regulations.repealed', 'column'),
          rows: inForceCells.map((c) => c.rowLabel),
        },
        { cells: inForceCells.map((c) => c.id) },
      ),
    ];
  }
  if (format === '2019') {
    return [
      note('rollover.active.previousItems', 'info', {
        heading,
        previousItems: labelOf(template, 'active.licensing.previousItems', 'column'),
        change: labelOf(template, 'active.licensing.change', 'column'),
      }),
    ];
  }
  const known = inForceCells.flatMap((c) => {
    const value = getCellValue(last, c.id);
    return value != null ? [{ cell: c, value }] : [];
  });
  const unknown = inForceCells.filter((c) => getCellValue(last, c.id) == null);
  const out: RolloverNote[] = [];
  if (known.length > 0) {
    out.push(
      note(
        'rollover.active.baseline',
        'info',
        {
          inForce: known[0]!.cell.columnLabel,
          issued: labelOf(template, 'active.regulations.issued', 'column'),
          repealed: labelOf(template, 'active.regulations.repealed', 'column'),
          figures: known.map((k) => ({ label: k.cell.rowLabel, value: k.value })),
        },
        { cells: known.map((k) => k.cell.id) },
      ),
    );
  }
  if (unknown.length > 0) {
    out.push(
      note(
        'rollover.active.baselineMissing',
        'warning',
        { cells: unknown.map((c) => cellLabel(c)) },
        { cells: unknown.map((c) => c.id) },
      ),
    );
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
  if (!copy) return [note('rollover.narrative.empty', 'info', {})];
  const copied = NARRATIVE_KEYS.filter((k) => (last.narrative?.[k] ?? '').trim() !== '');
  if (copied.length === 0) return [note('rollover.narrative.nothingToCopy', 'info', {})];
  const out: RolloverNote[] = [
    note(
      'rollover.narrative.copied',
      'warning',
      {},
      { cells: copied.map((k) => `narrative.${k}`) },
    ),
  ];
  const mention = `${last.year}年`;
  const withYear = copied.filter((k) => (last.narrative?.[k] ?? '').includes(mention));
  if (withYear.length > 0) {
    const count = withYear.reduce(
      (n, k) => n + (last.narrative?.[k] ?? '').split(mention).length - 1,
      0,
    );
    out.push(
      note(
        'rollover.narrative.yearMentions',
        'warning',
        { year: last.year, count },
        { cells: withYear.map((k) => `narrative.${k}`) },
      ),
    );
  }
  if (last.format !== format && format === '2021') {
    out.push(
      note(
        'rollover.narrative.formatChanged',
        'warning',
        { lastFormat: last.format, heading: sectionHeading(getTemplate(format), '六') },
        { cells: ['narrative.other'] },
      ),
    );
  }
  return out;
}
