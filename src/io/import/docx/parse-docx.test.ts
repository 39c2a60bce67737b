import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getCellValue, withTotals, type Report } from '../../../domain/index.ts';
import { renderDocx } from '../../export/docx/render-docx.ts';
import { buildReportDocument } from '../../export/report-document.ts';
import { importReportFile } from '../import-file.ts';
import type { ImportResult } from '../import.types.ts';
import { parseReportText } from '../text/parse-text.ts';
import { SYNTHETIC_2021 } from '../text/test-support.ts';
import {
  expectSameReport,
  publishedSeedReport,
  seedReport,
  syntheticReportHtml,
  type SeedName,
} from '../html/test-support.ts';
import { parseReportDocx, readReportDocx } from './parse-docx.ts';
import { centralHeader, localHeader } from '../../read/zip-test-support.ts';
import { docxPackage, documentXml, paragraph, wordBody } from './test-support.ts';

type Ok = Extract<ImportResult, { ok: true }>;

function ok(result: ImportResult): Ok {
  if (!result.ok) throw new Error(`import failed: ${result.reason}`);
  return result;
}

function refused(result: ImportResult): string {
  if (result.ok) throw new Error('expected the import to be refused');
  expect(result.reason).not.toContain('\n');
  expect(result.reason).toMatch(/\p{Script=Han}/u);
  return result.reason;
}

/** The synthetic report as the text importer reads it: what the Word version must give too. */
function syntheticReference(): Report {
  return ok(parseReportText(SYNTHETIC_2021)).report;
}

const synthetic = (options?: Parameters<typeof syntheticReportHtml>[0]): Uint8Array =>
  docxPackage(documentXml(wordBody(syntheticReportHtml(options))));

describe('round trip: our Word export reads back as the same report', () => {
  const cases: readonly (readonly [string, SeedName, () => Report])[] = [
    ['mfa-2024', 'mfa-2024', () => seedReport('mfa-2024')],
    ['mfa-2020', 'mfa-2020', () => seedReport('mfa-2020')],
    ['mfa-2024 with 落款 date and contact', 'mfa-2024', () => publishedSeedReport('mfa-2024')],
    ['mfa-2020 with 落款 date and contact', 'mfa-2020', () => publishedSeedReport('mfa-2020')],
  ];
  it.each(cases)('%s', async (_, name, make) => {
    const original = make();
    const bytes = await renderDocx(buildReportDocument(original));
    const { result, text } = readReportDocx(bytes, { name: `${name}.docx` });
    const back = ok(result);
    expectSameReport(back.report, original);
    expect(back.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(back.source).toMatchObject({
      kind: 'docx',
      name: `${name}.docx`,
      format: { value: original.format, how: 'labels' },
      year: { value: original.year, how: 'title' },
      // The title is printed on two lines: the agency above "2024年政府信息公开工作年度报告".
      agency: { value: original.agency, how: 'titleAbove' },
      uncertainCells: [],
      tables: ['active', 'requests', 'reviews'],
    });
    // Paragraphs stay paragraphs; the 落款 and the contact are not text of 六.
    expect(back.report.narrative).toEqual(original.narrative);
    expect(back.report.publication).toEqual(original.publication);
    // Where each figure came from: its line in the text read, and its table row in the document.
    const cell = back.source.cells.find((c) => c.cell === 'requests.newReceived.naturalPerson')!;
    expect(cell.source?.path).toMatch(/^w:tbl\[2\]\/w:tr\[\d+\]$/u);
    expect(text?.split('\n')[cell.source!.line! - 1]).toContain('一、本年新收政府信息公开申请数量');
  });
});

describe('tables read by structure', () => {
  it('reads a Word table with vertically merged group labels and spanned cells', () => {
    const result = ok(parseReportDocx(synthetic()));
    const reference = syntheticReference();
    for (const key of ['format', 'year', 'agency', 'active', 'requests', 'reviews'] as const)
      expect(result.report[key], key).toEqual(reference[key]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('accepts label variants: half-width brackets and spaces inside labels', () => {
    const result = ok(parseReportDocx(synthetic({ variants: true })));
    expect(result.report.requests).toEqual(syntheticReference().requests);
    expect(result.source.uncertainCells).toEqual([]);
  });

  it('puts （六） printed as one row into （六）3.其他, flagged', () => {
    const result = ok(parseReportDocx(synthetic({ collapsedOtherHandling: true })));
    const at = (id: string): unknown => getCellValue(result.report, id as never);
    expect(at('requests.results.otherHandling.other.naturalPerson')).toBe(1);
    expect(at('requests.results.otherHandling.noCorrection.naturalPerson')).toBeNull();
    expect(result.findings.map((f) => f.code)).toContain('import.group.collapsed');
    expect(result.source.uncertainCells).toContain(
      'requests.results.otherHandling.noCorrection.naturalPerson',
    );
  });

  it('keeps blank cells among figures in their columns, flagged', async () => {
    let report = seedReport('mfa-2024');
    report = {
      ...report,
      reviews: {
        ...report.reviews,
        reconsideration: { ...report.reviews.reconsideration, upheld: null, corrected: null },
      },
    } as Report;
    const back = ok(parseReportDocx(await renderDocx(buildReportDocument(report))));
    expect(back.report.reviews).toEqual(withTotals(report).reviews);
    expect(back.findings.map((f) => f.code)).toContain('import.table.blankCells');
    expect(back.source.uncertainCells).toEqual(
      expect.arrayContaining(['reviews.reconsideration.upheld']),
    );
  });
});

describe('the document as the reader sees it', () => {
  const html = syntheticReportHtml();
  const tables = wordBody(html.slice(html.indexOf('<p><strong>二、')));

  it('leaves out deleted, moved-away and hidden text and the fallback copy of drawings', () => {
    const body =
      paragraph('某某市某某局2023年政府信息公开工作年度报告') +
      paragraph('一、总体情况') +
      '<w:p><w:r><w:t>全年公开</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>DELETED</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>信息</w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>MOVED</w:t></w:r></w:moveFrom>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r><w:r><w:t xml:space="preserve"> 320 条。</w:t></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
      '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>FALLBACK</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>&lt;script&gt;&amp;</w:t></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>（一）</w:t></w:r></w:fldSimple><w:r><w:instrText>INSTRUCTION</w:instrText><w:t>主动公开。</w:t></w:r></w:p>' +
      tables;
    const footer = documentXml(paragraph('第 1 页')).replace(/w:document/gu, 'w:ftr');
    const { result, text } = readReportDocx(
      docxPackage(documentXml(body), { 'word/footer1.xml': footer }),
    );
    const report = ok(result).report;
    expect(report.narrative?.overview).toBe(
      '文本框\n全年公开信息 320 条。\n第一行\n第二行 <script>&\n（一）主动公开。',
    );
    for (const gone of ['DELETED', 'MOVED', 'HIDDEN', 'FALLBACK', 'INSTRUCTION', '第 1 页'])
      expect(text).not.toContain(gone);
  });

  it('reads a report laid out inside a one-cell table, its tables nested', () => {
    const inner = wordBody(syntheticReportHtml());
    const box = `<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${inner}<w:p/></w:tc></w:tr></w:tbl>`;
    const result = ok(parseReportDocx(docxPackage(documentXml(box))));
    expect(result.report.requests).toEqual(syntheticReference().requests);
    expect(result.report.narrative?.other).toBe('本年度未收取信息处理费。');
  });

  it('reads any prefix bound to the WordprocessingML namespace', () => {
    const xml = documentXml(wordBody(syntheticReportHtml()), 'ns0');
    expect(xml).toContain('<ns0:tbl>');
    expect(ok(parseReportDocx(docxPackage(xml))).report.requests).toEqual(
      syntheticReference().requests,
    );
  });

  it('follows the package relationships to the main part', () => {
    const bytes = docxPackage(
      documentXml(wordBody(syntheticReportHtml())),
      {},
      'word/document2.xml',
    );
    expect(ok(parseReportDocx(bytes)).report.year).toBe(2023);
  });

  it('leaves out a cover sheet before the title, saying so', () => {
    const body =
      paragraph('索引号：000014349/2024-00012') +
      paragraph('发布机构：某某市某某局') +
      paragraph('公开方式：主动公开') +
      wordBody(syntheticReportHtml());
    const result = ok(parseReportDocx(docxPackage(documentXml(body))));
    expect(result.report.agency).toBe('某某市某某局');
    expect(result.report.narrative?.preamble).toBe(
      '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
    );
    expect(result.findings.find((f) => f.code === 'import.docx.beforeTitle')?.params).toEqual({
      count: 3,
    });
  });
});

describe('input that is not a report gets one Chinese line, quickly', () => {
  const timed = (bytes: Uint8Array): string => {
    const started = performance.now();
    const reason = refused(parseReportDocx(bytes, { name: 'x.docx' }));
    expect(performance.now() - started).toBeLessThan(5000);
    return reason;
  };
  const letter = docxPackage(
    documentXml(
      [
        '关于召开年度工作会议的通知',
        '各科室：',
        '定于2024年1月10日上午9时召开全局年度工作会议，请准时参加。',
        '某某局办公室',
        '2024年1月5日',
      ]
        .map(paragraph)
        .join(''),
    ),
  );

  it('refuses empty, non-zip, other zips and other Office files', () => {
    expect(timed(new Uint8Array())).toContain('空文件');
    expect(timed(strToU8('just some text, not a zip at all'))).toContain('不是 Word 文档（.docx）');
    expect(timed(zipSync({ 'readme.txt': strToU8('hello') }))).toContain('不是 Word 文档（.docx）');
    expect(timed(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toContain('Excel');
    expect(timed(docxPackage('<html><body>not word</body></html>'))).toContain('不是 Word 文档');
  });

  it('refuses a Word document that is not an annual report', () => {
    expect(timed(letter)).toMatch(/^没有识别到年度报告的统计表/u);
  });

  it('refuses a truncated or damaged file', async () => {
    const bytes = await renderDocx(buildReportDocument(seedReport('mfa-2024')));
    expect(timed(bytes.slice(0, Math.floor(bytes.length / 2)))).toContain('损坏或不完整');
    const damaged = bytes.slice();
    const data = localHeader(damaged, 'word/document.xml').data;
    damaged.fill(0x55, data + 10, data + 400);
    expect(timed(damaged)).toContain('损坏');
  });

  it('refuses a directory that claims a huge size without inflating anything', () => {
    const bytes = letter.slice();
    const at = centralHeader(bytes, 'word/document.xml');
    new DataView(bytes.buffer).setUint32(at + 24, 0xfffffff0, true);
    expect(timed(bytes)).toContain('超过 50 MB');
  });

  it('stops a zip bomb whose directory lies about its size', () => {
    const bomb = docxPackage(documentXml(paragraph('年'.repeat(20 * 1024 * 1024))));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const at = centralHeader(bomb, 'word/document.xml');
    new DataView(bomb.buffer).setUint32(at + 24, 1000, true);
    expect(timed(bomb)).toContain('超过 50 MB');
  });

  it('refuses an encrypted entry and a file over 20 MB', () => {
    const bytes = letter.slice();
    const at = centralHeader(bytes, 'word/document.xml');
    bytes[at + 8] = bytes[at + 8]! | 1;
    expect(timed(bytes)).toContain('密码');
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(letter);
    expect(timed(big)).toContain('超过 20 MB');
  });

  it('refuses a document with no text', () => {
    expect(timed(docxPackage(documentXml('<w:p/><w:p><w:r><w:drawing/></w:r></w:p>')))).toContain(
      '没有文字',
    );
  });
});

describe('through the dispatcher (importReportFile)', () => {
  it('reads .docx bytes and shows the text it read', async () => {
    const original = seedReport('mfa-2020');
    const bytes = await renderDocx(buildReportDocument(original));
    const imported = await importReportFile(bytes, { name: 'mfa-2020.docx' });
    expect(imported.kind).toBe('docx');
    expectSameReport(ok(imported.result).report, original);
    expect(imported.sourceText?.split('\n').slice(0, 2)).toEqual([
      '外交部',
      '2020年政府信息公开工作年度报告',
    ]);
  });

  it('refuses a .docx that is not a report, naming the file', async () => {
    const imported = await importReportFile(zipSync({ 'a.txt': strToU8('a') }), {
      name: '通知.docx',
    });
    expect(imported.kind).toBe('docx');
    expect(refused(imported.result)).toContain('“通知.docx”不是 Word 文档（.docx）');
  });
});
