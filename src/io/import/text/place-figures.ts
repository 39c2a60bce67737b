/**
 * Step 3 of reading the tables: the figures of each matched row go to its cells left to right.
 * Everything not certain is flagged (uncertain cells and a finding), nothing is guessed silently.
 */
import {
  cellLabel,
  note,
  plainFigure,
  type FigureFit,
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
      const printed = shown(rec.figures);
      this.findings.push(
        note(
          'import.table.pageNumber',
          'info',
          { line: rec.line, printed },
          { source: { line: rec.line, text: printed } },
        ),
      );
      return;
    }
    const label = rec.printedLabel ? { label: shownLabel(rec, '') } : {};
    if (isBlankRecord(rec)) {
      this.findings.push(
        note(
          'import.table.blankRow',
          'info',
          { line: rec.line, ...label },
          { source: { line: rec.line, text: rec.printedLabel } },
        ),
      );
      return;
    }
    const figures = shown(rec.figures);
    this.findings.push(
      note(
        'import.table.unmatched',
        'warning',
        { line: rec.line, ...label, figures, format: this.template.id },
        { source: { line: rec.line, text: `${rec.printedLabel} ${figures}`.trim() } },
      ),
    );
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
    this.findings.push(
      note(
        'import.figure.mergedZero',
        'info',
        { row: this.rowName(row) },
        { cells: row.cells.map((c) => c.id) },
      ),
    );
    return true;
  }

  private missing(row: PrintedRow): void {
    this.findings.push(
      note(
        'import.table.missingRow',
        'warning',
        { row: this.rowName(row) },
        { cells: row.cells.map((c) => c.id) },
      ),
    );
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
    const at = (text: string) => ({ cells: ids, source: { line, text } });

    if (row.own === '') {
      method = 'position';
      this.recognisedRows++;
    } else if (first.label === '') {
      method = 'position';
      certain = false;
      const printed = shown(first.figures);
      this.findings.push(
        note('import.label.missing', 'warning', { line, figures: printed, row: name }, at(printed)),
      );
    } else if (score < CERTAIN_LABEL) {
      method = 'position';
      certain = false;
      this.findings.push(
        note(
          'import.label.weak',
          'warning',
          {
            line,
            printed: shownLabel(first, row.own),
            row: name,
            percent: Math.round(score * 100),
          },
          at(first.printedLabel),
        ),
      );
    } else {
      this.recognisedRows++;
      if (score < EXACT_LABEL)
        this.findings.push(
          note(
            'import.label.variant',
            'info',
            { line, printed: shownLabel(first, row.own), row: name },
            at(first.printedLabel),
          ),
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
      this.findings.push(
        note(
          'import.figure.continued',
          'warning',
          {
            line,
            row: name,
            nextLine: rec.line,
            nextLabel: shownLabel(rec, ''),
            figures: shown(rec.figures),
            ...(other === undefined ? {} : { other: this.rowName(this.alignment.rows[other]!) }),
          },
          at(shown(figures)),
        ),
      );
    }
    const placed = fitCount(row, figures);
    if (placed.blanksAfter)
      this.findings.push(
        note(
          'import.figure.blanksAfter',
          'info',
          { line, row: name, cells: row.cells.length, blanks: placed.blanksAfter },
          at(shown(figures)),
        ),
      );
    if (placed.fit) {
      certain = false;
      this.findings.push(
        note(
          'import.figure.count',
          'warning',
          {
            line,
            row: name,
            cells: row.cells.length,
            count: figures.length,
            figures: shown(figures),
            fit: placed.fit,
          },
          at(shown(figures)),
        ),
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
    const about = {
      line: rec.line,
      group: group.label,
      format: this.template.id,
      items: items.length,
      figures: shown(rec.figures),
    };
    this.recognisedRows++;
    for (const id of ids) {
      this.values.set(id, null);
      this.uncertain.add(id);
    }
    if (group.catchAll !== undefined) {
      const target = this.alignment.rows[group.catchAll]!;
      this.findings.push(
        note(
          'import.group.collapsed',
          'warning',
          { ...about, target: target.own },
          { cells: ids, source },
        ),
      );
      this.put(target, rec.figures, 'group-collapsed', false, rec.printedLabel);
    } else {
      this.findings.push(note('import.group.collapsed', 'error', about, { cells: ids, source }));
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
    this.findings.push(
      note(
        'import.rows.merged',
        'warning',
        {
          line: first.line,
          endLine: last.line,
          row: this.rowName(row),
          count: recs.length,
          format: this.template.id,
        },
        { cells: row.cells.map((c) => c.id), source: { line: first.line, endLine: last.line } },
      ),
    );
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
    this.findings.push(
      note(
        'import.rows.oneLine',
        'info',
        { line: rec.line, count: rec.figures.length, rows: names },
        {
          cells: covered.flatMap((r) => r.cells.map((c) => c.id)),
          source: { line: rec.line, text: shown(rec.figures) },
        },
      ),
    );
    this.noteStray(rec, ...names);
  }

  /** A line of figures found in a narrative section and used here: it leaves the narrative. */
  private noteStray(rec: TableRecord, ...rows: readonly string[]): void {
    if (rec.stray === undefined) return;
    this.moved.add(rec.line);
    this.findings.push(
      note(
        'import.table.moved',
        'info',
        { line: rec.line, heading: rec.stray, rows },
        { source: { line: rec.line, text: shown(rec.figures) } },
      ),
    );
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
      const read = figureValue(fig.printed, cell.kind, fig.placeholder);
      const unitless = read.ok && read.note === undefined && unitNotPrinted(cell, fig.printed);
      const source = { line: fig.line, text: fig.printed };
      const value = read.ok ? read.value : null;
      const sure = certain && read.ok && read.note !== 'placeholder' && !unitless;
      const about = { line: fig.line, label: cellLabel(cell), printed: fig.printed };
      const at = { cells: [cell.id], source };
      if (!read.ok)
        this.findings.push(
          note(
            'import.figure.unreadable',
            'error',
            { in: 'text', ...about, problem: read.problem },
            at,
          ),
        );
      else if (read.note === 'yuan')
        this.findings.push(note('import.figure.yuan', 'info', { ...about, wan: read.value }, at));
      else if (read.note === 'placeholder')
        this.findings.push(note('import.figure.placeholder', 'warning', about, at));
      else if (unitless)
        this.findings.push(
          note('import.figure.unit', 'warning', { ...about, unit: cell.unit }, at),
        );
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
function unitNotPrinted(cell: CellTemplate, printed: string): boolean {
  if (cell.kind !== 'money' || cell.columnLabel.includes(cell.unit)) return false;
  const bare = printed.trim();
  if (!/^[\d,]+(?:\.\d+)?$/u.test(bare) || /\.\d{3,}$/u.test(bare)) return false;
  return Number(bare.replaceAll(',', '')) !== 0;
}

/**
 * The figures of a row when their number is not the row's cell count. One too many: if leaving
 * out exactly one of them makes the row's own totals add up, that one goes; otherwise the first
 * ones are kept. Too few: they fill the first cells. Either way the row is flagged (fit).
 */
function fitCount(
  row: PrintedRow,
  figures: readonly Figure[],
): { figures: readonly (Figure | null)[]; fit?: FigureFit; blanksAfter?: number } {
  const k = row.cells.length;
  if (figures.length === k) return { figures };
  // Blank cells after all of a row's figures hold nothing (a figure spanning three columns
  // written as the figure and two empty cells, a table's empty last column): left out.
  let end = figures.length;
  while (end > k && figures[end - 1]!.placeholder) end--;
  if (end === k) return { figures: figures.slice(0, k), blanksAfter: figures.length - k };
  if (figures.length < k) return { figures, fit: { how: 'first' } };
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
        fit: { how: 'dropped', dropped: figures[d]!.printed },
      };
    }
  }
  return {
    figures: figures.slice(0, k),
    fit: { how: 'cut', cut: shown(figures.slice(k)) },
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
