/**
 * Test-only: the seed fixtures of ../shared/fixtures/seeds (read at test time, never copied into
 * the repository), and a small synthetic 2023 report in the 2021 format, printed one table row
 * per line as Word or a web page copies it, for table-driven variants of the printed text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type SeedName = 'mfa-2024' | 'mfa-2020';

const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds');

export function seedText(name: SeedName): string {
  return readFileSync(path.join(SEEDS, `${name}.txt`), 'utf8');
}

export function seedExpected(name: SeedName): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SEEDS, `${name}.expected.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Removes every kind of whitespace: how the fixtures README compares narrative texts. */
export function noSpace(text: string | undefined): string {
  return (text ?? '').replace(/\s+/gu, '');
}

/** Figures of the synthetic report's table 三 rows, in printed order (自然人 … 其他, 总计). */
export const SYNTHETIC_ROWS = {
  newReceived: [40, 3, 0, 0, 1, 0, 44],
  carriedOver: [2, 0, 0, 0, 0, 0, 2],
  granted: [20, 1, 0, 0, 0, 0, 21],
  partlyGranted: [5, 0, 0, 0, 0, 0, 5],
  stateSecret: [0, 0, 0, 0, 0, 0, 0],
  prohibitedByLaw: [0, 0, 0, 0, 0, 0, 0],
  threeSecurities: [1, 0, 0, 0, 0, 0, 1],
  thirdPartyRights: [0, 0, 0, 0, 0, 0, 0],
  internalAffairs: [2, 0, 0, 0, 0, 0, 2],
  processInformation: [3, 0, 0, 0, 0, 0, 3],
  enforcementFiles: [0, 0, 0, 0, 0, 0, 0],
  inquiryMatters: [1, 0, 0, 0, 1, 0, 2],
  notHeld: [4, 2, 0, 0, 0, 0, 6],
  needsCreation: [1, 0, 0, 0, 0, 0, 1],
  stillUnclear: [0, 0, 0, 0, 0, 0, 0],
  complaints: [1, 0, 0, 0, 0, 0, 1],
  duplicate: [0, 0, 0, 0, 0, 0, 0],
  publications: [0, 0, 0, 0, 0, 0, 0],
  excessive: [0, 0, 0, 0, 0, 0, 0],
  confirmation: [0, 0, 0, 0, 0, 0, 0],
  noCorrection: [1, 0, 0, 0, 0, 0, 1],
  feeUnpaid: [0, 0, 0, 0, 0, 0, 0],
  otherOther: [0, 0, 0, 0, 0, 0, 0],
  total: [39, 3, 0, 0, 1, 0, 43],
  carriedForward: [3, 0, 0, 0, 0, 0, 3],
} as const;

const r = (key: keyof typeof SYNTHETIC_ROWS): string => SYNTHETIC_ROWS[key].join(' ');

/** The synthetic report as clean text (one table row per line). */
export const SYNTHETIC_2021 = `某某市某某局2023年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》要求编制。

一、总体情况
2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 320 条。
（一）主动公开。及时公开规范性文件。
（二）依申请公开。全年收到政府信息公开申请44件。
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
行政规范性文件 3 1 12
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 1520
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 35
行政强制 2
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 12.5
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
申请人情况
自然人 法人或其他组织 总计
商业企业 科研机构 社会公益组织 法律服务机构 其他
一、本年新收政府信息公开申请数量 ${r('newReceived')}
二、上年结转政府信息公开申请数量 ${r('carriedOver')}
三、本年度办理结果 （一）予以公开 ${r('granted')}
（二）部分公开（区分处理的，只计这一情形，不计其他情形） ${r('partlyGranted')}
（三）不予公开 1.属于国家秘密 ${r('stateSecret')}
2.其他法律行政法规禁止公开 ${r('prohibitedByLaw')}
3.危及“三安全一稳定” ${r('threeSecurities')}
4.保护第三方合法权益 ${r('thirdPartyRights')}
5.属于三类内部事务信息 ${r('internalAffairs')}
6.属于四类过程性信息 ${r('processInformation')}
7.属于行政执法案卷 ${r('enforcementFiles')}
8.属于行政查询事项 ${r('inquiryMatters')}
（四）无法提供 1.本机关不掌握相关政府信息 ${r('notHeld')}
2.没有现成信息需要另行制作 ${r('needsCreation')}
3.补正后申请内容仍不明确 ${r('stillUnclear')}
（五）不予处理 1.信访举报投诉类申请 ${r('complaints')}
2.重复申请 ${r('duplicate')}
3.要求提供公开出版物 ${r('publications')}
4.无正当理由大量反复申请 ${r('excessive')}
5.要求行政机关确认或重新出具已获取信息 ${r('confirmation')}
（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 ${r('noCorrection')}
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ${r('feeUnpaid')}
3.其他 ${r('otherOther')}
（七）总计 ${r('total')}
四、结转下年度继续办理 ${r('carriedForward')}
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
2 1 0 0 3 1 0 0 1 2 0 0 0 0 0
五、存在的主要问题及改进情况
一是公开内容还不够全面；二是解读形式较为单一。
六、其他需要报告的事项
本年度未收取信息处理费。
`;

/** The synthetic report with some of its text replaced (each replacement must apply). */
export function syntheticWith(
  ...replacements: readonly (readonly [string | RegExp, string])[]
): string {
  let text = SYNTHETIC_2021;
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`replacement did not apply: ${String(from)}`);
    text = next;
  }
  return text;
}
