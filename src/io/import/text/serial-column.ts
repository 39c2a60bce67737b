/**
 * A 序号 column: many offices print a first column headed 序号 that numbers a table's rows
 * 1, 2, 3 … (tables 二, 三 and 四, in Word, on web pages, in PDFs). Those numbers are not
 * figures: read as figures they would shift a row's figures by one, or end the previous row.
 * They are taken out of the table lines before the rows are read.
 *
 * Only after a cell "序号" (or "编号", "序": the column's header, printed again by table 二 in each block's header)
 * and only the numbers that continue its count: the first cell of a row ("1 一、本年新收… 82 …",
 * tabs or spaces between cells), or a number alone on its line (a cell per line) that sits
 * between the previous row's figures (or the header, for 1) and the next row's label, or, for 1,
 * before a row of figures only (table 四). A table heading ends the column.
 */
import { isFiguresOnly } from './figures.ts';
import { compact, type SourceLine } from './normalise.ts';
import type { TableLine } from './records.ts';

/** Headers such a column is printed with (序号 mostly; 编号 and 序 in some offices' templates). */
const HEADERS: ReadonlySet<string> = new Set(['序号', '编号', '序']);
/** How far after a lone number its row's figures must start (a label broken over lines). */
const LABEL_LINES = 3;

const withText = (tl: TableLine, text: string): TableLine => {
  const line: SourceLine = { ...tl.line, text, raw: text };
  return { ...tl, line };
};

/** The table lines without the cells of a 序号 column (see the top of the file). */
export function withoutSerialColumn(
  lines: readonly TableLine[],
  tableHeadings: readonly string[],
): TableLine[] {
  const textOf = (i: number): string | undefined => lines[i]?.line.text;
  const figures = (i: number): boolean => {
    const text = textOf(i);
    return text !== undefined && isFiguresOnly(text);
  };
  const isHeader = (i: number): boolean => HEADERS.has(textOf(i)?.split(' ')[0] ?? '');
  /** A row label follows line i: text, then figures before any other 序号 header. */
  const rowFollows = (i: number): boolean => {
    if (textOf(i + 1) === undefined || figures(i + 1) || isHeader(i + 1)) return false;
    for (let k = i + 2; k <= i + 1 + LABEL_LINES && textOf(k) !== undefined; k++) {
      if (isHeader(k)) return false;
      if (figures(k)) return true;
    }
    return false;
  };

  let next = 0; // the count expected next; 0: no 序号 column in this table
  // Right after a 序号 header, before any figure: the count may start again at 1 (a block of
  // table 二 numbered on its own).
  let fresh = false;
  const out: TableLine[] = [];
  lines.forEach((tl, i) => {
    const text = tl.line.text;
    if (tableHeadings.some((h) => compact(text).startsWith(h))) next = 0;
    const [first, ...rest] = text.split(' ');
    if (HEADERS.has(first ?? '')) {
      next = Math.max(next, 1);
      fresh = true;
      if (rest.length > 0) out.push(withText(tl, rest.join(' ')));
      return;
    }
    const counted = next > 0 && (first === String(next) || (fresh && first === '1'));
    if (!counted) {
      if (isFiguresOnly(text) || /\d/u.test(text)) fresh = false;
      return void out.push(tl);
    }
    if (rest.length === 0) {
      // A number alone on its line (a cell per line).
      const serial = fresh
        ? i > 0 && !figures(i - 1) && (rowFollows(i) || figures(i + 1))
        : figures(i - 1) && rowFollows(i);
      if (!serial) {
        fresh = false;
        return void out.push(tl);
      }
    } else out.push(withText(tl, rest.join(' ')));
    next = Number(first) + 1;
    fresh = false;
  });
  return out;
}
