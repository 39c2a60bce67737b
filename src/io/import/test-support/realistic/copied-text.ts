/**
 * Test-only: a report as plain text the way people get it onto the clipboard:
 * - from a browser (Chromium): paragraphs separated by a blank line; a table row per line, its
 *   cells separated by tabs, a merged cell only in its first row, a <br> inside a cell as a
 *   line break; the report alone, or the whole page (Ctrl+A) with the site's menus, breadcrumbs,
 *   information table and footer around it;
 * - from Word or WPS: CRLF line ends, a paragraph per line; a table row per line with tabs, the
 *   continuation cells of a vertical merge present as empty cells; or every cell on a line of
 *   its own (pasting into an editor that drops the tabs);
 * - as a Markdown file (written by hand or by a converter): `#` headings, `**` bold lead
 *   sentences, pipe tables whose merged cells are left empty or repeated in every row.
 */
import { SITE } from './gov-page.ts';
import {
  outlineGrid,
  type OutlineBlock,
  type OutlineTable,
  type ReportOutline,
} from './report-outline.ts';

/**
 * The rows of a table as their cells' texts, a column span as one cell; a cell merged down from
 * a row above left out (a browser) or empty (Word).
 */
function rowsOf(table: OutlineTable, merged: 'first' | 'empty'): string[][] {
  return outlineGrid(table).map((line, r) =>
    line.flatMap((slot, c) => {
      if (slot.column !== c) return []; // a column span: one cell
      if (slot.row === r) return [slot.cell.text];
      return merged === 'first' ? [] : [''];
    }),
  );
}

function textBlocks(
  outline: ReportOutline,
  paragraph: (block: Exclude<OutlineBlock, { kind: 'table' }>) => string,
  table: (table: OutlineTable) => string,
): string[] {
  return outline.blocks.map((b) => (b.kind === 'table' ? table(b.table) : paragraph(b)));
}

const tabRows = (t: OutlineTable): string =>
  rowsOf(t, 'first')
    .map((cells) => cells.join('\t'))
    .join('\n');

/**
 * Selected in a browser and copied (Ctrl+C), pasted as plain text: the report, or with
 * `wholePage` everything on the government page (Ctrl+A), as govPageHtml lays it out.
 */
export function browserCopy(outline: ReportOutline, wholePage = false): string {
  const report = textBlocks(outline, (b) => b.text, tabRows);
  if (!wholePage) return report.join('\n\n');
  const [title, ...body] = report;
  return [
    SITE.skip.join('  '),
    ...SITE.menu,
    `您现在的位置：${SITE.crumbs.join(' > ')}`,
    SITE.sidebarTitle,
    ...SITE.sidebar,
    SITE.info(outline.title)
      .map((row) => row.join('\t'))
      .join('\n'),
    title!,
    `${SITE.meta.join('   ')}   【字体：${SITE.fontSizes.join(' ')}】`,
    ...body,
    SITE.tools.join(' '),
    SITE.qr,
    ...SITE.footer.map((row) => row.join('   ')),
  ].join('\n\n');
}

/** Copied from Word or WPS as plain text: tabs between cells, or every cell on its own line. */
export function wordCopy(outline: ReportOutline, cells: 'tabs' | 'lines' = 'tabs'): string {
  return textBlocks(
    outline,
    (b) => b.text,
    (t) => {
      const rows = rowsOf(t, 'empty');
      return cells === 'tabs'
        ? rows.map((row) => row.join('\t')).join('\r\n')
        : rows
            .flat()
            .filter((text) => text !== '')
            .join('\r\n');
    },
  ).join('\r\n');
}

/**
 * A row per grid row, a cell per column: a merged cell's text where it starts, then '' (or its
 * text again, for labels: "unmerge and fill").
 */
function gridRows(table: OutlineTable, merged: 'empty' | 'repeat'): string[][] {
  return outlineGrid(table).map((line, r) =>
    line.map((slot, c) =>
      (slot.row === r && slot.column === c) || (merged === 'repeat' && !slot.cell.figure)
        ? slot.cell.text
        : '',
    ),
  );
}

/**
 * The report as a Markdown file: pipe tables a cell per column, so that the figures stand under
 * their headers; the cells a merged cell covers left empty or holding its text again.
 */
export function markdown(outline: ReportOutline, merged: 'empty' | 'repeat' = 'empty'): string {
  const cell = (text: string): string => text.replace(/\n/gu, '<br>').replace(/\|/gu, '\\|');
  return textBlocks(
    outline,
    (b) => {
      if (b.kind === 'title') return `# ${b.text}`;
      if (b.kind === 'heading') return `## ${b.text}`;
      return b.lead ? `**${b.lead}**${b.text.slice(b.lead.length)}` : b.text;
    },
    (t) => {
      const rows = gridRows(t, merged);
      // A row with fewer cells than the header is written so (Markdown pads it on display).
      const line = (row: readonly string[]): string => `| ${row.map(cell).join(' | ')} |`;
      const width = rows[0]!.length;
      return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
    },
  ).join('\n\n');
}

/** A text file as Windows Notepad saves it as "Unicode": UTF-16 little-endian with a BOM. */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = code & 0xff;
    out[3 + 2 * i] = code >> 8;
  }
  return out;
}
