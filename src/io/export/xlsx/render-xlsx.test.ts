/**
 * What a clerk sees when opening our .xlsx in Excel or WPS: the printed form (merged cells and
 * exact labels from the templates), entered cells open and totals locked formulas, the sheets
 * protected without a password, A4 print setup, the identity block hidden; and the 汇总 overview.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import {
  aggregateOverview,
  aggregateReports,
  getCellValue,
  getTemplate,
  layoutGrid,
  withTotals,
  type TableId,
} from '../../../domain/index.ts';
import { loadFixture } from '../../../domain/test-support/fixtures.ts';
import { importReportFile } from '../../import/import-file.ts';
import {
  renderOverviewXlsx,
  renderXlsx,
  renderXlsxTemplate,
  templateCellAddresses,
} from './index.ts';
import { address, TABLE_FIRST_ROW, tableSheetName } from './sheet-layout.ts';

// exceljs loads and a workbook is written or read in each test: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

const TABLES: readonly TableId[] = ['active', 'requests', 'reviews'];

describe.each(['mfa-2024', 'mfa-2020'] as const)('%s as .xlsx', (seed) => {
  const report = withTotals(loadFixture(seed));
  const template = getTemplate(report.format);

  it('lays each table out as the printed form: every label where the template puts it, merged as printed', async () => {
    const wb = await open(await renderXlsx(report));
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['填报说明', 'visible'],
      ...TABLES.map((t) => [tableSheetName(t), 'visible']),
      ['正文', 'visible'],
      ['xxgk', 'hidden'],
    ]);
    for (const table of TABLES) {
      const sheet = wb.getWorksheet(tableSheetName(table))!;
      const merges = new Set((sheet.model as { merges: string[] }).merges);
      layoutGrid(template.tables[table]).forEach((line, r) =>
        line.forEach((slot, c) => {
          if (!slot.anchor) return;
          const row = TABLE_FIRST_ROW + r;
          const cell = sheet.getCell(row, c + 1);
          if (slot.cell.type !== 'value') expect(cell.value, cell.address).toBe(slot.cell.text);
          const spanR = slot.cell.rowSpan ?? 1;
          const spanC = slot.cell.colSpan ?? 1;
          if (spanR > 1 || spanC > 1)
            expect(merges, cell.address).toContain(
              `${cell.address}:${address(row + spanR - 1, c + spanC)}`,
            );
        }),
      );
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      // Protected, and without a password (no hash): a clerk can lift it in Excel or WPS.
      const protection = (sheet.model as { sheetProtection?: Record<string, unknown> })
        .sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection).not.toHaveProperty('hashValue');
    }
  });

  it('writes entered cells as open numbers and totals as locked formulas with their results', async () => {
    const wb = await open(await renderXlsx(report));
    for (const { cell, sheet, address: at } of templateCellAddresses(report.format)) {
      const c = wb.getWorksheet(sheet)!.getCell(at);
      if (cell.sumOf) {
        expect(c.formula, cell.id).toMatch(/^[A-Z]+\d+(\+[A-Z]+\d+)+$/u);
        expect(c.result, cell.id).toBe(getCellValue(report, cell.id));
        expect(c.protection?.locked ?? true, cell.id).toBe(true);
      } else {
        expect(c.value, cell.id).toBe(getCellValue(report, cell.id));
        expect(c.protection?.locked, cell.id).toBe(false);
        expect(c.dataValidation?.type, cell.id).toBe(cell.kind === 'money' ? 'decimal' : 'whole');
      }
    }
  });
});

describe('the empty template', () => {
  it('has every entered cell empty and the agency to fill in on the cover sheet', async () => {
    const wb = await open(await renderXlsxTemplate({ year: 2020 }));
    const cover = wb.getWorksheet('填报说明')!;
    expect(cover.getCell('A3').value).toBe('填报单位');
    expect(cover.getCell('B3').protection?.locked).toBe(false);
    expect(cover.getCell('B4').value).toBe(2020);
    for (const { cell, sheet, address: at } of templateCellAddresses('2019')) {
      const c = wb.getWorksheet(sheet)!.getCell(at);
      if (cell.sumOf) expect(c.result, cell.id).toBeUndefined();
      else expect(c.value, cell.id).toBeNull();
    }
  });
});

describe('the 汇总 overview', () => {
  it('lists each department’s key figures with a 合计 row, then the summed report’s sheets', async () => {
    const a = loadFixture('mfa-2024');
    const b = { ...loadFixture('mfa-2024'), agency: '商务部' };
    const { report } = aggregateReports([a, b], { agency: '某某县人民政府办公室' });
    const overview = aggregateOverview([a, b], report);
    const bytes = await renderOverviewXlsx(report, overview);
    const wb = await open(bytes);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('汇总概况');
    const row = (r: number): unknown[] =>
      Array.from({ length: 9 }, (_, c) => {
        const cell = sheet.getCell(r, c + 1);
        return cell.formula ? cell.result : cell.value;
      });
    expect(row(3)).toEqual([
      '序号',
      '单位',
      '本年新收申请',
      '办理结果总计（办结）',
      '结转下年度',
      '行政复议',
      '行政诉讼',
      '错误',
      '待核实',
    ]);
    expect(row(4)).toEqual([1, '外交部', 82, 80, 3, 27, 0, 0, 0]);
    expect(row(5)).toEqual([2, '商务部', 82, 80, 3, 27, 0, 0, 0]);
    expect(row(6)).toEqual(['', '汇总', 164, 160, 6, 54, 0, 0, 0]);
    expect(sheet.getCell('C6').formula).toBe('SUM(C4:C5)');
    // The rest of the workbook is the summed report, read back as such.
    const { result } = await importReportFile(bytes, { name: '汇总.xlsx' });
    expect(result.ok && result.report.requests).toEqual(withTotals(report).requests);
    expect(result.ok && result.report.agency).toBe('某某县人民政府办公室');
  });
});
