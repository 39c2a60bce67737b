/**
 * Any other workbook: each visible sheet read as a table of a document (merged cells expanded,
 * formulas as their cached results), so the Word and web-page importers' shared path
 * (`../html/document-text.ts`) and the text importer find the tables by their labels, wherever
 * they sit on the sheet, with a title block, extra rows or columns around them. Nothing here
 * matches a label.
 */
import type { Workbook, Worksheet } from 'exceljs';
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
  readonly block: DocumentBlock;
  readonly notes: readonly ImportFinding[];
}

function readSheet(sheet: Worksheet): SheetReading | undefined {
  const rows = Math.min(sheet.rowCount, MAX_ROWS);
  const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
  if (rows === 0 || columns === 0) return undefined;
  const errors: string[] = [];
  const grid: (GridSlot | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: (GridSlot | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      const content = cellContent(master);
      let text = contentText(content);
      if (content.kind === 'error' && master === cell) {
        errors.push(`${cell.address}（${content.error}）`);
        // A figure the sheet could not compute: kept as an empty, flagged figure in its column.
        text = BLANK_CELL;
      }
      line.push({
        cell: { text },
        anchorRow: Number(master.row) - 1,
        anchorColumn: Number(master.col) - 1,
      });
    }
    grid.push(line);
  }
  const notes: ImportFinding[] =
    errors.length === 0
      ? []
      : [
          {
            code: 'import.xlsx.formulaError',
            severity: 'error',
            message: `“${sheet.name}”工作表中有 ${errors.length} 个公式出错：${errors.slice(0, 5).join('、')}${errors.length > 5 ? ' 等' : ''}；这些格已按未填写处理，请在表格中改正`,
            source: { path: sheet.name },
          },
        ];
  return { block: { kind: 'table', grid, path: sheet.name, rowName: 'row' }, notes };
}

/** Reads the visible sheets in order as one document. */
export function readOrdinaryWorkbook(wb: Workbook, options: ImportOptions): DocumentImport {
  const blocks: DocumentBlock[] = [];
  const notes: ImportFinding[] = [];
  for (const sheet of wb.worksheets) {
    if (sheet.state !== 'visible') continue;
    const read = readSheet(sheet);
    if (!read) continue;
    blocks.push(read.block);
    notes.push(...read.notes);
  }
  const { lines, blanks } = documentLines(blocks);
  if (lines.length === 0)
    return { result: { ok: false, reason: `“${options.name ?? '工作簿'}”中没有任何内容` } };
  return importDocumentLines(lines, 'xlsx', options, [...notes, ...blankCellsNote(blanks)]);
}
