/**
 * Builds our .xlsx with exceljs: a cover sheet (填报单位, year, format, how to fill it in), one
 * sheet per official table laid out as the printed form (merged headers and row groups, exact
 * labels from the templates, widths that fit, A4 print setup), the narrative, and the hidden
 * identity block. Entered cells are unlocked; derived totals are formulas with their results
 * cached and locked; every sheet is protected without a password (a clerk can lift it in Excel).
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import {
  allCells,
  createEmptyReport,
  FORMAT_WORDS,
  getCellValue,
  getTemplate,
  layoutGrid,
  REPORT_SCHEMA_ID,
  withTotals,
  XLSX_WORDS,
  type CellKind,
  type CellTemplate,
  type FormatId,
  type LayoutCell,
  type Report,
  type TableId,
} from '../../../domain/index.ts';
import { loadExcelJs } from './exceljs.ts';
import {
  address,
  cellPositions,
  columnLetter,
  COVER_AGENCY,
  COVER_SHEET,
  IDENTITY_SHEET,
  identityRow,
  NARRATIVE_FIRST_ROW,
  NARRATIVE_SHEET,
  TABLE_FIRST_COLUMN,
  TABLE_FIRST_ROW,
  TABLE_IDS,
  tableSheetName,
  XLSX_SCHEMA_ID,
  type IdentityKey,
} from './sheet-layout.ts';

export const FONT = '宋体';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DERIVED_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFE7E6E6' },
};
export const HEADER_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFF2F2F2' },
};
/** Excel's limit on the text of one cell. */
const MAX_CELL_TEXT = 32_000;

/** Display width of a text in Excel's column units: a Chinese character is about two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2.1 : 1.1;
  return w;
}

const VALIDATION: Readonly<Record<CellKind, { readonly prompt: string }>> = {
  count: { prompt: XLSX_WORDS.countRule },
  signed: { prompt: XLSX_WORDS.signedRule },
  money: { prompt: XLSX_WORDS.moneyRule },
};

function validate(cell: Cell, kind: CellKind): void {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: XLSX_WORDS.invalidTitle,
    error: VALIDATION[kind].prompt,
  };
  cell.dataValidation =
    kind === 'count'
      ? { ...common, type: 'whole', operator: 'between', formulae: [0, 1e9] }
      : kind === 'signed'
        ? { ...common, type: 'whole', operator: 'between', formulae: [-1e9, 1e9] }
        : { ...common, type: 'decimal', operator: 'between', formulae: [0, 1e9] };
}

export async function protect(sheet: Worksheet): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

export function a4(
  sheet: Worksheet,
  landscape: boolean,
  lastColumn: number,
  lastRow: number,
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printArea: `A1:${address(lastRow, lastColumn)}`,
  };
}

const layoutText = (cell: LayoutCell): string => (cell.type === 'value' ? '' : cell.text);

/** Column widths that fit the labels (wrapped past a maximum) and the figures. */
function columnWidths(template: ReturnType<typeof getTemplate>, table: TableId): number[] {
  const t = template.tables[table];
  const grid = layoutGrid(t);
  const widths = new Array<number>(t.columnCount).fill(0);
  const valueColumn = new Array<boolean>(t.columnCount).fill(false);
  grid.forEach((line) =>
    line.forEach((slot, c) => {
      if (slot.cell.type === 'value') valueColumn[c] = true;
      if (!slot.anchor || (slot.cell.colSpan ?? 1) > 1) return;
      const text = layoutText(slot.cell);
      widths[c] = Math.max(widths[c]!, textWidth(text) + 2);
    }),
  );
  return widths.map((w, c) =>
    valueColumn[c] ? Math.min(Math.max(w, 10), 14) : Math.min(Math.max(w, 8), 34),
  );
}

/** Writes table `table` of `report` as its printed form. */
async function addTableSheet(wb: Workbook, report: Report, table: TableId): Promise<void> {
  const template = getTemplate(report.format);
  const t = template.tables[table];
  const sheet = wb.addWorksheet(tableSheetName(table), {
    views: [{ state: 'frozen', ySplit: TABLE_FIRST_ROW - 1 + t.headerRowCount, xSplit: 0 }],
  });
  const widths = columnWidths(template, table);
  widths.forEach((w, c) => (sheet.getColumn(TABLE_FIRST_COLUMN + c).width = w));
  const lastColumn = TABLE_FIRST_COLUMN + t.columnCount - 1;
  const section = template.sections.find((s) => s.kind === 'table' && s.table === table);

  sheet.mergeCells(1, 1, 1, lastColumn);
  const heading = sheet.getCell(1, 1);
  heading.value = section?.heading ?? tableSheetName(table);
  heading.font = { name: FONT, size: 14, bold: true };
  heading.alignment = { vertical: 'middle', horizontal: 'left' };
  sheet.getRow(1).height = 24;
  sheet.mergeCells(2, 1, 2, lastColumn);
  const agencyLine = sheet.getCell(2, 1);
  const suffix = `${XLSX_WORDS.gap}${XLSX_WORDS.year}：${report.year}`;
  agencyLine.value = {
    formula: `"${XLSX_WORDS.agency}："&'${COVER_SHEET}'!${address(COVER_AGENCY.row, COVER_AGENCY.column)}&"${suffix}"`,
    result: `${XLSX_WORDS.agency}：${report.agency}${suffix}`,
  };
  agencyLine.font = { name: FONT, size: 11 };

  const positions = cellPositions(template, table);
  const cells = new Map<string, CellTemplate>(t.cells.map((c) => [c.id, c]));
  const grid = layoutGrid(t);
  const rowLines = new Array<number>(grid.length).fill(1);
  grid.forEach((line, r) =>
    line.forEach((slot, c) => {
      const row = TABLE_FIRST_ROW + r;
      const column = TABLE_FIRST_COLUMN + c;
      const cell = sheet.getCell(row, column);
      cell.border = BORDER;
      if (!slot.anchor) return;
      const rowSpan = slot.cell.rowSpan ?? 1;
      const colSpan = slot.cell.colSpan ?? 1;
      if (rowSpan > 1 || colSpan > 1)
        sheet.mergeCells(row, column, row + rowSpan - 1, column + colSpan - 1);
      const layout = slot.cell;
      if (layout.type === 'value') {
        const meta = cells.get(layout.cell)!;
        const value = getCellValue(report, meta.id) ?? null;
        cell.numFmt = meta.kind === 'money' ? '0.####' : '0';
        cell.alignment = { vertical: 'middle', horizontal: 'center' };
        cell.font = { name: FONT, size: 11 };
        if (meta.sumOf) {
          const formula = meta.sumOf.map((id) => positions.get(id)!.address).join('+');
          cell.value = value === null ? { formula } : { formula, result: value };
          cell.fill = DERIVED_FILL;
          cell.protection = { locked: true };
        } else {
          cell.value = value;
          cell.protection = { locked: false };
          validate(cell, meta.kind);
        }
        return;
      }
      const text = layout.text;
      cell.value = text;
      const header = layout.type !== 'label';
      cell.font = {
        name: FONT,
        size: layout.type === 'note' ? 9 : 10.5,
        bold: layout.type === 'header',
      };
      cell.alignment = {
        vertical: 'middle',
        horizontal: layout.type === 'label' ? 'left' : 'center',
        wrapText: true,
      };
      if (header) cell.fill = HEADER_FILL;
      let span = 0;
      for (let k = 0; k < colSpan; k++) span += widths[c + k] ?? 10;
      const lines = Math.ceil(textWidth(text) / Math.max(span - 1, 4));
      rowLines[r] = Math.max(rowLines[r]!, Math.ceil(lines / rowSpan));
    }),
  );
  rowLines.forEach((n, r) => (sheet.getRow(TABLE_FIRST_ROW + r).height = Math.max(20, n * 14 + 6)));
  const lastRow = TABLE_FIRST_ROW + grid.length - 1;
  if (t.headerRowCount > 0)
    sheet.pageSetup.printTitlesRow = `${TABLE_FIRST_ROW}:${TABLE_FIRST_ROW + t.headerRowCount - 1}`;
  a4(sheet, t.columnCount > 6, lastColumn, lastRow);
  await protect(sheet);
}

/** A sheet of a label column and a text column under a title spanning both. */
function twoColumnSheet(
  wb: Workbook,
  name: string,
  widths: readonly [number, number],
  heading: string,
  size: number,
): { sheet: Worksheet; title: Cell } {
  const sheet = wb.addWorksheet(name);
  sheet.getColumn(1).width = widths[0];
  sheet.getColumn(2).width = widths[1];
  sheet.mergeCells(1, 1, 1, 2);
  const title = sheet.getCell(1, 1);
  title.value = heading;
  title.font = { name: FONT, size, bold: true };
  return { sheet, title };
}

async function addCoverSheet(wb: Workbook, report: Report): Promise<void> {
  const { sheet, title } = twoColumnSheet(
    wb,
    COVER_SHEET,
    [14, 70],
    `${report.year}${XLSX_WORDS.coverTitle}`,
    16,
  );
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const field = (row: number, label: string, value: string | number, entered: boolean): void => {
    const l = sheet.getCell(row, 1);
    l.value = label;
    l.font = { name: FONT, size: 11, bold: true };
    l.border = BORDER;
    l.fill = HEADER_FILL;
    l.alignment = { vertical: 'middle' };
    const v = sheet.getCell(row, 2);
    v.value = value;
    v.font = { name: FONT, size: 11 };
    v.border = BORDER;
    v.alignment = { horizontal: 'left', vertical: 'middle' };
    v.protection = { locked: !entered };
    if (!entered) v.fill = DERIVED_FILL;
    sheet.getRow(row).height = 22;
  };
  field(COVER_AGENCY.row, XLSX_WORDS.agency, report.agency, true);
  field(COVER_AGENCY.row + 1, XLSX_WORDS.year, report.year, false);
  field(COVER_AGENCY.row + 2, XLSX_WORDS.format, FORMAT_WORDS[report.format], false);
  XLSX_WORDS.instructions.forEach((line, i) => {
    const row = COVER_AGENCY.row + 4 + i;
    sheet.mergeCells(row, 1, row, 2);
    const cell = sheet.getCell(row, 1);
    cell.value = line;
    cell.font = { name: FONT, size: 10.5, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = Math.max(18, Math.ceil(textWidth(line) / 80) * 15);
  });
  a4(sheet, false, 2, COVER_AGENCY.row + 4 + XLSX_WORDS.instructions.length);
  await protect(sheet);
}

/** The parts of the narrative in the order of the report, with the heading printed for each. */
export function narrativeParts(format: FormatId): readonly {
  readonly key: 'preamble' | 'overview' | 'problems' | 'other';
  readonly heading: string;
}[] {
  const template = getTemplate(format);
  return [
    { key: template.preamble.narrative, heading: template.preamble.label },
    ...template.sections.flatMap((s) =>
      s.kind === 'narrative' ? [{ key: s.narrative, heading: s.heading }] : [],
    ),
  ];
}

async function addNarrativeSheet(wb: Workbook, report: Report): Promise<void> {
  const { sheet } = twoColumnSheet(wb, NARRATIVE_SHEET, [24, 100], XLSX_WORDS.narrativeTitle, 12);
  let row = NARRATIVE_FIRST_ROW;
  for (const part of narrativeParts(report.format)) {
    const text = report.narrative?.[part.key] ?? '';
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += MAX_CELL_TEXT)
      chunks.push(text.slice(at, at + MAX_CELL_TEXT));
    if (chunks.length === 0) chunks.push('');
    chunks.forEach((chunk, i) => {
      const label = sheet.getCell(row, 1);
      label.value = i === 0 ? part.heading : XLSX_WORDS.continued;
      label.font = { name: FONT, size: 11, bold: true };
      label.alignment = { vertical: 'top', wrapText: true };
      label.border = BORDER;
      label.fill = HEADER_FILL;
      const cell = sheet.getCell(row, 2);
      cell.value = chunk;
      cell.font = { name: FONT, size: 11 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
      cell.protection = { locked: false };
      const lines = chunk
        .split('\n')
        .reduce((n, l) => n + Math.max(1, Math.ceil(textWidth(l) / 98)), 0);
      sheet.getRow(row).height = Math.min(409, Math.max(60, lines * 15));
      row++;
    });
  }
  a4(sheet, false, 2, row - 1);
  await protect(sheet);
}

function addIdentitySheet(wb: Workbook, report: Report): void {
  const sheet = wb.addWorksheet(IDENTITY_SHEET, { state: 'hidden' });
  const values: Record<IdentityKey, string | number> = {
    schema: XLSX_SCHEMA_ID,
    report: REPORT_SCHEMA_ID,
    format: report.format,
    year: report.year,
    agency: report.agency,
  };
  for (const [key, value] of Object.entries(values)) {
    const row = identityRow(key as IdentityKey);
    sheet.getCell(row, 1).value = key;
    sheet.getCell(row, 2).value = value;
  }
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 30;
}

/** A new, empty workbook: Excel and WPS recalculate its formulas when they open it. */
export async function newWorkbook(title: string): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xxgk-nianbao';
  wb.title = title;
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/** Our sheets for `report` (derived totals recomputed), added to `wb`. */
export async function addReportSheets(wb: Workbook, report: Report): Promise<void> {
  const full = withTotals(report);
  await addCoverSheet(wb, full);
  for (const table of TABLE_IDS) await addTableSheet(wb, full, table);
  await addNarrativeSheet(wb, full);
  addIdentitySheet(wb, full);
}

/** A new workbook with our sheets for `report`. */
export async function buildReportWorkbook(report: Report): Promise<Workbook> {
  const wb = await newWorkbook(`${report.agency}${report.year}${XLSX_WORDS.coverTitle}`);
  await addReportSheets(wb, report);
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  // exceljs gives a Node Buffer (a view, copied here) or, in the browser, an ArrayBuffer.
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The report as our .xlsx: the official tables as the printed form, totals as formulas. */
export async function renderXlsx(report: Report): Promise<Uint8Array<ArrayBuffer>> {
  return workbookBytes(await buildReportWorkbook(report));
}

export interface XlsxTemplateOptions {
  readonly format?: FormatId;
  readonly year: number;
  /** Empty: the department writes its name on the cover sheet. */
  readonly agency?: string;
}

/** An empty template to send out (下发填报模板): every cell empty, the totals as formulas. */
export function renderXlsxTemplate({
  format,
  year,
  agency = '',
}: XlsxTemplateOptions): Promise<Uint8Array<ArrayBuffer>> {
  return renderXlsx(createEmptyReport({ year, agency, ...(format ? { format } : {}) }));
}

/** Every data cell of a format with its sheet and address, e.g. for filling a template by script. */
export function templateCellAddresses(
  format: FormatId,
): readonly { readonly cell: CellTemplate; readonly sheet: string; readonly address: string }[] {
  const template = getTemplate(format);
  const positions = new Map(TABLE_IDS.map((t) => [t, cellPositions(template, t)]));
  return allCells(template).map((cell) => ({
    cell,
    sheet: tableSheetName(cell.table),
    address: positions.get(cell.table)!.get(cell.id)!.address,
  }));
}

export { columnLetter };
