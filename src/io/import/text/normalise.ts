/**
 * From raw text (pasted, a .txt/.md file, or PDF-to-text output) to numbered lines:
 * - refuses input that cannot be a report (too big, empty, binary junk) with one Chinese line;
 * - splits CRLF / CR / LF and form feeds (page breaks), drops blank lines but keeps each line's
 *   original number for findings;
 * - strips Markdown markers (headings, emphasis, quote marks, table pipes and rules);
 * - gives every line a folded form for matching (full-width digits, letters and brackets to
 *   half-width, every kind of space to one ASCII space), while `raw` keeps the printed text.
 */
import { MAX_INPUT_BYTES } from '../../../domain/index.ts';
import { isFiguresOnly } from './figures.ts';

export interface SourceLine {
  /** 1-based line number in the input. */
  readonly number: number;
  /** The printed text, trimmed, Markdown markers removed. */
  readonly raw: string;
  /** `raw` folded for matching (see foldWidth), spaces collapsed. */
  readonly text: string;
  /** Leading whitespace in the input (a paragraph indent hint), in half-width units. */
  readonly indent: number;
  /** A form feed (page break) came right before this line. */
  readonly pageBreak: boolean;
}

const MB = 1024 * 1024;

/** UTF-8 size of a string without encoding it (stops counting once over `limit`). */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// C0 controls other than tab, LF, VT, FF, CR; DEL; C1 controls; the replacement character a
// lenient decoder leaves for undecodable bytes; non-characters.
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g;

/**
 * Why this text cannot be an annual report, or null when it may be one.
 * @example checkTextInput('') // '文件是空的'
 */
export function checkTextInput(text: string): string | null {
  if (text.length > MAX_INPUT_BYTES || utf8Length(text, MAX_INPUT_BYTES) > MAX_INPUT_BYTES)
    return `文本超过 ${MAX_INPUT_BYTES / MB} MB，不像是一份年度报告，已拒绝读取`;
  const visible = text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '');
  if (text.length === 0) return '文件是空的';
  if (visible === '') return '文件里只有空白，没有文字';
  const junk = visible.match(JUNK)?.length ?? 0;
  if (junk > 0 && (junk >= 8 || junk / visible.length > 0.005))
    return '内容含有二进制数据（不是纯文本），无法作为年度报告读取；请复制报告的文字，或另存为 UTF-8 文本后再导入';
  return null;
}

/** Control characters a line keeps nothing of (tab, LF, CR and FF are handled as spacing). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const MINUS = /[\u2212\u2010\u2011\u2012\u2013\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Full-width ASCII forms (Ｕ+FF01–FF5E: digits, letters, brackets, ：，．) to half-width, the
 * various minus signs to "-", zero-width characters removed, every run of spaces (ideographic,
 * no-break…) to one ASCII space. Chinese punctuation outside that block (、。“”) is kept.
 * @example foldWidth('（一）１２\u3000３') // '(一)12 3'
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
  }
  return out.replace(ZERO_WIDTH, '').replace(MINUS, '-').replace(SPACES, ' ').trim();
}

/** Spelling variants folded before labels are compared. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/其它/g, '其他'],
  [/帐/g, '账'],
];

/**
 * The text reduced to what label matching compares: folded, every space and punctuation mark
 * (brackets of both widths, 、，。：“”…) removed, common spelling variants unified.
 * @example compact('（三）不 予公开') // '三不予公开'
 */
export function compact(text: string): string {
  let out = foldWidth(text).replace(/[^\p{L}\p{N}]/gu, '');
  for (const [pattern, replacement] of VARIANTS) out = out.replace(pattern, replacement);
  return out;
}

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** The printed text of a line without Markdown's markers (headings, emphasis, pipes, quotes). */
function stripMarkdown(line: string): string {
  let s = line.trim();
  if (MARKDOWN_RULE.test(s) || /^(\*\s*){3,}$|^(_\s*){3,}$/.test(s)) return '';
  s = s.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '');
  s = s.replace(/\*\*|__/g, '');
  if (s.includes('|')) s = s.replace(/\s*\|\s*/g, ' ');
  return s.trim();
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '\u00A0') n += 1;
    else if (ch === '\t') n += 4;
    else if (ch === '\u3000') n += 2;
    else break;
  }
  return n;
}

// Table rows whose columns are known (a Word or web-page table's grid, a Markdown table).

/** A cell of a row, where it starts (a merged cell once, in its first row and column). */
export interface RowCell {
  readonly column: number;
  readonly text: string;
}

/** The placeholder written for a blank figure cell. */
export const BLANK_CELL = '-';

const isFigureText = (text: string): boolean =>
  text.trim() !== '' && isFiguresOnly(foldWidth(text));

/** The cells of a row after its last cell of words (all of them when it has none). */
function afterWords(row: readonly RowCell[]): readonly RowCell[] {
  let words = -1;
  row.forEach((s, k) => {
    if (s.text !== '' && !isFigureText(s.text)) words = k;
  });
  return row.slice(words + 1);
}

/**
 * Each row's texts (its non-blank cells, and "-" for each blank figure cell), and how many
 * blank figure cells there were.
 *
 * Figure columns: where figures are printed, and, in a row with figures, the blank cells after
 * its last cell of words (table 四 has no label; its first figure may be blank) — but not a
 * column where a row with figures has words (a label column: in a Markdown table, the empty
 * cells a label spanning three columns leaves), nor a column with nothing in any row (a table
 * drawn wider than its content, Word's empty trailing column).
 */
export function tableRowTexts(rows: readonly (readonly RowCell[])[]): {
  texts: string[][];
  blanks: number;
} {
  const used = new Set<number>();
  const labels = new Set<number>();
  for (const row of rows) {
    for (const s of row) if (s.text !== '') used.add(s.column);
    if (row.some((s) => isFigureText(s.text)))
      for (const s of row) if (s.text !== '' && !isFigureText(s.text)) labels.add(s.column);
  }
  const figureColumns = new Set<number>();
  for (const row of rows) {
    const figures = row.filter((s) => isFigureText(s.text));
    if (figures.length === 0) continue;
    for (const s of figures) figureColumns.add(s.column);
    for (const s of afterWords(row))
      if (used.has(s.column) && !labels.has(s.column)) figureColumns.add(s.column);
  }

  let blanks = 0;
  const texts = rows.map((row) => {
    // A row of figures (not a header row, which has words where the figures go): its blank
    // cells are empty figures. So are those of a labelled row with no figure at all whose
    // blank cells all lie in figure columns after its words (a row left empty). A row with
    // nothing in figure columns stays a label (a title row, a group's own row).
    const after = afterWords(row);
    const data =
      row.some((s) => isFigureText(s.text)) ||
      (after.length > 0 &&
        after.length < row.length &&
        after.every((s) => s.text === '' && figureColumns.has(s.column)));
    const parts: string[] = [];
    for (const s of row) {
      if (s.text !== '') parts.push(s.text);
      else if (data && figureColumns.has(s.column)) {
        parts.push(BLANK_CELL);
        blanks++;
      }
    }
    return parts;
  });
  return { texts, blanks };
}

/** A Markdown table row: "| a | b |" (not a rule: rules are dropped). */
const PIPE_ROW = /^\s*\|.*\|\s*$/u;

/** "| 规章 | 1 |  | 4 |" → its cells, by column. */
function pipeCells(line: string): RowCell[] {
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/u)
    .map((cell, column) => ({ column, text: cell.trim() }));
}

/**
 * The Markdown pipe tables of the text, read by their columns (every row has a cell for each):
 * for each of their rows' line indexes, the row's text with blank figure cells as "-".
 */
function pipeTables(physical: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < physical.length;) {
    const rows: number[] = [];
    let end = i;
    for (; end < physical.length && PIPE_ROW.test(physical[end]!); end++)
      if (!MARKDOWN_RULE.test(physical[end]!.trim())) rows.push(end);
    if (rows.length > 0) {
      const { texts } = tableRowTexts(rows.map((k) => pipeCells(physical[k]!)));
      rows.forEach((k, r) => out.set(k, texts[r]!.join(' ')));
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Fewer empty cells after a label with no figures may be a stray tab rather than a row. */
const MIN_BLANK_ROW_CELLS = 2;

/**
 * A table row copied as text, its cells separated by tabs (from a browser, Word, WPS or a
 * spreadsheet; a merged cell is one cell there): an empty cell after the row's last cell of
 * words is a blank figure, written "-" so that the figures after it keep their columns, as the
 * Word and web-page importers do. Empty cells before it are a merged label's continuation. A
 * row without words (table 四) counts from its first figure; a label followed only by empty
 * cells (at least two) is a row left blank.
 * @example blankCells('其他对外管理服务事项\t1\t\t32万') // '其他对外管理服务事项\t1\t-\t32万'
 */
export function blankCells(line: string): string {
  if (!line.includes('\t')) return line;
  const cells = line.split('\t');
  let words = -1;
  cells.forEach((cell, k) => {
    if (cell.trim() !== '' && !isFigureText(cell)) words = k;
  });
  const first = cells.findIndex(isFigureText);
  if (first < 0 && (words < 0 || cells.length - words - 1 < MIN_BLANK_ROW_CELLS)) return line;
  const start = words >= 0 ? words : first;
  if (!cells.some((cell, k) => k > start && cell.trim() === '')) return line;
  return cells.map((cell, k) => (k > start && cell.trim() === '' ? BLANK_CELL : cell)).join('\t');
}

/**
 * A table copied with an empty column at its right (a table drawn wider than its content): every
 * row of a run of tab-separated lines ends with a tab. That column is not part of the table.
 */
function withoutEmptyLastColumn(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length;) {
    let end = i;
    while (end < out.length && out[end]!.includes('\t')) end++;
    if (end - i >= 2 && out.slice(i, end).every((l) => /\t[ \u00A0\u3000]*$/u.test(l)))
      for (let k = i; k < end; k++) out[k] = out[k]!.replace(/\t[ \u00A0\u3000]*$/u, '');
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * The non-blank lines of the text, numbered as in the input.
 * @example toLines('a\r\n\r\nb').map((l) => l.number) // [1, 3]
 */
export function toLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const physical = withoutEmptyLastColumn(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
  const pipeRows = pipeTables(physical);
  let pageBreak = false;
  physical.forEach((line, i) => {
    // A form feed starts a new page; it may sit at the start, end or middle of a line.
    const parts = line.split('\f');
    parts.forEach((part, j) => {
      if (j > 0) pageBreak = true;
      const clean = part.replace(ZERO_WIDTH, '').replace(CONTROL, '');
      const raw = stripMarkdown(clean);
      if (raw === '') return;
      const table = pipeRows.get(i);
      const cells = table ?? (clean.includes('\t') ? stripMarkdown(blankCells(clean)) : raw);
      out.push({ number: i + 1, raw, text: foldWidth(cells), indent: indentOf(part), pageBreak });
      pageBreak = false;
    });
  });
  return out;
}
