/**
 * Test-only: the seed reports as our exports print them (read from ../shared/fixtures/seeds at
 * test time), and a synthetic 2023 report (the text importer's SYNTHETIC_ROWS) printed as a
 * government website prints it: its own table markup with rowspan / colspan, with options for
 * the label variants real reports use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parseReportJson, withTotals, type Report } from '../../../domain/index.ts';
import { SYNTHETIC_ROWS } from '../text/test-support.ts';

export type SeedName = 'mfa-2024' | 'mfa-2020';

const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds');

/** A seed's expected report (the report JSON of the fixtures). */
export function seedReport(name: SeedName): Report {
  const parsed = parseReportJson(readFileSync(path.join(SEEDS, `${name}.expected.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.report;
}

/** A 落款 date and a two-line contact, as an office fills in 报告信息 before publishing. */
export const PUBLICATION = {
  date: '2025-01-20',
  contact: '联系地址：北京市朝阳区朝阳门南大街2号\n联系电话：010-65961114',
} as const;

/** A seed's report with its publication (落款 date and contact) filled in. */
export function publishedSeedReport(name: SeedName): Report {
  return { ...seedReport(name), publication: { ...PUBLICATION } };
}

const squeeze = (text: string | undefined): string => (text ?? '').replace(/\s+/gu, '');

/**
 * The round trip's comparison: tables, format, year, agency and publication exactly; texts
 * without spaces.
 */
export function expectSameReport(back: Report, original: Report): void {
  const a = withTotals(original);
  const b = withTotals(back);
  for (const key of ['format', 'year', 'agency', 'active', 'requests', 'reviews'] as const)
    expect(b[key], key).toEqual(a[key]);
  for (const key of ['preamble', 'overview', 'problems', 'other'] as const)
    expect(squeeze(b.narrative?.[key]), `narrative.${key}`).toBe(squeeze(a.narrative?.[key]));
  expect(b.publication, 'publication').toEqual(a.publication);
}

type RowKey = keyof typeof SYNTHETIC_ROWS;

export interface SyntheticOptions {
  /** Half-width brackets and spaces inside the labels: "(三) 不予 公开", "1. 属于国家秘密". */
  readonly variants?: boolean;
  /** （六）其他处理 printed as one row (its three items added up), as in the 2019 format. */
  readonly collapsedOtherHandling?: boolean;
  /** Text put into the first paragraph of 一 as raw HTML (markup tests). */
  readonly overviewHtml?: string;
}

/** The synthetic report's table 三 as a government site prints it. */
function requestsTable(options: SyntheticOptions): string {
  const label = (text: string): string =>
    options.variants
      ? text
          .replace(/（/gu, '(')
          .replace(/）/gu, ') ')
          .replace(/^(\d)\./u, '$1. ')
          .replace('不予公开', '不予 公开')
      : text;
  const figures = (key: RowKey): string => SYNTHETIC_ROWS[key].map((v) => `<td>${v}</td>`).join('');
  const row = (cells: string, key: RowKey): string => `<tr>${cells}${figures(key)}</tr>`;
  const group = (
    title: string,
    items: readonly (readonly [string, RowKey])[],
    first = '',
  ): string[] =>
    items.map(([text, key], i) =>
      row(
        `${i === 0 ? `${first}<td rowspan="${items.length}">${label(title)}</td>` : ''}<td>${label(text)}</td>`,
        key,
      ),
    );
  const otherHandling = (): string[] => {
    if (!options.collapsedOtherHandling)
      return group('（六）其他处理', [
        ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'noCorrection'],
        ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'feeUnpaid'],
        ['3.其他', 'otherOther'],
      ]);
    const sum = SYNTHETIC_ROWS.noCorrection.map(
      (v, i) => v + SYNTHETIC_ROWS.feeUnpaid[i]! + SYNTHETIC_ROWS.otherOther[i]!,
    );
    return [
      `<tr><td colspan="2">${label('（六）其他处理')}</td>${sum.map((v) => `<td>${v}</td>`).join('')}</tr>`,
    ];
  };
  const results = options.collapsedOtherHandling ? 20 : 22;
  return [
    '<table border="1" cellspacing="0" style="width:100%">',
    '<tbody>',
    '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
    '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
    '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
    row(`<td colspan="3">${label('一、本年新收政府信息公开申请数量')}</td>`, 'newReceived'),
    row(`<td colspan="3">${label('二、上年结转政府信息公开申请数量')}</td>`, 'carriedOver'),
    row(
      `<td rowspan="${results}">${label('三、本年度办理结果')}</td><td colspan="2">${label('（一）予以公开')}</td>`,
      'granted',
    ),
    row(
      `<td colspan="2">${label('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')}</td>`,
      'partlyGranted',
    ),
    ...group('（三）不予公开', [
      ['1.属于国家秘密', 'stateSecret'],
      ['2.其他法律行政法规禁止公开', 'prohibitedByLaw'],
      ['3.危及“三安全一稳定”', 'threeSecurities'],
      ['4.保护第三方合法权益', 'thirdPartyRights'],
      ['5.属于三类内部事务信息', 'internalAffairs'],
      ['6.属于四类过程性信息', 'processInformation'],
      ['7.属于行政执法案卷', 'enforcementFiles'],
      ['8.属于行政查询事项', 'inquiryMatters'],
    ]),
    ...group('（四）无法提供', [
      ['1.本机关不掌握相关政府信息', 'notHeld'],
      ['2.没有现成信息需要另行制作', 'needsCreation'],
      ['3.补正后申请内容仍不明确', 'stillUnclear'],
    ]),
    ...group('（五）不予处理', [
      ['1.信访举报投诉类申请', 'complaints'],
      ['2.重复申请', 'duplicate'],
      ['3.要求提供公开出版物', 'publications'],
      ['4.无正当理由大量反复申请', 'excessive'],
      ['5.要求行政机关确认或重新出具已获取信息', 'confirmation'],
    ]),
    ...otherHandling(),
    row(`<td colspan="2">${label('（七）总计')}</td>`, 'total'),
    row(`<td colspan="3">${label('四、结转下年度继续办理')}</td>`, 'carriedForward'),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** The synthetic 2023 report (2021 format) as the body of a government web page. */
export function syntheticReportHtml(options: SyntheticOptions = {}): string {
  return `<div class="title"><h1>某某市某某局2023年政府信息公开工作年度报告</h1></div>
<p>本报告根据《中华人民共和国政府信息公开条例》要求编制。</p>
<p><strong>一、总体情况</strong></p>
<p>2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 320 条。${options.overviewHtml ?? ''}</p>
<p>（一）主动公开。及时公开规范性文件。</p>
<p>（二）依申请公开。全年收到政府信息公开申请44件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table border="1"><tbody>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1520</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">35</td></tr>
<tr><td>行政强制</td><td colspan="3">2</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">12.5</td></tr>
</tbody></table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
${requestsTable(options)}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<table border="1"><tbody>
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => `<td>${t}</td>`).join('')}</tr>
<tr>${[2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0].map((v) => `<td>${v}</td>`).join('')}</tr>
</tbody></table>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>一是公开内容还不够全面；二是解读形式较为单一。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度未收取信息处理费。</p>`;
}

/** A saved page of a government website: navigation, the report, a footer, and scripts. */
export function governmentPage(report: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>年度报告_某某市人民政府</title>
<script>document.write('<p>一、总体情况 SCRIPT-TEXT</p>'); var x = "<table><tr><td>1</td></tr></table>";</script>
<style>.nav { display: flex } /* 一、总体情况 STYLE-TEXT */</style>
</head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk">政府信息公开</a></li><li><a href="/ndbg">政府信息公开年度报告</a></li><li><a href="/hd">互动交流</a></li></ul>
<form action="/search"><input name="q" value="一、总体情况"><button>搜索</button></form></div>
<div class="main"><div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年度报告</div>
<div class="sidebar"><h3>栏目导航</h3><ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>法定主动公开内容</li></ul></div>
<div class="article">
<div class="meta">发布时间：2024-01-25 来源：某某局 浏览次数：1024</div>
<div class="content" id="zoom">
${report}
</div>
<div class="share">分享到：微信 微博 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div></div>
<div class="footer"><p>主办：某某市人民政府办公室 承办：某某市大数据中心</p><p>网站标识码：1234000001 某ICP备12345678号</p></div>
<script src="/js/stat.js"></script><script>alert('FOOTER-SCRIPT')</script>
</body></html>`;
}
