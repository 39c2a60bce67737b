/**
 * Reading a block copied from Excel, WPS 表格 or a Word/WPS table as plain text: cells separated
 * by tabs, rows by line breaks (\r\n on Windows, \n, or a lone \r), usually with one line break
 * after the last row, and with cells that contain a tab, a line break or a quote wrapped in
 * double quotes ("" standing for one quote), as Excel writes them.
 */

/**
 * Splits clipboard text into rows of cell texts. The cells are returned as copied (not trimmed);
 * empty cells are "" and keep their position. One trailing line break is not a row.
 * @example parseClipboardBlock('1\t2\r\n3\t\r\n') // [['1', '2'], ['3', '']]
 */
export function parseClipboardBlock(text: string): string[][] {
  const body = text.replace(/(\r\n|\n|\r)$/, '');
  if (body === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = body.length;
  for (;;) {
    // One field starting at i.
    let field = '';
    let quotedEnd = -1;
    if (body[i] === '"') {
      // Quoted field: runs to the quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let value = '';
      for (; j < n; j++) {
        if (body[j] === '"') {
          if (body[j + 1] === '"') {
            value += '"';
            j++;
          } else break;
        } else value += body[j];
      }
      const after = body[j + 1];
      if (j < n && (after === undefined || after === '\t' || after === '\n' || after === '\r')) {
        field = value;
        quotedEnd = j + 1;
      }
    }
    if (quotedEnd >= 0) {
      i = quotedEnd;
    } else {
      // A plain field (or a stray quote that does not close a quoted one: taken literally).
      let j = i;
      while (j < n && body[j] !== '\t' && body[j] !== '\n' && body[j] !== '\r') j++;
      field = body.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    if (body[i] === '\t') {
      i++;
      if (i >= n) {
        row.push('');
        break;
      }
      continue;
    }
    // A line break: \r\n counts once.
    i += body[i] === '\r' && body[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) {
      row.push('');
      break;
    }
  }
  rows.push(row);
  return rows;
}

/** True when the text is more than one cell's worth: it holds a tab or a line break (a trailing one included, as Excel copies a single cell). */
export function isBlockText(text: string): boolean {
  return /[\t\r\n]/.test(text);
}
