/**
 * Word and Excel files as zips, through the app's entry for a chosen file (importReportFile):
 * streamed zips (sizes after the data) read like any other; hostile or broken ones are refused in
 * the exact line the user sees, quickly, and a good file read right after is unaffected.
 */
import { unzipSync, type Zippable } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../export/docx/render-docx.ts';
import { buildReportDocument } from '../export/report-document.ts';
import { renderXlsx } from '../export/xlsx/index.ts';
import {
  centralHeader,
  decoyBeforeBomb,
  lieAboutSize,
  localHeader,
  overlappingBomb,
  setEncrypted,
  streamedZip,
} from '../read/zip-test-support.ts';
import { docxPackage, documentXml, paragraph } from './docx/test-support.ts';
import { importReportFile } from './import-file.ts';
import { seedReport } from './html/test-support.ts';
import { expectImportedAs, SEED_NAMES } from './test-support/realistic/seeds.ts';

// exceljs loads for each workbook: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const MB = 1024 * 1024;
const seed = seedReport('mfa-2024');
const docx = (): Promise<Uint8Array> => renderDocx(buildReportDocument(seed));
const xlsx = (): Promise<Uint8Array> => renderXlsx(seed);
const restream = (bytes: Uint8Array): Uint8Array =>
  streamedZip(unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') }) as Zippable);

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const { result } = await importReportFile(bytes, { name });
  if (result.ok) throw new Error(`${name} was read`);
  return result.reason;
}

/** A good file read after a refusal is read exactly: the reader keeps nothing from the last one. */
async function expectStillReads(): Promise<void> {
  expectImportedAs((await importReportFile(await docx(), { name: 'a.docx' })).result, seed);
}

describe('streamed zips (data descriptors, as LibreOffice writes every part)', () => {
  it.each(SEED_NAMES)('%s as Word and as Excel, restreamed, reads exactly', async (name) => {
    const report = seedReport(name);
    const word = restream(await renderDocx(buildReportDocument(report)));
    const excel = restream(await renderXlsx(report));
    for (const bytes of [word, excel]) expect(localHeader(bytes, '_rels/.rels').flags & 8).toBe(8);
    const fromWord = await importReportFile(word, { name: `${name}.docx` });
    expect(fromWord.kind).toBe('docx');
    expectImportedAs(fromWord.result, report);
    const fromExcel = await importReportFile(excel, { name: `${name}.xlsx` });
    expect(fromExcel.kind).toBe('xlsx');
    expectImportedAs(fromExcel.result, report);
  });
});

describe('refused in one line', () => {
  it('a zip bomb whose headers lie about its size', async () => {
    const body = documentXml(paragraph('年'.repeat(20 * MB)));
    const word = lieAboutSize(docxPackage(body), 'word/document.xml');
    expect(word.length).toBeLessThan(MB);
    expect(await refusal(word, '炸弹.docx')).toBe(
      '“炸弹.docx”的正文解压后超过 50 MB，不像是一份年度报告（文件可能已损坏），未读取',
    );
    const excel = unzipSync(await xlsx()) as Zippable;
    excel['xl/media/image1.png'] = new Uint8Array(60 * MB);
    const bomb = lieAboutSize(streamedZip(excel), 'xl/media/image1.png');
    expect(bomb.length).toBeLessThan(MB);
    expect(await refusal(bomb, '炸弹.xlsx')).toBe(
      '“炸弹.xlsx”解压后超过 50 MB，不像是一份年度报告的表格（可能是恶意或损坏的文件），未读取',
    );
    await expectStillReads();
  });

  it('a bomb behind a harmless part of the same name (what exceljs would read)', async () => {
    const files = unzipSync(await xlsx(), { filter: (f) => !f.name.endsWith('/') }) as Zippable;
    const bomb = decoyBeforeBomb(files, 'xl/worksheets/sheet1.xml', 60 * MB);
    expect(bomb.length).toBeLessThan(MB);
    expect(await refusal(bomb, '诱饵.xlsx')).toBe(
      '“诱饵.xlsx”解压后超过 50 MB，不像是一份年度报告的表格（可能是恶意或损坏的文件），未读取',
    );
    await expectStillReads();
  });

  it('a nested bomb: one kernel listed as many parts', async () => {
    const bomb = overlappingBomb(
      ['xl/workbook.xml', ...Array.from({ length: 99 }, (_, i) => `xl/p${i}.xml`)],
      10 * MB,
    );
    expect(await refusal(bomb, '嵌套.xlsx')).toBe(
      '“嵌套.xlsx”已损坏或不完整，无法作为 Excel 工作簿（.xlsx）读取',
    );
    const word = overlappingBomb(['word/document.xml', 'word/a.xml', 'word/b.xml'], 60 * MB);
    expect(await refusal(word, '嵌套.docx')).toBe(
      '“嵌套.docx”的正文解压后超过 50 MB，不像是一份年度报告（文件可能已损坏），未读取',
    );
    await expectStillReads();
  });

  it('an encrypted part', async () => {
    const word = setEncrypted(await docx(), 'word/document.xml');
    expect(await refusal(word, '加密.docx')).toBe(
      '“加密.docx”设有密码（已加密），请在 Word 或 WPS 中取消密码、另存后再导入',
    );
    const excel = setEncrypted(restream(await xlsx()), 'xl/worksheets/sheet2.xml');
    expect(await refusal(excel, '加密.xlsx')).toBe(
      '“加密.xlsx”设有密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入',
    );
    await expectStillReads();
  });

  it('a file cut short, even after the parts it needs', async () => {
    const cuts = (bytes: Uint8Array): Uint8Array[] => [
      bytes.slice(0, bytes.length - 40),
      bytes.slice(0, centralHeader(bytes, '_rels/.rels') + 10),
    ];
    for (const bytes of [await docx(), restream(await docx())])
      for (const cut of cuts(bytes))
        expect(await refusal(cut, '半个.docx')).toBe(
          '“半个.docx”已损坏或不完整，无法作为 Word 文档（.docx）读取',
        );
    for (const bytes of [await xlsx(), restream(await xlsx())])
      for (const cut of cuts(bytes))
        expect(await refusal(cut, '半个.xlsx')).toBe(
          '“半个.xlsx”已损坏或不完整，无法作为 Excel 工作簿（.xlsx）读取',
        );
    await expectStillReads();
  });
});
