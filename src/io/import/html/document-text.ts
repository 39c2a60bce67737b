/**
 * The common half of the Word and HTML importers: a document read into blocks (paragraphs and
 * tables with their merged cells expanded into a full grid) becomes the text lines the
 * plain-text importer reads, and that importer does the rest (headings, title, format, label
 * matching, alignment of table rows, figures, narrative). Nothing here matches a label.
 *
 * A table row becomes one line: the texts of the cells that start in that row, left to right
 * (a group label merged over several rows, such as （三）不予公开, is printed once, in its first
 * row, as on paper), then the row's figures in column order. A blank cell among a row's figures
 * becomes "-" (a placeholder: the cell stays empty and is flagged) so that the figures after it
 * keep their columns. Paragraphs become one line each and stay paragraphs.
 */
import { FORMAT_IDS, getTemplate, MAX_INPUT_BYTES, note } from '../../../domain/index.ts';
import type {
  ImportFinding,
  ImportLocation,
  ImportOptions,
  ImportResult,
} from '../import.types.ts';
import { locateSections } from '../text/locate-sections.ts';
import { BLANK_CELL, tableRowTexts, toLines } from '../text/normalise.ts';
import { parseReportText } from '../text/parse-text.ts';
import { findTitle, isAgencyLine } from '../text/title.ts';

/** One position of a table's grid: the cell covering it and where that cell starts. */
export interface GridSlot {
  readonly cell: { readonly text: string };
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

/** A table as a full grid, merged cells expanded (null: a hole left by a short row). */
export type TableGrid = readonly (readonly (GridSlot | null)[])[];

export type DocumentBlock =
  /** A paragraph, a heading or a list item; '\n' where the document breaks the line. */
  | { readonly kind: 'text'; readonly text: string; readonly path: string }
  | {
      readonly kind: 'table';
      readonly grid: TableGrid;
      readonly path: string;
      /** The name of a row in paths (`tr`, `w:tr`). */
      readonly rowName?: string;
    };

/** A line of the text handed to the text importer, with where it came from. */
export interface DocumentLine {
  readonly text: string;
  /** Element path in the document, e.g. `w:tbl[2]/w:tr[5]` or `table[1]/tr[3]`. */
  readonly path: string;
  /** A row of a table (false: a paragraph). */
  readonly tableRow: boolean;
}

/** The text importer's limit on lines. */
const MAX_LINES = 20_000;

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * The lines of a table: one per row that has something in it. `blanks` counts the blank cells
 * written as placeholders.
 */
export function tableLines(
  grid: TableGrid,
  path: string,
  rowName = 'tr',
): { lines: DocumentLine[]; blanks: number } {
  // Cells that start at (r, c), with their text on one line.
  const starts = grid.map((row, r) =>
    row.flatMap((slot, c) =>
      slot && slot.anchorRow === r && slot.anchorColumn === c
        ? [{ column: c, text: oneLine(slot.cell.text) }]
        : [],
    ),
  );
  const { texts, blanks } = tableRowTexts(starts);
  const lines: DocumentLine[] = [];
  texts.forEach((parts, r) => {
    if (parts.length > 0)
      lines.push({ text: parts.join('\t'), path: `${path}/${rowName}[${r + 1}]`, tableRow: true });
  });
  return { lines, blanks };
}

/** Longer than any label of the official tables: a cell holding paragraphs of text. */
const MAX_LABEL_CELL = 300;

/**
 * A table used for page layout rather than a statistical table: a single column (a bordered box
 * around text), or a cell holding long text. Its cells are read as paragraphs.
 */
export function isLayoutGrid(grid: TableGrid): boolean {
  const width = grid[0]?.length ?? 0;
  return (
    width <= 1 ||
    grid.some((row) => row.some((slot) => (slot?.cell.text.length ?? 0) > MAX_LABEL_CELL))
  );
}

/** The blocks as lines, in document order; how many blank figure cells became placeholders. */
export function documentLines(blocks: readonly DocumentBlock[]): {
  lines: DocumentLine[];
  blanks: number;
} {
  const lines: DocumentLine[] = [];
  let blanks = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      const table = tableLines(block.grid, block.path, block.rowName);
      lines.push(...table.lines);
      blanks += table.blanks;
    } else {
      for (const part of block.text.split('\n')) {
        const text = oneLine(part);
        if (text !== '') lines.push({ text, path: block.path, tableRow: false });
      }
    }
  }
  return { lines, blanks };
}

/** More text than the text importer reads (it refuses it at once, saying why). */
export function beyondTextLimits(lines: readonly DocumentLine[]): boolean {
  let length = 0;
  for (const line of lines) length += line.text.length + 1;
  return lines.length > MAX_LINES || length > MAX_INPUT_BYTES;
}

/** The six section headings found among the lines: indexes of the lines, in order. */
export function headingLines(lines: readonly DocumentLine[]): number[] {
  const sourceLines = toLines(lines.map((l) => l.text).join('\n'));
  const sections = getTemplate(FORMAT_IDS[0]!).sections;
  return locateSections(sourceLines, sections).map((h) => sourceLines[h.line]!.number - 1);
}

/** How far above the first section heading a title is looked for (lines). */
const MAX_TITLE_DISTANCE = 200;

/** A website's "you are here" line or menu path: "首页 > 政府信息公开 > 年度报告". */
const BREADCRUMB = /[>＞»›→|｜]|^(?:当前位置|您的位置|您现在的位置|所在位置)/u;

/**
 * The report's title: the title nearest above line `end` starting at or after `from` (indexes of
 * its first and last line), as the text importer recognises titles. `needYear`: only a title
 * that names the year (away from the report's text, a menu item such as 政府信息公开年度报告
 * is not its title).
 */
export function titleLines(
  lines: readonly DocumentLine[],
  from: number,
  end: number,
  needYear = false,
): { readonly first: number; readonly last: number } | undefined {
  for (let start = end - 1; start >= Math.max(from, end - MAX_TITLE_DISTANCE); start--) {
    if (lines[start]!.tableRow || BREADCRUMB.test(lines[start]!.text)) continue;
    let stop = start;
    while (stop < Math.min(end, start + 3) && !lines[stop]!.tableRow) stop++;
    const window = lines.slice(start, stop);
    const source = toLines(window.map((l) => l.text).join('\n'));
    const title = findTitle(source, source.length);
    if (title && source[title.first]!.number === 1 && (!needYear || title.year !== undefined)) {
      // The usual two-line title: the agency on the line(s) above the year title.
      let first = start;
      while (
        !title.agency &&
        first > Math.max(from, start - 2) &&
        !lines[first - 1]!.tableRow &&
        isAgencyLine(lines[first - 1]!.text)
      )
        first--;
      return { first, last: start + source[title.last]!.number - 1 };
    }
  }
  return undefined;
}

/** A line that is a title naming its year by itself (the page's <title>, cut at its separators). */
export function isTitle(text: string): boolean {
  const title = findTitle(toLines(text), 1);
  return title?.first === 0 && title.year !== undefined;
}

/** What the text importer's line numbers and paths say about where something is. */
function locate(source: ImportLocation, lines: readonly DocumentLine[]): ImportLocation {
  const at = source.line === undefined ? undefined : lines[source.line - 1];
  if (!at || source.path !== undefined) return source;
  const end = source.endLine === undefined ? undefined : lines[source.endLine - 1];
  const path = end && end.path !== at.path ? `${at.path} … ${end.path}` : at.path;
  return { ...source, path };
}

/** The result of the text importer with element paths added to its line numbers. */
function withPaths(
  result: Extract<ImportResult, { ok: true }>,
  lines: readonly DocumentLine[],
): Extract<ImportResult, { ok: true }> {
  const at = <T extends { readonly source?: ImportLocation }>(item: T): T =>
    item.source ? { ...item, source: locate(item.source, lines) } : item;
  return {
    ...result,
    findings: result.findings.map(at),
    source: {
      ...result.source,
      parts: result.source.parts.map(at),
      cells: result.source.cells.map(at),
    },
  };
}

export interface DocumentImport {
  readonly result: ImportResult;
  /** The text read (one line per paragraph or table row): the lines findings refer to. */
  readonly text?: string;
}

/**
 * Reads the report from a document's lines with the text importer; `notes` are the findings of
 * the reading of the document itself (put first).
 */
export function importDocumentLines(
  lines: readonly DocumentLine[],
  kind: 'docx' | 'html' | 'xlsx',
  options: ImportOptions,
  notes: readonly ImportFinding[],
  pageTitleAgency?: string,
): DocumentImport {
  const text = lines.map((l) => l.text).join('\n');
  const result = parseReportText(text, options, {
    kind,
    paragraphPerLine: true,
    ...(pageTitleAgency ? { pageTitleAgency } : {}),
  });
  if (!result.ok) return { result, text };
  const located = withPaths(result, lines);
  return { result: { ...located, findings: [...notes, ...located.findings] }, text };
}

/** The note for blank cells written as placeholders. */
export function blankCellsNote(blanks: number): ImportFinding[] {
  return blanks === 0
    ? []
    : [note('import.table.blankCells', 'warning', { count: blanks, mark: BLANK_CELL })];
}
