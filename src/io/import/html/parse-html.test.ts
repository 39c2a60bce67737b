import { describe, expect, it } from 'vitest';
import { getCellValue, type CellId, type Report } from '../../../domain/index.ts';
import { renderHtml } from '../../export/html/render-html.ts';
import { buildReportDocument } from '../../export/report-document.ts';
import { importReportFile, importReportText } from '../import-file.ts';
import type { ImportResult } from '../import.types.ts';
import { parseReportText } from '../text/parse-text.ts';
import { SYNTHETIC_2021 } from '../text/test-support.ts';
import { parseReportHtml, readReportHtml } from './parse-html.ts';
import {
  expectSameReport,
  governmentPage,
  publishedSeedReport,
  seedReport,
  syntheticReportHtml,
  type SeedName,
} from './test-support.ts';

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

const reference = (): Report => ok(parseReportText(SYNTHETIC_2021)).report;
const codes = (result: Ok): string[] => result.findings.map((f) => f.code);

function expectSyntheticTables(report: Report): void {
  const expected = reference();
  for (const key of ['format', 'year', 'agency', 'active', 'requests', 'reviews'] as const)
    expect(report[key], key).toEqual(expected[key]);
}

describe('round trip: our web-page export reads back as the same report', () => {
  const cases: readonly (readonly [string, SeedName, () => Report])[] = [
    ['mfa-2024', 'mfa-2024', () => seedReport('mfa-2024')],
    ['mfa-2020', 'mfa-2020', () => seedReport('mfa-2020')],
    ['mfa-2024 with 落款 date and contact', 'mfa-2024', () => publishedSeedReport('mfa-2024')],
    ['mfa-2020 with 落款 date and contact', 'mfa-2020', () => publishedSeedReport('mfa-2020')],
  ];
  it.each(cases)('%s', (_, name, make) => {
    const original = make();
    const html = renderHtml(buildReportDocument(original));
    const back = ok(parseReportHtml(html, { name: `${name}.html` }));
    expectSameReport(back.report, original);
    expect(back.report.narrative).toEqual(original.narrative);
    expect(back.report.publication).toEqual(original.publication);
    expect(back.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(back.source).toMatchObject({
      kind: 'html',
      format: { value: original.format, how: 'labels' },
      year: { value: original.year, how: 'title' },
      agency: { value: original.agency, how: 'title' },
      uncertainCells: [],
    });
    const cell = back.source.cells.find((c) => c.cell === 'reviews.reconsideration.total')!;
    expect(cell.source?.path).toMatch(/^table\[3\]\/tr\[4\]$/u);
  });
});

describe('a draft with empty cells', () => {
  it('reads back the same, the empty cells flagged and the 草稿 notice left out', () => {
    const original = seedReport('mfa-2020');
    const report = {
      ...original,
      active: { ...original.active, fees: { previousItems: null, change: 3 } },
    } as Report;
    const doc = buildReportDocument(report);
    expect(doc.draft).toBe(true);
    const back = ok(parseReportHtml(renderHtml(doc)));
    expectSameReport(back.report, report);
    expect(back.report.narrative?.preamble ?? '').not.toContain('草稿');
    expect(back.source.uncertainCells).toEqual(['active.fees.previousItems']);
    expect(codes(back)).toEqual(
      expect.arrayContaining(['import.table.blankCells', 'import.figure.placeholder']),
    );
  });
});

describe('a saved page of a government website', () => {
  const page = governmentPage(syntheticReportHtml());

  it('reads the report and leaves the navigation, sidebar, footer and scripts out', () => {
    const { result, text } = readReportHtml(page, { name: '年报.html' });
    const back = ok(result);
    expectSyntheticTables(back.report);
    expect(back.report.narrative?.preamble).toBe(
      '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
    );
    expect(back.report.narrative?.other).toBe('本年度未收取信息处理费。');
    expect(codes(back)).toContain('import.html.outside');
    const everything = JSON.stringify(back) + (text ?? '');
    for (const gone of [
      'SCRIPT-TEXT',
      'STYLE-TEXT',
      'FOOTER-SCRIPT',
      'document.write',
      '栏目导航',
      '网站标识码',
      '浏览次数',
      '分享到',
      '当前位置',
    ])
      expect(everything).not.toContain(gone);
  });

  it('takes the title printed above the report, not the breadcrumb or a menu item', () => {
    const title = '<div class="title"><h1>某某市某某局2023年政府信息公开工作年度报告</h1></div>';
    const body = syntheticReportHtml().replace(title, '');
    const above = governmentPage(body).replace('<div class="meta">', `${title}<div class="meta">`);
    expect(ok(parseReportHtml(above)).report.agency).toBe('某某市某某局');

    // No title printed: the page's <title>, cut at its separator.
    const headed = governmentPage(body).replace(
      '<title>年度报告_某某市人民政府',
      '<title>某某市某某局2023年政府信息公开工作年度报告_某某市人民政府',
    );
    const fromHead = ok(parseReportHtml(headed));
    expect(fromHead.report.agency).toBe('某某市某某局');
    expect(fromHead.findings.find((f) => f.code === 'import.html.titleFromHead')?.params).toEqual({
      title: '某某市某某局2023年政府信息公开工作年度报告_某某市人民政府',
    });

    // Nothing that names the year: no agency guessed from the menus, said so.
    const none = ok(parseReportHtml(governmentPage(body)));
    expect(none.report.agency).toBe('');
    expect(codes(none)).toContain('import.agency.missing');
  });

  it('never lets markup in a paragraph through: scripts and images dropped, escaped text stays text', () => {
    const html = syntheticReportHtml({
      overviewHtml:
        '<img src=x onerror="alert(1)">图片<script>alert("in-paragraph")</script>之后<iframe src="javascript:alert(3)"></iframe>' +
        '写作 &lt;b&gt;粗体&lt;/b&gt;。',
    });
    const back = ok(parseReportHtml(governmentPage(html)));
    const overview = back.report.narrative?.overview ?? '';
    expect(overview).toContain('320 条。图片之后写作 <b>粗体</b>。');
    const everything = JSON.stringify(back);
    for (const gone of ['onerror', '<img', 'in-paragraph', 'alert', 'iframe'])
      expect(everything).not.toContain(gone);
  });

  it('reads a page laid out with tables: the report in a cell, its tables nested', () => {
    const laidOut = `<table width="1000"><tr><td colspan="2">首页 | 政府信息公开</td></tr><tr><td width="200">栏目</td><td>${syntheticReportHtml()}</td></tr></table>`;
    const back = ok(parseReportHtml(laidOut));
    expectSyntheticTables(back.report);
    expect(back.report.narrative?.problems).toBe('一是公开内容还不够全面；二是解读形式较为单一。');
    // A one-cell box around the text is layout too, not a table row.
    const boxed = syntheticReportHtml().replace(
      /<p>（一）主动公开。及时公开规范性文件。<\/p>/u,
      '<table border="1"><tr><td><p>（一）主动公开。及时公开规范性文件。</p><p>第二段。</p></td></tr></table>',
    );
    expect(ok(parseReportHtml(boxed)).report.narrative?.overview).toContain(
      '\n（一）主动公开。及时公开规范性文件。\n第二段。\n',
    );
  });

  it('skips hidden copies (display: none, hidden)', () => {
    const hidden =
      '<div style="display:none"><p>一、总体情况</p><table><tr><td>规章</td><td>9</td><td>9</td><td>9</td></tr></table></div>' +
      '<p hidden="">隐藏的段落</p>';
    const html = syntheticReportHtml().replace('<p>（一）主动公开', `${hidden}<p>（一）主动公开`);
    const back = ok(parseReportHtml(html));
    expectSyntheticTables(back.report);
    expect(JSON.stringify(back)).not.toContain('隐藏的段落');
  });
});

describe('tables with rowspan / colspan, and label variants', () => {
  it('reads the group labels merged over their rows', () => {
    const back = ok(parseReportHtml(syntheticReportHtml()));
    expectSyntheticTables(back.report);
    expect(back.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('accepts half-width brackets and spaces inside labels, and says what it matched', () => {
    const back = ok(parseReportHtml(syntheticReportHtml({ variants: true })));
    expectSyntheticTables(back.report);
    expect(back.source.uncertainCells).toEqual([]);
    const cell = back.source.cells.find(
      (c) => c.cell === 'requests.results.denied.stateSecret.naturalPerson',
    )!;
    expect(cell).toMatchObject({ method: 'label', certain: true });
    expect(cell.label).toContain('国家秘密');
  });

  it('puts a 2021 （六） printed as one row into （六）3.其他 and flags the group', () => {
    const back = ok(parseReportHtml(syntheticReportHtml({ collapsedOtherHandling: true })));
    const at = (id: string): unknown => getCellValue(back.report, id as CellId);
    expect(at('requests.results.otherHandling.other.naturalPerson')).toBe(1);
    expect(at('requests.results.otherHandling.other.total')).toBe(1);
    expect(at('requests.results.otherHandling.noCorrection.naturalPerson')).toBeNull();
    expect(at('requests.results.otherHandling.feeUnpaid.total')).toBeNull();
    expect(codes(back)).toContain('import.group.collapsed');
    expect(back.source.uncertainCells).toEqual(
      expect.arrayContaining([
        'requests.results.otherHandling.noCorrection.naturalPerson',
        'requests.results.otherHandling.other.total',
      ]),
    );
    expect(at('requests.results.total.naturalPerson')).toBe(39);
  });

  it('reads a group printed on a row of its own, with empty cells', () => {
    const html = syntheticReportHtml().replace(
      '<tr><td rowspan="8">（三）不予公开</td>',
      `<tr><td>（三）不予公开</td>${'<td></td>'.repeat(7)}</tr><tr><td rowspan="8"></td>`,
    );
    const back = ok(parseReportHtml(html));
    expectSyntheticTables(back.report);
  });
});

describe('HTML from Word and from the clipboard', () => {
  it('reads Word "save as web page" markup, joining source lines wrapped inside a word', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">' +
      '<style><!-- p.MsoNormal {margin:0cm} --></style></head><body lang=ZH-CN><div class=WordSection1>' +
      syntheticReportHtml()
        .replace(/<p>/gu, "<p class=MsoNormal><span style='font-family:仿宋'>")
        .replace(/<\/p>/gu, '<o:p></o:p></span></p>')
        .replace('全年主动公开政府信息', '全年主动公开政府\r\n信息') +
      '</div></body></html>';
    const back = ok(parseReportHtml(word));
    expectSyntheticTables(back.report);
    expect(back.report.narrative?.overview).toContain('全年主动公开政府信息 320 条。');
  });

  it('reads a fragment pasted from a browser through importReportText', async () => {
    const fragment = `<meta charset='utf-8'><span style="font-size: 16px">${syntheticReportHtml().replace(/\n/gu, '')}</span>`;
    const imported = await importReportText(fragment);
    expect(imported.kind).toBe('html');
    expectSyntheticTables(ok(imported.result).report);
    expect(imported.sourceText).not.toContain('<');
  });
});

describe('through the dispatcher (importReportFile)', () => {
  it('reads a saved page as bytes', async () => {
    const original = seedReport('mfa-2024');
    const bytes = new TextEncoder().encode(renderHtml(buildReportDocument(original)));
    const imported = await importReportFile(bytes, { name: 'report.html' });
    expect(imported.kind).toBe('html');
    expectSameReport(ok(imported.result).report, original);
  });

  it('reads a page saved in GBK, as many government websites serve them', async () => {
    const page = governmentPage(syntheticReportHtml()).replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    );
    const imported = await importReportFile(encodeGbk(page), { name: 'gbk.htm' });
    expect(imported.kind).toBe('html');
    expectSyntheticTables(ok(imported.result).report);
  });
});

describe('HTML that is not a report gets one Chinese line', () => {
  it('refuses empty markup, a page with only scripts and an unrelated page', async () => {
    expect(refused(parseReportHtml('   '))).toContain('空');
    expect(
      refused(
        parseReportHtml('<html><body><script>alert(1)</script><style>p{}</style></body></html>'),
      ),
    ).toContain('没有文字');
    const news =
      '<html><body><nav>首页 新闻</nav><h1>我市召开2024年政务公开工作推进会</h1><p>1月10日，我市召开政务公开工作推进会，部署2024年重点工作。</p><table><tr><td>序号</td><td>单位</td></tr><tr><td>1</td><td>市政府办公室</td></tr></table></body></html>';
    expect(refused(parseReportHtml(news))).toMatch(/^没有识别到年度报告的统计表/u);
    const imported = await importReportText(
      '<!DOCTYPE html><html><body><script>for(;;){}</script></body></html>',
    );
    expect(imported.kind).toBe('html');
    refused(imported.result);
  });

  it('refuses a page over 20 MB without reading it', () => {
    const started = performance.now();
    expect(refused(parseReportHtml(`<p>${'x'.repeat(21 * 1024 * 1024)}</p>`))).toContain('20 MB');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/** Encodes text as GBK (through a table built from the platform's GBK decoder). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

describe('a page built to hang the importer', () => {
  it('100,000 unclosed <div>s are refused in one line (read to the end they took 10 s)', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}某某局2024年政府信息公开工作年度报告</body></html>`;
    const read = readReportHtml(html, { name: '嵌套.html' }).result;
    expect(read).toEqual({
      ok: false,
      reason: '“嵌套.html”的网页标记嵌套超过 1000 层，不像是一份年度报告的网页，未读取',
    });
  });
});
