/**
 * Test-only: workbooks as offices make them (with exceljs, as Excel saves them), and our own
 * template filled in by a script.
 */
import ExcelJS from 'exceljs';
import {
  getCellValue,
  getTemplate,
  layoutGrid,
  withTotals,
  type CellId,
  type Report,
  type TableId,
} from '../../../domain/index.ts';
import { templateCellAddresses } from '../../export/xlsx/index.ts';

export interface OfficeLayout {
  /** Each table on a sheet of its own (Sheet1…3), else all on one sheet. */
  readonly sheetPerTable?: boolean;
  /** A title block above the tables: title, 填报单位 / date line, blank rows. */
  readonly titleBlock?: boolean;
  /** The first row and column of the first table (1-based). */
  readonly origin?: { readonly row: number; readonly column: number };
  /** The section headings printed above each table. */
  readonly headings?: boolean;
  /** Totals as SUM formulas with their cached results (as Excel saves them). */
  readonly formulas?: boolean;
  /** These cells hold their figure as text ("12"), as a column formatted as text does. */
  readonly asText?: readonly CellId[];
  /** A 备注 row and a 制表人 line after the tables; an empty column between label and figures is not made. */
  readonly extraRows?: boolean;
  /** Override a cell's content: a formula error, a word instead of a figure… */
  readonly cells?: Readonly<Record<CellId, ExcelJS.CellValue>>;
}

const TABLES: readonly TableId[] = ['active', 'requests', 'reviews'];

/** A workbook holding the report's tables laid out as an office might, read back as bytes. */
export async function officeWorkbook(
  report: Report,
  layout: OfficeLayout = {},
): Promise<Uint8Array> {
  const full = withTotals(report);
  const template = getTemplate(full.format);
  const wb = new ExcelJS.Workbook();
  let sheet = wb.addWorksheet(layout.sheetPerTable ? 'Sheet1' : '统计表');
  let row = layout.origin?.row ?? 1;
  const column0 = layout.origin?.column ?? 1;
  if (layout.titleBlock) {
    sheet.getCell(row, column0).value = `${full.agency}${full.year}年政府信息公开工作年度报告`;
    sheet.mergeCells(row, column0, row, column0 + 6);
    sheet.getCell(row + 1, column0).value = `填报单位（盖章）：${full.agency}`;
    sheet.getCell(row + 1, column0 + 5).value = `填报时间：${full.year + 1}年1月20日`;
    row += 4;
  }
  for (const [k, table] of TABLES.entries()) {
    if (layout.sheetPerTable && k > 0) {
      sheet = wb.addWorksheet(`Sheet${k + 1}`);
      row = layout.origin?.row ?? 1;
    }
    const t = template.tables[table];
    if (layout.headings) {
      const section = template.sections.find((s) => s.kind === 'table' && s.table === table)!;
      sheet.getCell(row, column0).value = section.heading;
      row += 1;
    }
    const grid = layoutGrid(t);
    const position = new Map<CellId, string>();
    grid.forEach((line, r) =>
      line.forEach((slot, c) => {
        if (slot.anchor && slot.cell.type === 'value')
          position.set(slot.cell.cell, sheet.getCell(row + r, column0 + c).address);
      }),
    );
    grid.forEach((line, r) =>
      line.forEach((slot, c) => {
        if (!slot.anchor) return;
        const cell = sheet.getCell(row + r, column0 + c);
        const spanR = slot.cell.rowSpan ?? 1;
        const spanC = slot.cell.colSpan ?? 1;
        if (spanR > 1 || spanC > 1)
          sheet.mergeCells(row + r, column0 + c, row + r + spanR - 1, column0 + c + spanC - 1);
        if (slot.cell.type !== 'value') {
          cell.value = slot.cell.text;
          return;
        }
        const id = slot.cell.cell;
        const value = getCellValue(full, id) ?? null;
        const meta = t.cells.find((x) => x.id === id)!;
        if (layout.cells && Object.hasOwn(layout.cells, id)) cell.value = layout.cells[id]!;
        else if (layout.asText?.includes(id)) cell.value = value === null ? '' : String(value);
        else if (layout.formulas && meta.sumOf && value !== null)
          cell.value = {
            formula: `SUM(${meta.sumOf.map((x) => position.get(x)!).join(',')})`,
            result: value,
          };
        else cell.value = value;
      }),
    );
    row += grid.length;
    if (layout.extraRows && table === 'requests') {
      sheet.getCell(row, column0).value = '备注：本表数据截至12月31日。';
      row += 1;
    }
    row += 2;
  }
  if (layout.extraRows) {
    sheet.getCell(row, column0).value = '制表人：张三';
    sheet.getCell(row, column0 + 4).value = '审核人：李四';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Our template filled in by a script: each entered cell of the report written into its cell of
 * the template (totals left to the formulas, uncalculated), the agency on the cover sheet.
 */
export async function fillTemplate(
  templateBytes: Uint8Array,
  report: Report,
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    templateBytes.buffer.slice(
      templateBytes.byteOffset,
      templateBytes.byteOffset + templateBytes.byteLength,
    ) as ArrayBuffer,
  );
  for (const { cell, sheet, address } of templateCellAddresses(report.format)) {
    if (cell.sumOf) continue;
    wb.getWorksheet(sheet)!.getCell(address).value = getCellValue(report, cell.id) ?? null;
  }
  wb.getWorksheet('填报说明')!.getCell('B3').value = report.agency;
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
