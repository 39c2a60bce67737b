/**
 * The 汇总 result as .xlsx: first the overview (one row per department with its key figures and
 * open 错误 / 待核实, and a 合计 row of formulas), then the summed report's own sheets (cover,
 * tables 二 三 四, narrative, identity block), so the file also reads back as the summed report.
 */
import {
  OVERVIEW_FIGURE_KEYS,
  OVERVIEW_WORDS,
  type AggregateOverview,
  type Report,
} from '../../../domain/index.ts';
import {
  a4,
  addReportSheets,
  BORDER,
  FONT,
  HEADER_FILL,
  newWorkbook,
  protect,
  textWidth,
  workbookBytes,
} from './write-workbook.ts';
import { address } from './sheet-layout.ts';

const HEADER_ROW = 3;

export async function renderOverviewXlsx(
  summed: Report,
  overview: AggregateOverview,
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await newWorkbook(`${summed.agency}${summed.year}${OVERVIEW_WORDS.title}`);
  const sheet = wb.addWorksheet(OVERVIEW_WORDS.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
  });
  const headers = [
    OVERVIEW_WORDS.number,
    OVERVIEW_WORDS.name,
    ...OVERVIEW_FIGURE_KEYS.map((k) => OVERVIEW_WORDS.figures[k]),
    OVERVIEW_WORDS.errors,
    OVERVIEW_WORDS.warnings,
  ];
  const lastColumn = headers.length;
  sheet.mergeCells(1, 1, 1, lastColumn);
  const title = sheet.getCell(1, 1);
  title.value = `${summed.agency} ${summed.year}${OVERVIEW_WORDS.title}`;
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 26;
  sheet.mergeCells(2, 1, 2, lastColumn);
  sheet.getCell(2, 1).value = OVERVIEW_WORDS.unit;
  sheet.getCell(2, 1).alignment = { horizontal: 'right' };
  headers.forEach((text, i) => {
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 10.5, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(HEADER_ROW).height = 32;
  const nameWidth = Math.max(16, ...overview.rows.map((r) => textWidth(r.name) + 2));
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = Math.min(nameWidth, 40);
  for (let c = 3; c <= lastColumn; c++) sheet.getColumn(c).width = 12;

  const put = (row: number, column: number, value: string | number | null): void => {
    const cell = sheet.getCell(row, column);
    cell.value = value;
    cell.font = { name: FONT, size: 10.5 };
    cell.border = BORDER;
    cell.alignment = { horizontal: column === 2 ? 'left' : 'center', vertical: 'middle' };
  };
  overview.rows.forEach((r, i) => {
    const row = HEADER_ROW + 1 + i;
    put(row, 1, i + 1);
    put(row, 2, r.name);
    OVERVIEW_FIGURE_KEYS.forEach((k, j) => put(row, 3 + j, r.figures[k]));
    put(row, 3 + OVERVIEW_FIGURE_KEYS.length, r.errors);
    put(row, 4 + OVERVIEW_FIGURE_KEYS.length, r.warnings);
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + overview.rows.length;
  const totalRow = last + 1;
  put(totalRow, 1, '');
  put(totalRow, 2, OVERVIEW_WORDS.total);
  const columnSums: number[] = [
    ...OVERVIEW_FIGURE_KEYS.map((k) => overview.rows.reduce((a, r) => a + (r.figures[k] ?? 0), 0)),
    overview.rows.reduce((a, r) => a + r.errors, 0),
    overview.rows.reduce((a, r) => a + r.warnings, 0),
  ];
  columnSums.forEach((result, j) => {
    const column = 3 + j;
    put(totalRow, column, null);
    sheet.getCell(totalRow, column).value =
      overview.rows.length === 0
        ? 0
        : { formula: `SUM(${address(first, column)}:${address(last, column)})`, result };
  });
  sheet.getRow(totalRow).font = { name: FONT, size: 10.5, bold: true };
  a4(sheet, false, lastColumn, totalRow);
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  await protect(sheet);

  await addReportSheets(wb, summed);
  return workbookBytes(wb);
}
