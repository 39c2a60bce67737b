/**
 * Our .xlsx in LibreOffice Calc: the formulas compute the same totals as the app when LibreOffice
 * recalculates the file, a template filled by a script and saved by LibreOffice imports with no
 * findings, and LibreOffice's .xls of it is refused with its reason.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getCellValue, withTotals } from '../../../domain/index.ts';
import { loadFixture } from '../../../domain/test-support/fixtures.ts';
import { renderXlsx, renderXlsxTemplate, templateCellAddresses } from '../../export/xlsx/index.ts';
import { convertWithLibreOffice, hasSoffice } from '../../test-support/libreoffice.ts';
import { localHeader } from '../../read/zip-test-support.ts';
import { importReportFile } from '../import-file.ts';
import { expectImportedAs, SEED_NAMES } from '../test-support/realistic/seeds.ts';
import { fillTemplate } from './test-support.ts';

// exceljs loads and a workbook is written or read in each test: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const skip = !hasSoffice() && !process.env.CI;
if (skip) console.warn('xlsx in LibreOffice: skipped, soffice not found');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

/** Our export with every formula's saved result made wrong (-1): only a recalculation can fix it. */
async function withWrongResults(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await load(bytes);
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula, result: -1 };
      }),
    ),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * LibreOffice keeps an .xlsx's saved results by default; its private profile (in `outDir`, as
 * convertWithLibreOffice sets it up) is told to recalculate every formula on load instead.
 */
async function recalculateOnLoad(outDir: string): Promise<void> {
  const user = path.join(outDir, 'profile', 'user');
  await mkdir(user, { recursive: true });
  await writeFile(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}

describe.skipIf(skip)('our .xlsx recalculated and saved by LibreOffice', () => {
  let dir = '';
  const out = new Map<string, Uint8Array>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'xxgk-xlsx-lo-'));
    const files: Record<string, Uint8Array> = {};
    for (const seed of SEED_NAMES) {
      const report = loadFixture(seed);
      files[`${seed}-export`] = await withWrongResults(await renderXlsx(report));
      const template = await renderXlsxTemplate({ year: report.year, format: report.format });
      files[`${seed}-filled`] = await fillTemplate(template, report);
    }
    const paths: string[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(dir, `${name}.xlsx`);
      await writeFile(file, bytes);
      paths.push(file);
    }
    await recalculateOnLoad(path.join(dir, 'out'));
    await convertWithLibreOffice(paths, path.join(dir, 'out'), 'xlsx');
    await convertWithLibreOffice([paths[0]!], path.join(dir, 'xls'), 'xls');
    for (const name of Object.keys(files))
      out.set(name, new Uint8Array(await readFile(path.join(dir, 'out', `${name}.xlsx`))));
    out.set(
      'xls',
      new Uint8Array(await readFile(path.join(dir, 'xls', `${SEED_NAMES[0]}-export.xls`))),
    );
  }, 180_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe.each(SEED_NAMES)('%s', (seed) => {
    it('every total formula computes the app’s total', async () => {
      const expected = withTotals(loadFixture(seed));
      const wb = await load(out.get(`${seed}-export`)!);
      const totals = templateCellAddresses(expected.format).filter(({ cell }) => cell.sumOf);
      expect(totals.length).toBeGreaterThan(30);
      for (const { cell, sheet, address } of totals) {
        const c = wb.getWorksheet(sheet)!.getCell(address);
        expect(c.formula, `${sheet}!${address}`).toBeTruthy();
        expect(c.result, `${cell.id} at ${sheet}!${address}`).toBe(getCellValue(expected, cell.id));
      }
    });

    it('the recalculated export imports as the same report, nothing flagged', async () => {
      const original = loadFixture(seed);
      const bytes = out.get(`${seed}-export`)!;
      // LibreOffice writes each part's sizes after its data (a data descriptor), unlike exceljs.
      expect(localHeader(bytes, 'xl/workbook.xml').flags & 8).toBe(8);
      const { kind, result } = await importReportFile(bytes, { name: `${seed}.xlsx` });
      expect(kind).toBe('xlsx');
      expectImportedAs(result, original);
      expect(result.ok && result.findings).toEqual([]);
    });

    it('the template filled by a script and saved by LibreOffice imports with no findings', async () => {
      const original = loadFixture(seed);
      const { result } = await importReportFile(out.get(`${seed}-filled`)!, {
        name: `${seed}-filled.xlsx`,
      });
      expectImportedAs(result, original, { narrative: () => '' });
      expect(result.ok && result.findings).toEqual([]);
    });
  });

  it('LibreOffice’s .xls of it is refused, saying to save it as .xlsx', async () => {
    const { result } = await importReportFile(out.get('xls')!, { name: '统计表.xls' });
    expect(result.ok ? '' : result.reason).toMatch(/旧版 Excel（\.xls）.*另存为 \.xlsx/u);
    // The same bytes under a name that says nothing: recognised from the bytes.
    const unnamed = await importReportFile(out.get('xls')!, { name: '统计表' });
    expect(unnamed.result.ok ? '' : unnamed.result.reason).toMatch(/旧版 Excel（\.xls）/u);
  });
});
