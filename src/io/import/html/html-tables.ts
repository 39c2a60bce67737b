/**
 * The tables of an HTML page, read from its tokens (html-tokens.ts, htmlparser2): each table's
 * rows and cells as written (tag, text, spans, attributes) and, through `tableGrid`, the full grid
 * with merged cells expanded, as the HTML table model lays them out. Tolerant of hand-written and
 * Word/CMS markup: a cell or row starts where its start tag stands even when the page leaves the
 * one before open (inside an unclosed <p>, say), rows outside a section, nested tables (read as
 * tables of their own, their text left out of the cell holding them).
 */
import { tokenizeHtml, type HtmlToken } from './html-tokens.ts';

export interface HtmlTableCell {
  /** A <th> (true) or a <td> (false). */
  readonly header: boolean;
  /**
   * The cell's text: whitespace collapsed, no-break spaces as spaces, trimmed; line breaks
   * (<br>, paragraph boundaries) kept as '\n'. Text of tables nested in the cell is left out.
   */
  readonly text: string;
  /** ≥ 1 (rowspan="0" is read as 1). */
  readonly rowSpan: number;
  /** ≥ 1 */
  readonly colSpan: number;
  readonly attributes: ReadonlyMap<string, string>;
}

export type HtmlTableSection = 'thead' | 'tbody' | 'tfoot';

export interface HtmlTableRow {
  readonly section: HtmlTableSection;
  /** Which row group of the table the row is in (0, 1, …); rowspans stop at its end. */
  readonly group: number;
  readonly cells: readonly HtmlTableCell[];
}

export interface HtmlTable {
  readonly attributes: ReadonlyMap<string, string>;
  /** The text of the <caption>, if any. */
  readonly caption?: string;
  readonly rows: readonly HtmlTableRow[];
}

/** One position of a table's grid; the slots a merged cell covers share its cell object. */
export interface HtmlGridSlot {
  readonly cell: HtmlTableCell;
  readonly anchor: boolean;
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** HTML's "rules for parsing non-negative integers": leading whitespace, then digits. */
function parseSpan(value: string | undefined, max: number): number {
  const m = value === undefined ? null : /^[\t\n\f\r ]*\+?([0-9]+)/.exec(value);
  if (!m) return 1;
  const n = Number.parseInt(m[1]!, 10);
  return n < 1 ? 1 : Math.min(n, max);
}

/** Elements whose start or end breaks a line inside a cell. */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
]);

/** Collapses whitespace line by line ('\n' marks the breaks made by markup) and drops empty lines. */
export function normaliseCellText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[\t\n\f\r \u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

interface CellBuilder {
  header: boolean;
  text: string;
  attributes: ReadonlyMap<string, string>;
}

class TableBuilder {
  readonly rows: HtmlTableRow[] = [];
  caption: string | undefined;
  inCaption = false;
  private section: HtmlTableSection = 'tbody';
  private group = 0;
  private groupUsed = false;
  private row: HtmlTableCell[] | undefined;
  private cell: CellBuilder | undefined;

  constructor(readonly attributes: ReadonlyMap<string, string>) {}

  closeCell(): void {
    if (!this.cell) return;
    const { header, text, attributes } = this.cell;
    this.row!.push({
      header,
      text: normaliseCellText(text),
      rowSpan: parseSpan(attributes.get('rowspan'), MAX_ROWSPAN),
      colSpan: parseSpan(attributes.get('colspan'), MAX_COLSPAN),
      attributes,
    });
    this.cell = undefined;
  }

  closeRow(): void {
    this.closeCell();
    if (!this.row) return;
    this.rows.push({ section: this.section, group: this.group, cells: this.row });
    this.groupUsed = true;
    this.row = undefined;
  }

  /** A new row group (thead, tbody, tfoot, or the implicit one after a group ends). */
  startGroup(section: HtmlTableSection): void {
    this.closeRow();
    if (this.groupUsed) this.group++;
    this.groupUsed = false;
    this.section = section;
  }

  startRow(): void {
    this.closeRow();
    this.row = [];
  }

  startCell(header: boolean, attributes: ReadonlyMap<string, string>): void {
    this.closeCell();
    if (!this.row) this.row = [];
    this.cell = { header, text: '', attributes };
  }

  /** Text reaches the open cell or caption; other text inside a table is dropped. */
  text(text: string): void {
    this.append(text.replace(/[\t\n\f\r ]+/g, ' '));
  }

  /** A line break from markup (<br>, a paragraph boundary); line ends in the source are spaces. */
  lineBreak(): void {
    this.append('\n');
  }

  private append(text: string): void {
    if (this.cell) this.cell.text += text;
    else if (this.inCaption) this.caption = (this.caption ?? '') + text;
  }

  finish(): HtmlTable {
    this.closeRow();
    const caption = this.caption === undefined ? undefined : normaliseCellText(this.caption);
    return { attributes: this.attributes, ...(caption ? { caption } : {}), rows: this.rows };
  }
}

function handle(builder: TableBuilder, token: HtmlToken): void {
  if (token.type === 'text') {
    builder.text(token.text);
    return;
  }
  const { name } = token;
  if (token.type === 'start') {
    switch (name) {
      case 'thead':
      case 'tbody':
      case 'tfoot':
        builder.startGroup(name);
        return;
      case 'tr':
        builder.startRow();
        return;
      case 'td':
      case 'th':
        builder.startCell(name === 'th', token.attributes);
        return;
      case 'caption':
        builder.closeRow();
        builder.inCaption = true;
        return;
      case 'br':
        builder.lineBreak();
        return;
      default:
        if (BLOCK.has(name)) builder.lineBreak();
        return;
    }
  }
  switch (name) {
    case 'thead':
    case 'tbody':
    case 'tfoot':
      builder.startGroup('tbody');
      return;
    case 'tr':
      builder.closeRow();
      return;
    case 'td':
    case 'th':
      builder.closeCell();
      return;
    case 'caption':
      builder.inCaption = false;
      return;
    default:
      if (BLOCK.has(name)) builder.lineBreak();
  }
}

/** The table whose start tag is `tokens[start]`, read up to its end tag. */
export function readTable(tokens: readonly HtmlToken[], start: number): HtmlTable {
  const table = tokens[start];
  if (table?.type !== 'start' || table.name !== 'table') throw new Error('not a table start tag');
  const builder = new TableBuilder(table.attributes);
  for (let k = start + 1; k < table.end; k++) {
    const token = tokens[k]!;
    // A nested table is a table of its own.
    if (token.type === 'start' && token.name === 'table') k = token.end;
    else handle(builder, token);
  }
  return builder.finish();
}

/**
 * Every table of the document, in the order their start tags appear (a nested table comes
 * right after the table that holds it).
 * @example readHtmlTables('<table><tr><th colspan=2>a<tr><td>1<td>2</table>')[0].rows[0].cells[0].colSpan // 2
 */
export function readHtmlTables(html: string): HtmlTable[] {
  const tokens = tokenizeHtml(html);
  return tokens.flatMap((token, k) =>
    token.type === 'start' && token.name === 'table' ? [readTable(tokens, k)] : [],
  );
}

/**
 * The table's grid: one array per row, as wide as the widest row, each position holding the
 * slot of the cell that covers it, or null where the table leaves a hole (a short row).
 * Rowspans stop at the end of their row group, as in browsers.
 */
export function tableGrid(table: HtmlTable): (HtmlGridSlot | null)[][] {
  const grid: (HtmlGridSlot | null)[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        const target = table.rows[r + dr];
        if (!target || target.group !== row.group) break;
        const line = grid[r + dr]!;
        for (let dc = 0; dc < cell.colSpan; dc++) {
          // Overlapping cells: the first one keeps the slot, as in browsers.
          if (!line[c + dc]) {
            line[c + dc] = { cell, anchor: dr === 0 && dc === 0, anchorRow: r, anchorColumn: c };
          }
        }
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? null));
}
