/**
 * Step 3 of reading the tables: the figures of each matched row go to its cells left to right.
 * Everything not certain is flagged (uncertain cells and a finding), nothing is guessed silently.
 */
import {
  cellLabel,
  plainFigure,
  type CellId,
  type CellTemplate,
  type FormatTemplate,
  type TableId,
} from '../../../domain/index.ts';
import type { ImportedCell, ImportFinding, ImportMethod } from '../import.types.ts';
import { isBlankRecord, type Alignment, type Step } from './align.ts';
import { figureValue } from './figures.ts';
import type { Figure, TableRecord } from './records.ts';
import type { PrintedRow, RowGroup } from './table-rows.ts';

export interface TableReading {
  /** Cell values as read (printed totals as printed). */
  readonly values: ReadonlyMap<CellId, number | null>;
  readonly cells: readonly ImportedCell[];
  readonly uncertain: ReadonlySet<CellId>;
  readonly findings: readonly ImportFinding[];
  /** Line numbers of stray lines (in narrative sections) whose figures went into a table. */
  readonly movedLines: ReadonlySet<number>;
  /** Rows recognised by their label (or table 四's figures); few means this is not a report. */
  readonly recognisedRows: number;
  readonly tables: readonly TableId[];
  readonly cost: number;
}

/** Weak label matches below this are flagged for checking. */
const CERTAIN_LABEL = 0.6;
/** Label matches below this are mentioned as variants. */
const EXACT_LABEL = 0.95;

const SHOWN_LABEL_EXTRA = 6;

function shown(figures: readonly Figure[]): string {
  return figures.map((f) => f.printed).join(' ');
}

/** The end of a printed label run: about the row label's length (header text cut off). */
function shownLabel(rec: TableRecord, own: string): string {
  const n = Math.max(own.length, 4) + SHOWN_LABEL_EXTRA;
  return rec.printedLabel.length > n ? `…${rec.printedLabel.slice(-n)}` : rec.printedLabel;
}

/** Places the figures of an alignment into the template's cells, with findings. */
export function placeFigures(template: FormatTemplate, alignment: Alignment): TableReading {
  const placement = new Placement(template, alignment);
  for (const step of alignment.steps) placement.apply(step);
  return placement.result();
}

/**
 * The record is the number of the item its next record is matched with, printed in a cell of
 * its own ("（六）其他处理 | 1 | 申请人无正当理由…"): "1" before item 1 of a group, and so on.
 */
function itemNumberOf(alignment: Alignment, record: number): boolean {
  const rec = alignment.records[record]!;
  if (rec.figures.length !== 1 || rec.figures[0]!.placeholder) return false;
  const k = Number(rec.figures[0]!.printed.replace(/[.、．]$/u, ''));
  if (!Number.isInteger(k) || k < 1) return false;
  const step = alignment.steps.find(
    (s) => (s.kind === 'row' || s.kind === 'expand') && s.records[0] === record + 1,
  );
  if (!step || (step.kind !== 'row' && step.kind !== 'expand')) return false;
  const group = alignment.rows[step.row]!.group;
  return group !== undefined && step.row - group.first + 1 === k;
}

class Placement {
  private readonly values = new Map<CellId, number | null>();
  private readonly cells: ImportedCell[] = [];
  private readonly uncertain = new Set<CellId>();
  private readonly findings: ImportFinding[] = [];
  private readonly moved = new Set<number>();
  private readonly tables = new Set<TableId>();
  private recognisedRows = 0;

  constructor(
    private readonly template: FormatTemplate,
    private readonly alignment: Alignment,
  ) {}

  result(): TableReading {
    return {
      values: this.values,
      cells: this.cells,
      uncertain: this.uncertain,
      findings: this.findings,
      movedLines: this.moved,
      recognisedRows: this.recognisedRows,
      tables: [...this.tables],
      cost: this.alignment.cost,
    };
  }

  apply(step: Step): void {
    const { rows, records } = this.alignment;
    switch (step.kind) {
      case 'drop':
        if (itemNumberOf(this.alignment, step.record)) return;
        return this.dropped(records[step.record]!);
      case 'miss':
        if (this.mergedZero(step.row)) return;
        return this.missing(rows[step.row]!);
      case 'row':
        return this.row(step.row, step.records);
      case 'collapse':
        return this.collapsed(step.group, records[step.record]!);
      case 'expand':
        return this.merged(
          rows[step.row]!,
          step.records.map((r) => records[r]!),
        );
      case 'rows':
        return this.oneLine(
          step.rows.map((r) => rows[r]!),
          records[step.record]!,
        );
    }
  }

  /** The printed name of a row: its group and own label, or the table's heading. */
  private rowName(row: PrintedRow): string {
    if (row.own) return row.group ? `${row.group.label} ${row.own}` : row.own;
    const section = this.template.sections.find((s) => s.kind === 'table' && s.table === row.table);
    return section?.heading ?? row.table;
  }

  private dropped(rec: TableRecord): void {
    // A stray line from the narrative left unused is reported with the narrative.
    if (rec.stray !== undefined) return;
    if (rec.lone) {
      this.findings.push({
        code: 'import.table.pageNumber',
        severity: 'info',
        message: `第 ${rec.line} 行单独的“${shown(rec.figures)}”看作页码，未读入表格`,
        source: { line: rec.line, text: shown(rec.figures) },
      });
      return;
    }
    const label = rec.printedLabel ? `“${shownLabel(rec, '')}”后` : '';
    if (isBlankRecord(rec)) {
      this.findings.push({
        code: 'import.table.blankRow',
        severity: 'info',
        message: `第 ${rec.line} 行${label}只有空白单元格，没有对应到表格的任何一行，未读入`,
        source: { line: rec.line, text: rec.printedLabel },
      });
      return;
    }
    this.findings.push({
      code: 'import.table.unmatched',
      severity: 'warning',
      message: `第 ${rec.line} 行${label}的数字“${shown(rec.figures)}”没有对应到${this.template.id}年格式表格的任何一行（可能是地方增加的行或多余的内容），未读入`,
      source: { line: rec.line, text: `${rec.printedLabel} ${shown(rec.figures)}`.trim() },
    });
  }

  /**
   * A row of a group printed with its label but no figures, under a row of the same group whose
   * figures are all 0: one 0 merged down over the group's rows (a department's page prints
   * （六）其他处理's three rows so). A merged 0 is 0 in each row; a merged figure other than 0
   * cannot be shared out and stays a doubt (`missing`).
   */
  private mergedZero(index: number): boolean {
    const { rows, records } = this.alignment;
    const row = rows[index]!;
    const group = row.group;
    if (!group || index === group.first) return false;
    const above = rows[index - 1]!;
    if (above.group !== group || !above.cells.every((c) => this.values.get(c.id) === 0))
      return false;
    const printed = row.forms[0] ?? '';
    if (printed.length < 3 || !records.some((r) => r.label.includes(printed))) return false;
    const source = this.cells.find((c) => c.cell === above.cells[0]!.id)?.source;
    for (const cell of row.cells) {
      this.values.set(cell.id, 0);
      this.cells.push({
        cell: cell.id,
        value: 0,
        printed: '0',
        method: 'rows-merged',
        certain: true,
        label: row.own,
        ...(source ? { source } : {}),
      });
    }
    this.findings.push({
      code: 'import.figure.mergedZero',
      severity: 'info',
      message: `“${this.rowName(row)}”没有单独印出数字，与上一行合并的 0 按 0 读入`,
      cells: row.cells.map((c) => c.id),
    });
    return true;
  }

  private missing(row: PrintedRow): void {
    this.findings.push({
      code: 'import.table.missingRow',
      severity: 'warning',
      message: `没有找到“${this.rowName(row)}”的数字，这一行留空，请补填`,
      cells: row.cells.map((c) => c.id),
    });
    for (const c of row.cells) {
      this.values.set(c.id, null);
      this.uncertain.add(c.id);
    }
  }

  private row(index: number, recordIndexes: readonly number[]): void {
    const row = this.alignment.rows[index]!;
    const recs = recordIndexes.map((r) => this.alignment.records[r]!);
    const first = recs[0]!;
    const figures = recs.flatMap((r) => r.figures);
    const score = this.alignment.score(index, recordIndexes[0]!);
    const name = this.rowName(row);
    const ids = row.cells.map((c) => c.id);
    const line = first.line;
    let certain = true;
    let method: ImportMethod = 'label';
    const flag = (code: string, severity: 'warning' | 'info', message: string, text: string) =>
      this.findings.push({ code, severity, message, cells: ids, source: { line, text } });

    if (row.own === '') {
      method = 'position';
      this.recognisedRows++;
    } else if (first.label === '') {
      method = 'position';
      certain = false;
      flag(
        'import.label.missing',
        'warning',
        `第 ${line} 行的数字“${shown(first.figures)}”前没有栏目名称，按顺序读作“${name}”，请核对`,
        shown(first.figures),
      );
    } else if (score < CERTAIN_LABEL) {
      method = 'position';
      certain = false;
      flag(
        'import.label.weak',
        'warning',
        `第 ${line} 行“${shownLabel(first, row.own)}”与“${name}”不太一致（相似度 ${Math.round(score * 100)}%），按顺序读作这一行，请核对`,
        first.printedLabel,
      );
    } else {
      this.recognisedRows++;
      if (score < EXACT_LABEL)
        flag(
          'import.label.variant',
          'info',
          `第 ${line} 行“${shownLabel(first, row.own)}”识别为“${name}”`,
          first.printedLabel,
        );
    }
    // Figures taken from a further record printed after words of its own (another row's
    // label, or a label of no row of the format): a guess. (Table 四's one row is printed in
    // labelled parts: 行政复议 …, 未经复议直接起诉 …, 复议后起诉 ….)
    const taken =
      row.own === ''
        ? undefined
        : recordIndexes.slice(1).find((r) => this.alignment.records[r]!.label !== '');
    if (taken !== undefined) {
      const rec = this.alignment.records[taken]!;
      const other = this.alignment.nextRowNamed(index, taken);
      certain = false;
      flag(
        'import.figure.continued',
        'warning',
        `第 ${line} 行“${name}”的数字不够，接着读了第 ${rec.line} 行“${shownLabel(rec, '')}”后的“${shown(rec.figures)}”${other === undefined ? '' : `，而那一行印的像是“${this.rowName(this.alignment.rows[other]!)}”`}，请核对`,
        shown(figures),
      );
    }
    const placed = fitCount(row, figures);
    if (placed.blanksAfter)
      flag(
        'import.figure.blanksAfter',
        'info',
        `第 ${line} 行“${name}”的 ${row.cells.length} 个数字之后还有 ${placed.blanksAfter} 个空白单元格，不是数字，未读入`,
        shown(figures),
      );
    if (placed.note) {
      certain = false;
      flag(
        'import.figure.count',
        'warning',
        `第 ${line} 行“${name}”应有 ${row.cells.length} 个数字，读到 ${figures.length} 个（${shown(figures)}）；${placed.note}，请核对`,
        shown(figures),
      );
    }
    this.put(row, placed.figures, method, certain, first.printedLabel);
    recs.forEach((r) => this.noteStray(r, name));
  }

  /** A row group printed as one row: into the group's catch-all item, the others unknown. */
  private collapsed(group: RowGroup, rec: TableRecord): void {
    const items = this.alignment.rows.slice(group.first, group.last + 1);
    const ids = items.flatMap((r) => r.cells.map((c) => c.id));
    const source = { line: rec.line, text: `${rec.printedLabel} ${shown(rec.figures)}` };
    this.recognisedRows++;
    for (const id of ids) {
      this.values.set(id, null);
      this.uncertain.add(id);
    }
    if (group.catchAll !== undefined) {
      const target = this.alignment.rows[group.catchAll]!;
      this.findings.push({
        code: 'import.group.collapsed',
        severity: 'warning',
        message: `第 ${rec.line} 行“${group.label}”只印了一行，而${this.template.id}年格式分为 ${items.length} 项；数字已填入“${target.own}”，其余各项无法得知、留空，请核对`,
        cells: ids,
        source,
      });
      this.put(target, rec.figures, 'group-collapsed', false, rec.printedLabel);
    } else {
      this.findings.push({
        code: 'import.group.collapsed',
        severity: 'error',
        message: `第 ${rec.line} 行“${group.label}”只印了一行合计（${shown(rec.figures)}），无法分到其下 ${items.length} 项，未读入，请补填`,
        cells: ids,
        source,
      });
    }
    this.noteStray(rec, group.label);
  }

  /** One row of the format printed as several rows: their figures added up column by column. */
  private merged(row: PrintedRow, recs: readonly TableRecord[]): void {
    const first = recs[0]!;
    const last = recs.at(-1)!;
    const sums: Figure[] = row.cells.map((cell, x) => {
      let total = 0;
      for (const r of recs) {
        const fig = r.figures[x]!;
        const read = figureValue(fig.printed, cell.kind, fig.placeholder);
        total += read.ok && read.value !== null ? read.value : 0;
      }
      return {
        printed: plainFigure(total),
        placeholder: false,
        line: first.line,
      };
    });
    this.recognisedRows++;
    this.findings.push({
      code: 'import.rows.merged',
      severity: 'warning',
      message: `第 ${first.line}–${last.line} 行把“${this.rowName(row)}”分成 ${recs.length} 行印出，${this.template.id}年格式只有一行，已按列相加，请核对`,
      cells: row.cells.map((c) => c.id),
      source: { line: first.line, endLine: last.line },
    });
    this.put(row, sums, 'rows-merged', true, first.printedLabel);
    recs.forEach((r) => this.noteStray(r, this.rowName(row)));
  }

  /** Several rows' figures in one record (their labels printed before all the figures). */
  private oneLine(covered: readonly PrintedRow[], rec: TableRecord): void {
    let at = 0;
    for (const row of covered) {
      this.put(row, rec.figures.slice(at, at + row.cells.length), 'label', true, rec.printedLabel);
      at += row.cells.length;
      this.recognisedRows++;
    }
    const names = covered.map((r) => this.rowName(r));
    this.findings.push({
      code: 'import.rows.oneLine',
      severity: 'info',
      message: `第 ${rec.line} 行的 ${rec.figures.length} 个数字依次读作${names.map((n) => `“${n}”`).join('、')}`,
      cells: covered.flatMap((r) => r.cells.map((c) => c.id)),
      source: { line: rec.line, text: shown(rec.figures) },
    });
    this.noteStray(rec, names.join('、'));
  }

  /** A line of figures found in a narrative section and used here: it leaves the narrative. */
  private noteStray(rec: TableRecord, what: string): void {
    if (rec.stray === undefined) return;
    this.moved.add(rec.line);
    this.findings.push({
      code: 'import.table.moved',
      severity: 'info',
      message: `第 ${rec.line} 行（在“${rec.stray}”中）是表格的内容，已作为“${what}”读入，并从正文中去掉`,
      source: { line: rec.line, text: shown(rec.figures) },
    });
  }

  /** The figures of one row into its cells, left to right (null where there is none). */
  private put(
    row: PrintedRow,
    figures: readonly (Figure | null)[],
    method: ImportMethod,
    certain: boolean,
    label: string,
  ): void {
    this.tables.add(row.table);
    row.cells.forEach((cell, x) => {
      const fig = figures[x] ?? null;
      if (!fig) {
        this.values.set(cell.id, null);
        if (!certain) this.uncertain.add(cell.id);
        return;
      }
      const printedRead = figureValue(fig.printed, cell.kind, fig.placeholder);
      const unit =
        printedRead.ok && !printedRead.note ? unprintedUnit(cell, fig.printed) : undefined;
      const read = unit && printedRead.ok ? { ...printedRead, note: unit } : printedRead;
      const source = { line: fig.line, text: fig.printed };
      const value = read.ok ? read.value : null;
      const converted = read.ok && read.converted === true;
      const sure = certain && read.ok && (read.note === undefined || converted);
      if (!read.ok)
        this.findings.push({
          code: 'import.figure.unreadable',
          severity: 'error',
          message: `第 ${fig.line} 行的“${fig.printed}”不能作为“${cellLabel(cell)}”：${read.message}`,
          cells: [cell.id],
          source,
        });
      else if (converted)
        this.findings.push({
          code: 'import.figure.yuan',
          severity: 'info',
          message: `第 ${fig.line} 行“${cellLabel(cell)}”：${read.note ?? ''}`,
          cells: [cell.id],
          source,
        });
      else if (read.note !== undefined)
        this.findings.push({
          code: fig.placeholder ? 'import.figure.placeholder' : 'import.figure.unit',
          severity: 'warning',
          message: `第 ${fig.line} 行“${cellLabel(cell)}”：${read.note}，请核对`,
          cells: [cell.id],
          source,
        });
      this.values.set(cell.id, value);
      if (!sure) this.uncertain.add(cell.id);
      this.cells.push({
        cell: cell.id,
        value,
        printed: fig.printed,
        method,
        certain: sure,
        label,
        source,
      });
    });
  }
}

/**
 * An amount printed without a unit in a column whose printed label names none (采购总金额 of
 * the 2019 format: reports filled it in 元 or in 万元 as they liked): read in the template's
 * unit, but whether it was meant so cannot be told — unless it is 0, or has more than two
 * decimals (元 never do).
 */
function unprintedUnit(cell: CellTemplate, printed: string): string | undefined {
  if (cell.kind !== 'money' || cell.columnLabel.includes(cell.unit)) return undefined;
  const bare = printed.trim();
  if (!/^[\d,]+(?:\.\d+)?$/u.test(bare) || /\.\d{3,}$/u.test(bare)) return undefined;
  if (Number(bare.replaceAll(',', '')) === 0) return undefined;
  return `原文“${printed}”没有写单位，表头也没有印单位，已按${cell.unit}读入；如果原文指的是元，应除以 10000`;
}

/**
 * The figures of a row when their number is not the row's cell count. One too many: if leaving
 * out exactly one of them makes the row's own totals add up, that one goes; otherwise the first
 * ones are kept. Too few: they fill the first cells. Either way the row is flagged (note).
 */
function fitCount(
  row: PrintedRow,
  figures: readonly Figure[],
): { figures: readonly (Figure | null)[]; note?: string; blanksAfter?: number } {
  const k = row.cells.length;
  if (figures.length === k) return { figures };
  // Blank cells after all of a row's figures hold nothing (a figure spanning three columns
  // written as the figure and two empty cells, a table's empty last column): left out.
  let end = figures.length;
  while (end > k && figures[end - 1]!.placeholder) end--;
  if (end === k) return { figures: figures.slice(0, k), blanksAfter: figures.length - k };
  if (figures.length < k) return { figures, note: `已依次填入前 ${figures.length} 格，其余留空` };
  if (figures.length === k + 1) {
    const fits: number[] = [];
    for (let d = 0; d <= k; d++) {
      const kept = figures.filter((_, x) => x !== d);
      if (rowAddsUp(row, kept)) fits.push(d);
    }
    if (fits.length === 1 && hasRowTotals(row)) {
      const d = fits[0]!;
      return {
        figures: figures.filter((_, x) => x !== d),
        note: `去掉“${figures[d]!.printed}”后本行合计相符，已去掉它`,
      };
    }
  }
  return {
    figures: figures.slice(0, k),
    note: `已取前 ${k} 个，舍去“${shown(figures.slice(k))}”`,
  };
}

function hasRowTotals(row: PrintedRow): boolean {
  const ids = new Set(row.cells.map((c) => c.id));
  return row.cells.some((c) => c.sumOf?.every((id) => ids.has(id)));
}

/** True when every total of the row equals the sum of its items in the row. */
function rowAddsUp(row: PrintedRow, figures: readonly Figure[]): boolean {
  const values = new Map<CellId, number>();
  for (let x = 0; x < row.cells.length; x++) {
    const cell = row.cells[x]!;
    const read = figureValue(figures[x]!.printed, cell.kind, figures[x]!.placeholder);
    if (!read.ok || read.value === null) return false;
    values.set(cell.id, read.value);
  }
  return row.cells.every((cell) => {
    if (!cell.sumOf || !cell.sumOf.every((id) => values.has(id))) return true;
    const sum = cell.sumOf.reduce((n, id) => n + values.get(id)!, 0);
    return Math.abs(sum - values.get(cell.id)!) < 1e-9;
  });
}
