/**
 * The zh-CN sentences of the paragraphs drafted from the figures (src/domain/narrative) and of
 * the 本年 / 上年 / 增减 / 增幅 comparison. Numbers arrive already written (GB/T 15835: Arabic
 * digits, 万 for large round figures, percentages to one decimal); these only put words round them.
 *
 * The sentences are shaped so that the `narrative.figures` rule reads them as meant: "收到…申请N件"
 * is the received total, "办结N件" the （七）总计, "结转…N件" a 结转 row, "行政复议N件" and
 * "行政诉讼N件" the 表四 totals, "制发规章N件、行政规范性文件N件" the 本年制发件数. Other figures
 * never follow those words within a clause (e.g. 现行有效 and 废止 figures are separated by "，").
 */
import type { GeneratedParagraphKind } from '../model/report.types.ts';
import type { NarrativeKey } from '../templates/template.types.ts';

/** The name of each drafted paragraph, for the "按统计表生成" menu and the command line. */
export const PARAGRAPH_WORDS: Readonly<Record<GeneratedParagraphKind, string>> = {
  active: '主动公开情况',
  requests: '依申请公开情况',
  reviews: '行政复议、行政诉讼情况',
  fees: '信息处理费收取情况',
};

/** The narrative section each paragraph belongs in. */
export const PARAGRAPH_SECTIONS: Readonly<Record<GeneratedParagraphKind, NarrativeKey>> = {
  active: 'overview',
  requests: 'overview',
  reviews: 'overview',
  fees: 'other',
};

/** The action in each narrative section, the state words of a generated block. */
export const GENERATE_WORD = '按统计表生成';
export const STALE_WORD = '已过时';
export const UPDATE_WORD = '更新';
export const GENERATED_WORD = '按统计表生成的段落';
export const EDITED_BLOCK_WORD = '已改写，不再自动更新';

/** The words of the 按统计表生成 panel in a narrative section. */
export const DRAFT_PANEL_WORDS = {
  intro:
    '根据本报告统计表中的数字起草段落，可插入到光标处；以后统计表的数字改变时，段落会标为“已过时”，可一键更新。自己写的文字不会被改动。',
  insert: '插入到光标处',
  replace: '替换已生成的段落',
  current: '与统计表一致',
  staleDetail: '统计表的数字已改变',
  blocks: '本部分中按统计表生成的段落',
  feeLegend: '信息处理费（元）',
  noticesIssued: '发出收费通知件数',
  noticesAmount: '收费通知金额',
  collectedCases: '实际收取件数',
  collectedAmount: '实际收取金额',
  copiedTitle: '正文中沿用的上年数字',
  replaceOne: (n: string): string => `改为 ${n}`,
  replaceAll: '全部改为本年数字',
  close: '收起',
} as const;

/** "较上年增加 N 件，增长 P%" and its kin; `percent` is null when last year's figure was 0. */
export function yearOnYear(
  delta: string,
  percent: string | null,
  sign: -1 | 0 | 1,
  unit = '件',
): string {
  if (sign === 0) return '与上年持平';
  const verb = sign > 0 ? '增加' : '减少';
  const rate = sign > 0 ? '增长' : '下降';
  return percent === null
    ? `较上年${verb}${delta}${unit}`
    : `较上年${verb}${delta}${unit}，${rate}${percent}%`;
}

/** The 增幅 column: "增长 12.5%", "下降 3.0%", "持平", or "—" when last year's figure was 0. */
export function changeRateWord(percent: string | null, sign: -1 | 0 | 1): string {
  if (sign === 0) return '持平';
  if (percent === null) return '—';
  return `${sign > 0 ? '增长' : '下降'} ${percent}%`;
}

/** Column heads of the comparison view. */
export const COMPARISON_WORDS = {
  title: '本年与上年对比',
  item: '项目',
  current: '本年',
  previous: '上年',
  delta: '增减',
  rate: '增幅',
  flat: '与上年持平',
  noPrevious: '没有上年报告：导入或生成草稿时附上上年报告后，这里列出本年与上年的对比。',
  onlyChanged: '只看有变化的项目',
} as const;

// 依申请公开 ------------------------------------------------------------------------------

export const REQUEST_WORDS = {
  /** 全年共收到政府信息公开申请N件（本年新收N件，上年结转N件） */
  received: (total: string, fresh: string, carried: string | null): string =>
    carried === null
      ? `全年共收到政府信息公开申请${total}件`
      : `全年共收到政府信息公开申请${total}件（本年新收${fresh}件，上年结转${carried}件）`,
  none: '全年未收到政府信息公开申请',
  /** 本年新收申请中，自然人N件，商业企业N件 */
  byApplicant: (parts: readonly string[]): string => `本年新收申请中，${parts.join('，')}`,
  applicant: (kind: string, n: string): string => `${kind}${n}件`,
  /** 本年度办结N件，其中予以公开N件，… */
  handled: (total: string, parts: readonly string[]): string =>
    parts.length === 0 ? `本年度办结${total}件` : `本年度办结${total}件，其中${parts.join('，')}`,
  outcome: (group: string, n: string, items: readonly string[]): string =>
    items.length === 0 ? `${group}${n}件` : `${group}${n}件（${items.join('、')}）`,
  outcomeItem: (item: string, n: string): string => `${item}${n}件`,
  carriedForward: (n: string): string => `结转下年度继续办理${n}件`,
  noneCarriedForward: '没有结转下年度继续办理的申请',
} as const;

/** Outcome groups of table 三 as a sentence names them (the printed labels without their numbers). */
export const OUTCOME_GROUP_WORDS: Readonly<Record<string, string>> = {
  granted: '予以公开',
  partlyGranted: '部分公开',
  denied: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  otherHandling: '其他处理',
};

/** The 2021 （六） items, shortened as reports write them (the printed labels are a full clause). */
export const OTHER_HANDLING_ITEM_WORDS: Readonly<Record<string, string>> = {
  noCorrection: '申请人逾期不补正',
  feeUnpaid: '申请人逾期未缴纳费用',
  other: '其他',
};

// 行政复议、行政诉讼 ----------------------------------------------------------------------------

export const REVIEW_WORDS = {
  reconsideration: (n: string, yoy: string | null): string =>
    `因政府信息公开工作被申请行政复议${n}件${yoy === null ? '' : `，${yoy}`}`,
  noReconsideration: '未因政府信息公开工作被申请行政复议',
  litigation: (n: string, direct: string, after: string, yoy: string | null): string =>
    `被提起行政诉讼${n}件（未经复议直接起诉${direct}件，复议后起诉${after}件）${yoy === null ? '' : `，${yoy}`}`,
  noLitigation: '未因政府信息公开工作被提起行政诉讼',
  outcomes: (parts: readonly string[]): string => `其中${parts.join('、')}`,
  outcome: (label: string, n: string): string => `${label}${n}件`,
  corrected: (n: string): string => `复议、诉讼结果被纠正的共${n}件`,
  noneCorrected: '没有复议、诉讼结果被纠正的案件',
} as const;

// 主动公开 ---------------------------------------------------------------------------------------

/**
 * "制发规章1件、行政规范性文件4件", "制发行政规范性文件4件，未制发规章", "未制发规章、行政规范性文件":
 * what was done with its figures, then what was not (zero figures are not listed as "0件").
 */
export function doneOrNot(
  verb: string,
  parts: readonly string[],
  notDone: readonly string[],
  { joiner = '、', notDoneSuffix = '' }: { joiner?: string; notDoneSuffix?: string } = {},
): string {
  const none = notDone.length > 0 ? `未${verb}${notDone.join('、')}${notDoneSuffix}` : '';
  if (parts.length === 0) return none;
  return `${verb}${parts.join(joiner)}${none === '' ? '' : `，${none}`}`;
}

export const ACTIVE_WORDS = {
  /** 2021: 本年度制发规章N件、行政规范性文件N件，废止…；截至年底，现行有效… */
  documents: (issued: string, repealed: string, inForce: readonly string[]): string =>
    `本年度${issued}，${repealed}；截至年底，现行有效${inForce.join('，')}`,
  issueVerb: '制发',
  repealVerb: '废止',
  /** 2019: 本年度新制作…；新公开…；对外公开总数为… */
  documents2019: (made: string, published: string, total: readonly string[]): string =>
    `本年度${made}；${published}；对外公开总数为${total.join('，')}`,
  makeVerb: '新制作',
  publishVerb: '新公开',
  document: (label: string, n: string): string => `${label}${n}件`,
  decisions: (clause: string): string => `本年${clause}`,
  decisionVerb: '作出',
  decisionSuffix: '决定',
  decision: (label: string, n: string): string => `${label}决定${n}件`,
  fees: (amount: string): string => `本年行政事业性收费金额${amount}万元`,
  noFees: '本年没有行政事业性收费',
  feeItems: (previous: string, change: string): string =>
    `行政事业性收费项目上一年为${previous}项，本年${change}`,
  itemChange: (n: string, sign: -1 | 0 | 1): string =>
    sign === 0 ? '无增减' : `${sign > 0 ? '增加' : '减少'}${n}项`,
  procurement: (projects: string, amount: string): string =>
    `政府集中采购项目${projects}项，采购总金额${amount}万元`,
} as const;

// 信息处理费 (六) ---------------------------------------------------------------------------------

export const FEE_WORDS = {
  needFigures:
    '信息处理费不在统计表中：请给出发出收费通知的件数和金额、实际收取的件数和金额（元），没有的填 0',
  none: '本年度未发出信息处理费收费通知，未收取信息处理费',
  /** Notices were issued: the clause never says 未…收取 (that would read as "none issued"). */
  notices: (count: string, amount: string): string =>
    `本年度依据《政府信息公开信息处理费管理办法》发出信息处理费收费通知${count}件，金额共计${amount}元`,
  collected: (count: string, amount: string): string =>
    `实际收取信息处理费${count}件，共计${amount}元`,
  nonePaid: '申请人均未缴纳，实际收取信息处理费0元',
  /** Collected without notices cannot be; the figures are said as given. */
  collectedOnly: (count: string, amount: string): string =>
    `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${count}件，共计${amount}元`,
} as const;

/** Why a paragraph cannot be drafted yet: "表三还有 27 格未填写，填完后才能生成". */
export function missingFiguresWord(tables: readonly string[], count: number): string {
  return `${tables.join('、')}还有 ${count} 格未填写，填完后才能生成`;
}

/** What a figure found in copied text is (src/domain/narrative/copied-figures.ts). */
export const COPIED_FIGURE_WORDS = {
  carriedOver: '上年结转的申请数',
  carriedForward: '结转下年度的申请数',
  newReceived: '新收的申请数',
  received: '收到的申请数',
  handled: '办结的申请数',
  granted: '予以公开的申请数',
  partlyGranted: '部分公开的申请数',
  denied: '不予公开的申请数',
  unavailable: '无法提供的申请数',
  notProcessed: '不予处理的申请数',
  reconsideration: '行政复议案件数',
  litigation: '行政诉讼案件数',
  regulationsInForce: '现行有效的规章件数',
  documentsInForce: '现行有效的行政规范性文件件数',
  regulationsIssued: '制发的规章件数',
  documentsIssued: '制发的行政规范性文件件数',
  licensing: '行政许可决定数',
  penalty: '行政处罚决定数',
  coercion: '行政强制决定数',
  fees: '行政事业性收费金额',
} as const;

/** A figure in copied text that is last year's: what it is, and this year's figure. */
export function copiedFigureWord(what: string, previous: string, current: string | null): string {
  return current === null
    ? `“${previous}”是上年的${what}；本年的还未填写`
    : current === previous
      ? `“${previous}”是上年的${what}，与本年相同`
      : `“${previous}”是上年的${what}，本年为 ${current}`;
}
