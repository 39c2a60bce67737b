/**
 * Any other workbook: each visible sheet read as a table of a document (merged cells expanded,
 * formulas as their cached results), so the Word and web-page importers' shared path
 * (`../html/document-text.ts`) and the text importer find the tables by their labels, wherever
 * they sit on the sheet, with a title block, extra rows or columns around them. Nothing here
 * matches a label.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { bySeverity, note } from '../../../domain/index.ts';
import {
  blankCellsNote,
  documentLines,
  importDocumentLines,
  type DocumentBlock,
  type DocumentImport,
  type GridSlot,
} from '../html/document-text.ts';
import type { ImportFinding, ImportOptions } from '../import.types.ts';
import { BLANK_CELL } from '../text/normalise.ts';
import { cellContent, contentText } from './cell-content.ts';

/** More rows or columns than a sheet holding the three tables could use. */
const MAX_ROWS = 5_000;
const MAX_COLUMNS = 100;

interface SheetReading {
  readonly blocks: readonly DocumentBlock[];
  readonly notes: readonly ImportFinding[];
}

type Slot = GridSlot & {
  readonly text: string;
  /** How many rows the merged cell this slot belongs to covers from its anchor. */
  rowSpan: number;
};

/**
 * The sheet's cells, merged cells expanded (each slot names its merge's anchor), with the texts
 * a person sees; formula errors become blank figures, listed in `errors`.
 */
function sheetGrid(sheet: Worksheet, errors: string[]): Slot[][] {
  const rows = Math.min(sheet.rowCount, MAX_ROWS);
  const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
  const grid: Slot[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: Slot[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      const content = cellContent(master);
      let text = contentText(content).trim();
      if (content.kind === 'error') {
        if (master === cell) errors.push(`${cell.address}（${content.error}）`);
        // A figure the sheet could not compute: kept as an empty, flagged figure in its column.
        text = BLANK_CELL;
      }
      line.push({
        cell: { text },
        text,
        anchorRow: Number(master.row) - 1,
        anchorColumn: Number(master.col) - 1,
        rowSpan: 1,
      });
    }
    grid.push(line);
  }
  grid.forEach((line, r) =>
    line.forEach((slot) => {
      if (slot.anchorRow < r)
        grid[slot.anchorRow]![slot.anchorColumn]!.rowSpan = r - slot.anchorRow + 1;
    }),
  );
  return grid;
}

/** The text of a row holding one cell of text on that row alone (no figures), else undefined. */
function textLine(line: readonly Slot[], r: number): string | undefined {
  const filled = line.filter((slot) => slot.text !== '');
  const first = filled[0];
  if (!first || first.anchorRow !== r || /^[-\d.,\s%]+$/u.test(first.text)) return undefined;
  const single = filled.every(
    (slot) => slot.anchorRow === first.anchorRow && slot.anchorColumn === first.anchorColumn,
  );
  return single && first.rowSpan === 1 ? first.text : undefined;
}

/**
 * The sheet cut into tables at empty rows (a merged cell keeps its rows together), each cut to
 * the columns it uses: as separate tables of a document, so that one table's columns do not
 * count as blank figures of another's rows.
 */
function sheetTables(grid: readonly Slot[][], path: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let start = -1;
  let reach = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    // Lines of text above a table (a title, a section heading, 填报单位): paragraphs, not rows
    // of the table whose figures were left blank.
    while (start < end && textLine(grid[start]!, start) !== undefined) {
      blocks.push({
        kind: 'text',
        text: textLine(grid[start]!, start)!,
        path: `${path}!${start + 1}`,
      });
      start++;
    }
    if (start === end) {
      start = -1;
      return;
    }
    const rows = grid.slice(start, end);
    const used = (c: number): boolean => rows.some((line) => line[c]!.text !== '');
    const width = rows[0]!.length;
    let left = 0;
    while (left < width && !used(left)) left++;
    let right = width - 1;
    while (right > left && !used(right)) right--;
    const table = rows.map((line) =>
      line.slice(left, right + 1).map((slot): GridSlot => ({
        cell: slot.cell,
        anchorRow: slot.anchorRow - start,
        anchorColumn: slot.anchorColumn - left,
      })),
    );
    blocks.push({ kind: 'table', grid: table, path: `${path}!${start + 1}`, rowName: 'row' });
    start = -1;
  };
  grid.forEach((line, r) => {
    const empty = line.every((slot) => slot.text === '');
    // Rows a merged cell of this group spans belong to it even when empty.
    for (const slot of line) if (slot.anchorRow < r || slot.text !== '') reach = Math.max(reach, r);
    if (empty && r > reach) flush(r);
    else if (start < 0) start = r;
    for (const slot of line)
      if (slot.anchorRow === r && slot.text !== '') {
        let end = r;
        while (end + 1 < grid.length && grid[end + 1]![slot.anchorColumn]!.anchorRow === r) end++;
        reach = Math.max(reach, end);
      }
  });
  flush(grid.length);
  return blocks;
}

/** The formula errors a note names (the others are counted). */
const SHOWN_ERRORS = 5;

function readSheet(sheet: Worksheet): SheetReading {
  const errors: string[] = [];
  const blocks = sheetTables(sheetGrid(sheet, errors), sheet.name);
  const notes: ImportFinding[] =
    errors.length === 0
      ? []
      : [
          note(
            'import.xlsx.formulaError',
            'error',
            { sheet: sheet.name, count: errors.length, errors: errors.slice(0, SHOWN_ERRORS) },
            { source: { path: sheet.name } },
          ),
        ];
  return { blocks, notes };
}

/** Reads the visible sheets in order as one document. */
export function readOrdinaryWorkbook(wb: Workbook, options: ImportOptions): DocumentImport {
  const blocks: DocumentBlock[] = [];
  const notes: ImportFinding[] = [];
  for (const sheet of wb.worksheets) {
    if (sheet.state !== 'visible') continue;
    const read = readSheet(sheet);
    blocks.push(...read.blocks);
    notes.push(...read.notes);
  }
  const { lines, blanks } = documentLines(blocks);
  if (lines.length === 0)
    return { result: { ok: false, reason: `“${options.name ?? '工作簿'}”中没有任何内容` } };
  const read = importDocumentLines(lines, 'xlsx', options, [...notes, ...blankCellsNote(blanks)]);
  if (!read.result.ok) return read;
  // A workbook usually holds the tables alone: headings it does not print are no cause to check.
  const findings = read.result.findings.map((f) =>
    f.code === 'import.heading.missing' ? { ...f, severity: 'info' as const } : f,
  );
  return { ...read, result: { ...read.result, findings: bySeverity(findings) } };
}
