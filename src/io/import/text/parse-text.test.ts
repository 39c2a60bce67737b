import { describe, expect, it } from 'vitest';
import { textOf } from '../../../domain/test-support/note-text.ts';
import { checkReport, parseReport, type Report } from '../../../domain/index.ts';
import type { ImportResult } from '../import.types.ts';
import { parseReportText } from './parse-text.ts';
import {
  noSpace,
  seedExpected,
  seedText,
  SYNTHETIC_2021,
  SYNTHETIC_ROWS,
  syntheticWith,
  type SeedName,
} from './test-support.ts';

type Ok = Extract<ImportResult, { ok: true }>;

function ok(result: ImportResult): Ok {
  if (!result.ok) throw new Error(`import failed: ${result.reason}`);
  return result;
}

const codes = (result: Ok): string[] => result.findings.map((f) => f.code);

describe('the seed reports (compared as ../shared/fixtures/README.md says)', () => {
  it.each<SeedName>(['mfa-2024', 'mfa-2020'])('%s imports to its expected JSON', (name) => {
    const result = ok(parseReportText(seedText(name), { name: `${name}.txt` }));
    const expected = seedExpected(name);
    const report = result.report as unknown as Record<string, unknown>;
    for (const key of ['active', 'requests', 'reviews', 'format', 'year', 'agency'])
      expect(report[key], key).toEqual(expected[key]);
    const narrative = expected.narrative as Record<string, string>;
    for (const key of ['preamble', 'overview', 'problems', 'other'] as const)
      expect(noSpace(result.report.narrative?.[key]), `narrative.${key}`).toBe(
        noSpace(narrative[key]),
      );
  });

  it('reports a valid report with no errors or warnings for mfa-2024', () => {
    const result = ok(parseReportText(seedText('mfa-2024')));
    expect(parseReport(result.report).ok).toBe(true);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.source).toMatchObject({
      kind: 'text',
      format: { value: '2021', how: 'labels' },
      year: { value: 2024, how: 'title' },
      agency: { value: '外交部', how: 'title' },
      uncertainCells: [],
      tables: ['active', 'requests', 'reviews'],
    });
    expect(result.source.parts.map((p) => p.part)).toEqual([
      'title',
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
    ]);
    expect(checkReport(result.report).filter((f) => f.rule === 'imported.totals')).toEqual([]);
  });

  it('says what it did with mfa-2020: page number, table 四 figures moved out of section 六, header bits', () => {
    const result = ok(parseReportText(seedText('mfa-2020')));
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        'import.table.pageNumber',
        'import.table.moved',
        'import.narrative.fragment',
        'import.heading.variant',
      ]),
    );
    const moved = result.findings.find((f) => f.code === 'import.table.moved')!;
    expect(moved.source?.line).toBe(484);
    const cell = result.source.cells.find((c) => c.cell === 'active.otherServices.decisions')!;
    expect(cell).toMatchObject({ value: 320000, printed: '32 万', method: 'label', certain: true });
    expect(cell.source?.line).toBe(162);
  });

  it('parses a seed well under the 300 ms budget', () => {
    const text = seedText('mfa-2024');
    parseReportText(text); // warm up
    const start = performance.now();
    parseReportText(text);
    expect(performance.now() - start).toBeLessThan(300);
  });
});

describe('label variants real reports print', () => {
  const clean = ok(parseReportText(SYNTHETIC_2021)).report;

  it('reads the clean synthetic report', () => {
    expect(clean).toMatchObject({ format: '2021', year: 2023, agency: '某某市某某局' });
    expect(clean.requests.newReceived).toEqual({
      naturalPerson: 40,
      commercial: 3,
      research: 0,
      publicInterest: 0,
      legalServices: 1,
      other: 0,
      total: 44,
    });
    expect(Object.values(clean.requests.results.total)).toEqual(SYNTHETIC_ROWS.total);
    expect(clean.reviews.litigationDirect).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 1,
      total: 2,
    });
  });

  const sameTables = (report: Report): void => {
    expect(report.active).toEqual(clean.active);
    expect(report.requests).toEqual(clean.requests);
    expect(report.reviews).toEqual(clean.reviews);
  };

  it.each<[string, string]>([
    ['half-width brackets', SYNTHETIC_2021.replace(/（/gu, '(').replace(/）/gu, ')')],
    [
      'spaces inside labels',
      syntheticWith(
        ['行政规范性文件 3', '行政 规范性 文件 3'],
        ['1.属于国家秘密', '1. 属于 国家 秘密'],
      ),
    ],
    [
      'missing characters and 其它',
      syntheticWith(
        ['行政规范性文件 3', '行政规范文件 3'],
        ['2.其他法律行政法规禁止公开', '2.其它法律行政法规禁止开'],
        ['4.无正当理由大量反复申请', '4.无正当理由大量反复申'],
      ),
    ],
    [
      'labels broken over lines, figures on the next line',
      syntheticWith(
        ['行政规范性文件 3 1 12', '行政规范性\n\n文件\n3 1 12'],
        ['（三）不予公开 1.属于国家秘密', '（三）不\n予公开\n1.属于国家秘密'],
        ['5.要求行政机关确认或重新出具已获取信息 0', '5.要求行政机关确认或重新出具已获\n取信息\n0'],
      ),
    ],
    [
      'a group label printed between its rows',
      syntheticWith([
        '（四）无法提供 1.本机关不掌握相关政府信息 4 2 0 0 0 0 6\n2.没有',
        '1.本机关不掌握相关政府信息 4 2 0 0 0 0 6\n（四）无法提供\n2.没有',
      ]),
    ],
    [
      'full-width digits, ideographic spaces, CRLF',
      SYNTHETIC_2021.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
        .replace(/ /gu, '\u3000')
        .replace(/\n/gu, '\r\n'),
    ],
    [
      'Markdown headings and pipe tables',
      SYNTHETIC_2021.split('\n')
        .map((l) =>
          /^[一二三四五六]、/u.test(l) && !/\d/u.test(l)
            ? `## ${l}`
            : /\d \d/u.test(l)
              ? `| ${l.replace(/ /gu, ' | ')} |`
              : l,
        )
        .join('\n'),
    ],
    [
      'one figure per line',
      SYNTHETIC_2021.split('\n')
        .map((l) => (/\d \d/u.test(l) && !/年/u.test(l) ? l.replace(/ (?=\d)/gu, '\n') : l))
        .join('\n'),
    ],
    [
      'table 四 as three labelled rows',
      syntheticWith([
        '2 1 0 0 3 1 0 0 1 2 0 0 0 0 0',
        '行政复议 2 1 0 0 3\n未经复议直接起诉 1 0 0 1 2\n复议后起诉 0 0 0 0 0',
      ]),
    ],
    [
      'the next section heading printed before the end of table 三',
      syntheticWith(
        ['五、存在的主要问题及改进情况\n', ''],
        ['（七）总计', '五、存在的主要问题及改进情况\n（七）总计'],
      ),
    ],
    [
      'page numbers and a running header inside table 三',
      syntheticWith(
        ['2.重复申请', '- 7 -\n2.重复申请'],
        ['3.其他 ', '8\n某某市某某局2023年政府信息公开工作年度报告\n3.其他 '],
      ),
    ],
  ])('%s', (_, text) => {
    const result = ok(parseReportText(text));
    sameTables(result.report);
    expect(result.source.uncertainCells).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('takes a table run past the next section heading out of that section', () => {
    const result = ok(
      parseReportText(
        syntheticWith(
          ['五、存在的主要问题及改进情况\n', ''],
          ['（七）总计', '五、存在的主要问题及改进情况\n（七）总计'],
        ),
      ),
    );
    expect(result.report.narrative?.problems).toBe(
      '一是公开内容还不够全面；二是解读形式较为单一。',
    );
    expect(result.findings.filter((f) => f.code === 'import.table.moved')).toHaveLength(3);
  });

  it('names label variants it recognised', () => {
    const result = ok(parseReportText(syntheticWith(['行政规范性文件 3', '行政规范文件 3'])));
    const variant = result.findings.find((f) => f.code === 'import.label.variant');
    expect(variant?.params).toEqual({ line: 13, printed: '行政规范文件', row: '行政规范性文件' });
    expect(textOf(variant)).toBe('第 13 行“行政规范文件”识别为“行政规范性文件”');
  });

  it('accepts heading variants', () => {
    const result = ok(
      parseReportText(
        syntheticWith(
          ['五、存在的主要问题及改进情况', '五、存在的主要问题及工作设想'],
          [
            '四、政府信息公开行政复议、行政诉讼情况',
            '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
          ],
          ['六、其他需要报告的事项', '六、其他事项'],
        ),
      ),
    );
    sameTables(result.report);
    expect(result.report.narrative?.problems).toBe(
      '一是公开内容还不够全面；二是解读形式较为单一。',
    );
    expect(result.report.narrative?.other).toBe('本年度未收取信息处理费。');
    expect(result.findings.filter((f) => f.code === 'import.heading.variant')).toHaveLength(3);
  });
});

describe('what is flagged', () => {
  it('（六）其他处理 printed as one row in a 2021 report goes to （六）3.其他, the rest stays empty and flagged', () => {
    const result = ok(
      parseReportText(
        syntheticWith([
          /（六）其他处理 1\.申请人[^\n]*\n2\.申请人[^\n]*\n3\.其他[^\n]*\n/u,
          '（六）其他处理 1 0 0 0 0 0 1\n',
        ]),
      ),
    );
    const six = (result.report.requests.results as { otherHandling: Record<string, unknown> })
      .otherHandling;
    expect(six.other).toEqual({
      naturalPerson: 1,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalServices: 0,
      other: 0,
      total: 1,
    });
    expect(Object.values(six.noCorrection as object).every((v) => v === null)).toBe(true);
    expect(Object.values(six.feeUnpaid as object).every((v) => v === null)).toBe(true);
    const finding = result.findings.find((f) => f.code === 'import.group.collapsed')!;
    expect(finding.severity).toBe('warning');
    expect(finding.params).toMatchObject({ group: '（六）其他处理', items: 3, target: '3.其他' });
    expect(textOf(finding)).toContain('数字已填入“3.其他”');
    expect(result.source.uncertainCells).toHaveLength(21);
    expect(result.source.uncertainCells).toContain(
      'requests.results.otherHandling.noCorrection.total',
    );
    // the printed （七）总计 still agrees with its items
    expect(codes(result)).not.toContain('import.totals.mismatch');
  });

  it('keeps a printed total that disagrees with its items, with an error finding', () => {
    const result = ok(
      parseReportText(syntheticWith(['（七）总计 39 3 0 0 1 0 43', '（七）总计 39 3 0 0 1 0 44'])),
    );
    expect(result.report.requests.results.total.total).toBe(44);
    const finding = result.findings.find((f) => f.code === 'import.totals.mismatch')!;
    expect(finding.severity).toBe('error');
    expect(finding.cells[0]).toBe('requests.results.total.total');
    expect(finding.params).toMatchObject({ printed: 44, sum: 43 });
    expect(checkReport(result.report).some((f) => f.rule === 'imported.totals')).toBe(true);
  });

  it('flags figures whose count does not fit their row', () => {
    const result = ok(
      parseReportText(
        syntheticWith([
          '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
          '二、上年结转政府信息公开申请数量 2 0 0 0 0 2',
        ]),
      ),
    );
    expect(result.source.uncertainCells).toContain('requests.carriedOver.total');
    expect(result.findings.find((f) => f.code === 'import.figure.count')?.severity).toBe('warning');
  });

  it('leaves out a local extra row, naming it', () => {
    const result = ok(
      parseReportText(
        syntheticWith(['第二十条第（五）项', '其他主动公开文件 5 0 20\n第二十条第（五）项']),
      ),
    );
    expect(result.report.active).toEqual(ok(parseReportText(SYNTHETIC_2021)).report.active);
    const unmatched = result.findings.find((f) => f.code === 'import.table.unmatched');
    expect(unmatched?.params).toMatchObject({ label: '其他主动公开文件', figures: '5 0 20' });
    expect(textOf(unmatched)).toContain('其他主动公开文件');
  });

  it('converts 万 and 元 (said, not doubted), and flags placeholders', () => {
    const result = ok(
      parseReportText(
        syntheticWith(
          ['行政许可 1520', '行政许可 1.52 万'],
          ['行政事业性收费 12.5', '行政事业性收费 125000元'],
          ['行政强制 2', '行政强制 -'],
        ),
      ),
    );
    expect(result.report.active).toMatchObject({
      licensing: { decisions: 15200 },
      fees: { amount: 12.5 },
      coercion: { decisions: null },
    });
    expect(result.source.uncertainCells).toEqual(['active.coercion.decisions']);
    const yuan = result.findings.find((f) => f.code === 'import.figure.yuan');
    expect(yuan).toMatchObject({
      severity: 'info',
      params: { printed: '125000元', wan: 12.5 },
    });
    expect(textOf(yuan)).toContain('单位是元，已换算为 12.5 万元');
    expect(codes(result)).toEqual(expect.arrayContaining(['import.figure.placeholder']));
  });

  it('follows the printed format when it disagrees with the year', () => {
    const result = ok(parseReportText(syntheticWith(['某某市某某局2023年', '某某市某某局2020年'])));
    expect(result.report).toMatchObject({ format: '2021', year: 2020 });
    expect(result.findings.find((f) => f.code === 'import.format.year')?.severity).toBe('warning');
  });

  it('recognises the 2019 format, 32 万 and （六） printed as three rows', () => {
    const text = seedText('mfa-2020').replace(
      '（六）其他处理 2 0 0 0 0 0 2',
      '（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n3.其他 1 0 0 0 0 0 1',
    );
    const result = ok(parseReportText(text));
    expect(result.report.format).toBe('2019');
    expect(result.report.requests).toEqual(seedExpected('mfa-2020').requests);
    expect(codes(result)).toContain('import.rows.merged');
  });

  it('uses the year and agency given when the text has no title, saying so', () => {
    const text = SYNTHETIC_2021.replace('某某市某某局2023年政府信息公开工作年度报告', '');
    const withOptions = ok(parseReportText(text, { year: 2023, agency: '某局' }));
    expect(withOptions.source.year).toEqual({ value: 2023, how: 'option' });
    expect(withOptions.report.agency).toBe('某局');
    const without = ok(parseReportText(text));
    expect(without.source.year.how).toBe('text');
    expect(without.report.agency).toBe('');
    expect(codes(without)).toEqual(
      expect.arrayContaining(['import.year.text', 'import.agency.missing']),
    );
  });

  it('a text with no year anywhere: refused, or read as the fallback year with a warning', () => {
    const text = SYNTHETIC_2021.replace('某某市某某局2023年政府信息公开工作年度报告', '').replace(
      /20\d\d年/gu,
      '',
    );
    expect(parseReportText(text).ok).toBe(false);
    const read = ok(parseReportText(text, { fallbackYear: 2025 }));
    expect(read.source.year).toEqual({ value: 2025, how: 'fallback' });
    expect(read.report.year).toBe(2025);
    expect(codes(read)).toContain('import.year.fallback');
    // A year in the text, or one the caller states, comes first.
    expect(ok(parseReportText(SYNTHETIC_2021, { fallbackYear: 2025 })).report.year).toBe(2023);
    expect(ok(parseReportText(text, { year: 2022, fallbackYear: 2025 })).report.year).toBe(2022);
  });

  it('reads the tables even when the section headings are missing', () => {
    const text = SYNTHETIC_2021.split('\n')
      .filter((l) => !/^[一二三四五六]、[^本上结]/u.test(l))
      .join('\n');
    const result = ok(parseReportText(text));
    expect(result.report.requests).toEqual(ok(parseReportText(SYNTHETIC_2021)).report.requests);
    expect(result.findings.filter((f) => f.code === 'import.heading.missing')).toHaveLength(6);
  });

  it('keeps markup in the text as plain text, never as HTML', () => {
    const text = syntheticWith([
      '本年度未收取信息处理费。',
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
    ]);
    const result = ok(parseReportText(text));
    expect(result.report.narrative?.other).toBe(
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
    );
  });
});

describe('a web page copied whole', () => {
  const footer =
    '【打印本页】 【关闭窗口】\n主办单位：某某市人民政府办公室\n地址：某某路1号 邮编：100000\n网站标识码：1234000001';

  it('leaves out the website’s meta line and footer, and nothing of the report', () => {
    const text = syntheticWith(
      ['一、总体情况', '发布时间：2024-01-25 来源：某某局 浏览次数：1024\n一、总体情况'],
      [
        '本年度未收取信息处理费。',
        `本年度未收取信息处理费，由信息中心提供技术支持\n和网站地图维护。\n${footer}`,
      ],
    );
    const result = ok(parseReportText(text));
    expect(result.report.narrative?.other).toBe(
      '本年度未收取信息处理费，由信息中心提供技术支持和网站地图维护。',
    );
    expect(result.report.narrative?.preamble).not.toContain('发布时间');
    expect(result.findings.map((f) => f.code)).toContain('import.narrative.webChrome');
  });
});

describe('input that is not an annual report', () => {
  const news = `新华社北京1月5日电 记者从国家统计局获悉，2024年全国粮食总产量达到14130亿斤，比上年增加222亿斤，增长1.6%。
其中，夏粮产量2990亿斤，早稻产量563亿斤，秋粮产量10577亿斤。
一、粮食生产再获丰收
全国粮食播种面积17.9亿亩，比上年增加0.13亿亩。
二、主要作物产量
稻谷 4130 3 5
小麦 2801 1 2`;

  it.each<[string, string, string]>([
    ['empty', '', '文件是空的'],
    ['whitespace only', ' \n\n\u3000\t\r\n', '只有空白'],
    ['binary junk', '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(10), '二进制'],
    ['a news article', news, '没有识别到年度报告的统计表'],
    ['more than 5 MB', 'a'.repeat(5 * 1024 * 1024 + 1), '超过 5 MB'],
    ['far too many lines', '行\n'.repeat(30_000), '不像是一份年度报告'],
    ['a report without any year', SYNTHETIC_2021.replace(/2023年/gu, ''), '没有识别到报告年度'],
  ])('%s → ok:false with a one-line Chinese reason', (_, text, reason) => {
    const result = parseReportText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(reason);
    expect(result.reason).not.toMatch(/\n/u);
  });
});
