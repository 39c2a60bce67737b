/**
 * The .xlsx importer through the dispatcher, with real workbooks: our export and template
 * (filled by a script), workbooks laid out as offices make them, and every kind of bad input.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { withTotals, type Report } from '../../../domain/index.ts';
import { loadFixture } from '../../../domain/test-support/fixtures.ts';
import { renderXlsx, renderXlsxTemplate } from '../../export/xlsx/index.ts';
import { importReportFile } from '../import-file.ts';
import { expectImportedAs, SEED_NAMES } from '../test-support/realistic/seeds.ts';
import type { ImportResult } from '../import.types.ts';
import { fillTemplate, officeWorkbook, type OfficeLayout } from './test-support.ts';
import { noteMessage } from '../../../domain/wording/notes/index.ts';

// exceljs loads and a workbook is written or read in each test: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const ok = (result: ImportResult): Extract<ImportResult, { ok: true }> => {
  if (!result.ok) throw new Error(result.reason);
  return result;
};

const notInfo = (result: Extract<ImportResult, { ok: true }>): string[] =>
  result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${noteMessage(f)}`);

async function edited(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each(SEED_NAMES)('%s as our .xlsx', (seed) => {
  it('reads back as the same report, narrative included, with nothing to flag', async () => {
    const original = loadFixture(seed);
    const { kind, result } = await importReportFile(await renderXlsx(original), {
      name: `${seed}.xlsx`,
    });
    expect(kind).toBe('xlsx');
    const back = ok(result);
    const expected = withTotals(original);
    for (const key of ['format', 'year', 'agency', 'active', 'requests', 'reviews'] as const)
      expect(back.report[key], key).toEqual(expected[key]);
    expect(back.report.narrative).toEqual(expected.narrative);
    expect(back.findings).toEqual([]);
    expect(back.source.uncertainCells).toEqual([]);
    expect(back.source.format.how).toBe('field');
  });

  it('an empty template filled in by a script (totals never calculated) imports with no findings', async () => {
    const original = loadFixture(seed);
    const template = await renderXlsxTemplate({ year: original.year, format: original.format });
    const { result } = await importReportFile(await fillTemplate(template, original), {
      name: `${seed}-filled.xlsx`,
    });
    // The script fills the tables only.
    expectImportedAs(result, original, { narrative: () => '' });
    expect(ok(result).findings).toEqual([]);
  });
});

describe('an empty template', () => {
  it('reads as an empty report of its year and format, asking for the agency', async () => {
    const { result } = await importReportFile(await renderXlsxTemplate({ year: 2025 }), {
      name: 'template.xlsx',
    });
    const back = ok(result);
    expect([back.report.format, back.report.year, back.report.agency]).toEqual(['2021', 2025, '']);
    expect(back.report.requests.newReceived.total).toBeNull();
    expect(back.findings).toEqual([
      {
        code: 'import.agency.missing',
        severity: 'warning',
        cells: [],
        params: { from: 'cover', sheet: '填报说明' },
      },
    ]);
    expect(noteMessage(back.findings[0]!)).toBe(
      '“填报说明”工作表的“填报单位”没有填写，请补填机关名称',
    );
  });
});

describe('workbooks laid out as offices make them, read by their labels', () => {
  const layouts: readonly (readonly [string, OfficeLayout])[] = [
    ['the tables one under another from A1', {}],
    [
      'a title block, headings, tables from column C, SUM formulas, a 备注 row, figures stored as text',
      {
        titleBlock: true,
        origin: { row: 2, column: 3 },
        headings: true,
        formulas: true,
        extraRows: true,
        asText: ['requests.newReceived.naturalPerson', 'reviews.reconsideration.pending'],
      },
    ],
    [
      'each table on a sheet of its own, from B3',
      { sheetPerTable: true, origin: { row: 3, column: 2 } },
    ],
  ];
  describe.each(SEED_NAMES)('%s', (seed) => {
    it.each(layouts)('%s: every figure right', async (_, layout) => {
      const report = loadFixture(seed);
      const { kind, result } = await importReportFile(await officeWorkbook(report, layout), {
        name: `${seed}.xlsx`,
        year: report.year,
        agency: report.agency,
      });
      expect(kind).toBe('xlsx');
      // 2019's 采购总金额 prints no unit in its column: read as 万元 and flagged, as for any import.
      const unit = seed === 'mfa-2020' ? ['active.procurement.amount'] : [];
      expectImportedAs(result, report, {
        narrative: () => '',
        findings: unit.map(() => 'import.figure.unit'),
        uncertain: unit,
      });
    });
  });

  it('finds the year and agency in the title block', async () => {
    const report = loadFixture('mfa-2024');
    const { result } = await importReportFile(
      await officeWorkbook(report, { titleBlock: true, headings: true }),
      { name: 'office.xlsx' },
    );
    const back = ok(result);
    expect([back.report.year, back.report.agency]).toEqual([2024, '外交部']);
  });
});

describe('bad cells are flagged, the rest read', () => {
  const report: Report = loadFixture('mfa-2024');

  it('a formula error (#REF!) in our template: that cell empty and flagged', async () => {
    const template = await renderXlsxTemplate({ year: 2024 });
    const bytes = await fillTemplate(template, report, (wb) => {
      wb.getWorksheet('表三（依申请公开）')!.getCell('D7').value = {
        formula: '#REF!+1',
        result: { error: '#REF!' },
      };
    });
    const back = ok((await importReportFile(bytes, { name: 'ref.xlsx' })).result);
    expect(back.report.requests.newReceived.naturalPerson).toBeNull();
    expect(back.source.uncertainCells).toEqual(['requests.newReceived.naturalPerson']);
    expect(notInfo(back)).toEqual([
      expect.stringMatching(/^import\.figure\.unreadable: .*D7.*#REF!/u),
    ]);
    expect(back.findings.find((f) => f.code === 'import.figure.unreadable')).toMatchObject({
      cells: ['requests.newReceived.naturalPerson'],
      params: { in: 'formula', sheet: '表三（依申请公开）', address: 'D7', error: '#REF!' },
      source: { path: '表三（依申请公开）!D7', text: '#REF!' },
    });
  });

  it('text in a number cell of our template: that cell empty and flagged', async () => {
    const template = await renderXlsxTemplate({ year: 2024 });
    const bytes = await fillTemplate(template, report, (wb) => {
      wb.getWorksheet('表四（复议诉讼）')!.getCell('A7').value = '九件';
    });
    const back = ok((await importReportFile(bytes, { name: 'text.xlsx' })).result);
    expect(back.report.reviews.reconsideration.upheld).toBeNull();
    expect(back.source.uncertainCells).toEqual(['reviews.reconsideration.upheld']);
    expect(notInfo(back)).toEqual([
      expect.stringMatching(/^import\.figure\.unreadable: .*A7.*九件/u),
    ]);
  });

  it('a total typed over its formula that disagrees with its items is kept and flagged', async () => {
    const bytes = await edited(await renderXlsx(report), (wb) => {
      wb.getWorksheet('表三（依申请公开）')!.getCell('J7').value = 90;
    });
    const back = ok((await importReportFile(bytes, { name: 'typed.xlsx' })).result);
    expect(back.report.requests.newReceived.total).toBe(90);
    expect(notInfo(back)).toEqual([expect.stringMatching(/^import\.totals\.mismatch: /u)]);
  });

  it('a formula error in an office workbook: the figure empty and both flagged', async () => {
    const bytes = await officeWorkbook(report, {
      cells: {
        'requests.carriedOver.naturalPerson': { formula: 'A1/0', result: { error: '#DIV/0!' } },
      },
    });
    const back = ok(
      (await importReportFile(bytes, { name: 'office.xlsx', year: 2024, agency: '外交部' })).result,
    );
    expect(back.report.requests.carriedOver.naturalPerson).toBeNull();
    expect(back.source.uncertainCells).toContain('requests.carriedOver.naturalPerson');
    expect(back.findings.find((f) => f.code === 'import.xlsx.formulaError')).toMatchObject({
      severity: 'error',
      params: { count: 1, errors: [expect.stringContaining('#DIV/0!')] },
    });
    expect(back.report.requests.newReceived).toEqual(withTotals(report).requests.newReceived);
  });
});

describe('files that are refused with one line of Chinese', () => {
  const refused = async (bytes: Uint8Array, name: string): Promise<string> => {
    const { result } = await importReportFile(bytes, { name });
    if (result.ok) throw new Error(`${name} was read`);
    expect(result.reason).not.toContain('\n');
    return result.reason;
  };

  /** An OLE compound file's header and a directory entry named `stream` (UTF-16), as Office writes them. */
  const ole = (stream: string): Uint8Array => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...stream].forEach((c, i) => (bytes[1024 + 2 * i] = c.charCodeAt(0)));
    return bytes;
  };

  it('a workbook with a password (Office wraps it in an OLE file with an EncryptedPackage)', async () => {
    expect(await refused(ole('EncryptedPackage'), '统计表.xlsx')).toMatch(/加密/u);
  });
  it('an Excel 97–2003 .xls', async () => {
    expect(await refused(ole('Workbook'), '统计表.xls')).toMatch(
      /旧版 Excel（\.xls）.*另存为 \.xlsx/u,
    );
  });
  it('a WPS .et file', async () => {
    expect(await refused(ole('Workbook'), '统计表.et')).toMatch(/WPS 表格（\.et）/u);
  });
  it('a zip bomb: xl/workbook.xml beside a part that inflates past the limit', async () => {
    const bytes = zipSync(
      {
        'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
        'xl/big.xml': new Uint8Array(60 * 1024 * 1024),
      },
      { level: 9 },
    );
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await refused(bytes, 'bomb.xlsx')).toMatch(/解压后超过 50 MB/u);
  });
  it('a damaged workbook', async () => {
    const bytes = (await renderXlsx(loadFixture('mfa-2024'))).slice(0, 6000);
    expect(await refused(bytes, 'broken.xlsx')).toMatch(/损坏/u);
  });
  it('a workbook without the tables', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    sheet.addRows([
      ['姓名', '科室', '电话'],
      ['张三', '办公室', 12345678],
      ['李四', '法规科', 87654321],
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await refused(bytes, '名单.xlsx')).toMatch(/没有找到年度报告的统计表/u);
  });
});
