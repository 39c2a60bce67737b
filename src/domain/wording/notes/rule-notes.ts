/** The sentences of the checks' findings (codes in src/domain/notes/codes/rule-codes.ts). */
import { plainFigure as num } from '../../model/totals.ts';
import { MAX_CELL_VALUE, MONEY_DECIMALS } from '../../model/cell-value-schema.ts';
import { getTemplate } from '../../templates/index.ts';
import type { CellValueProblem, QuotedFigure, RuleNoteParams } from '../../notes/index.ts';
import { cellInputProblemWord } from '../input.ts';
import { refusedEntryMessage } from '../status.ts';
import { TABLE_WORDS } from '../words.ts';
import type { NoteWords } from './note-words.types.ts';

const CELL_PROBLEM_WORDS: Readonly<
  Record<CellValueProblem, (limit: number | undefined) => string>
> = {
  notFinite: () => '不是有效数字',
  tooLarge: (limit) => `超出上限 ${num(limit ?? MAX_CELL_VALUE)}`,
  negativeMoney: () => '金额不能为负数',
  moneyDecimals: (limit) => `金额最多保留 ${limit ?? MONEY_DECIMALS} 位小数`,
  notInteger: () => '应为整数',
  negative: () => '不能为负数',
};

const DOCUMENT_WORDS = { regulations: '规章', normativeDocuments: '行政规范性文件' } as const;
const DOCUMENT_FIGURE_WORDS = {
  issued: '制发的',
  repealed: '废止的',
  inForce: '现行有效的',
} as const;

/** What a figure quoted in the narrative is taken for: "收到的申请数", "现行有效的规章件数". */
export function quotedFigureWord(figure: QuotedFigure): string {
  switch (figure) {
    case 'received':
      return '收到的申请数';
    case 'handled':
      return '办结（答复）的申请数';
    case 'carried':
      return '结转的申请数';
    case 'reconsideration':
      return '行政复议案件数';
    case 'litigation':
      return '行政诉讼案件数';
    default: {
      const [what, doc] = figure.split(':') as [
        keyof typeof DOCUMENT_FIGURE_WORDS,
        keyof typeof DOCUMENT_WORDS,
      ];
      return `${DOCUMENT_FIGURE_WORDS[what]}${DOCUMENT_WORDS[doc]}件数`;
    }
  }
}

export const RULE_NOTE_WORDS: NoteWords<RuleNoteParams> = {
  // Too many decimals are shown as given: a figure rounded for display would hide the problem.
  'cells.valid': (p) =>
    `${p.label}：${CELL_PROBLEM_WORDS[p.problem](p.limit)}（现为 ${p.problem === 'moneyDecimals' ? String(p.value) : num(p.value)}）`,
  'cells.complete': (p) =>
    `${TABLE_WORDS[p.table]}有 ${p.count} 个单元格未填写${p.final ? '，没有的请填 0' : ''}`,
  'cells.refused': (p) => refusedEntryMessage(p.label, cellInputProblemWord(p.problem)),
  'requests.balance': (p) => {
    const left = p.newReceived + p.carriedOver;
    const right = p.resultsTotal + p.carriedForward;
    return `${p.column}列：一（${num(p.newReceived)}）加二（${num(p.carriedOver)}）为 ${num(left)}，三（七）总计（${num(p.resultsTotal)}）加四（${num(p.carriedForward)}）为 ${num(right)}，相差 ${num(Math.abs(left - right))}`;
  },
  'requests.carryover': (p) =>
    `${p.column}列：本年“上年结转”为 ${num(p.now)}，${p.otherYear === undefined ? '上年报告' : `${p.otherYear} 年度报告`}“结转下年度继续办理”为 ${num(p.before)}`,
  'imported.totals': (p) => `${p.label}：文件中为 ${num(p.printed)}，分项之和为 ${num(p.computed)}`,
  'active.inForce': (p) =>
    `${p.label}为 ${num(p.inForce)}，按上年 ${num(p.before)} + 制发 ${num(p.issued)} − 废止 ${num(p.repealed)} 应为 ${num(p.before + p.issued - p.repealed)}`,
  'active.repealBound': (p) =>
    `${p.label}为 ${num(p.repealed)}，超过上年现行有效 ${num(p.before)} 加本年制发 ${num(p.issued)}（共 ${num(p.before + p.issued)}）`,
  'active.feeUnit': (p) =>
    `${p.label}为 ${num(p.amount)} 万元（即 ${num(p.amount / 10000)} 亿元），请核实单位是否为万元`,
  'active.itemsNonNegative': (p) =>
    `${p.label}为 ${num(p.change)}，上一年项目数量只有 ${num(p.previousItems)}，相加为负数`,
  'active.publicTotal': (p) =>
    `${p.label}为 ${num(p.total)}，少于本年新公开数量 ${num(p.published)}`,
  'active.previousItems': (p) =>
    `${p.label}为 ${num(p.now)}，按上年报告 ${num(p.before)} 加增减 ${num(p.change)} 应为 ${num(p.before + p.change)}`,
  'format.year': (p) =>
    `${p.year} 年度的报告应使用${getTemplate(p.required).document}格式，当前为${getTemplate(p.current).document}格式`,
  'narrative.required': (p) => `“${p.heading}”还没有内容`,
  'narrative.fees': () => '“六、其他需要报告的事项”没有提到信息处理费的收取情况',
  'narrative.fees.notices': (p) =>
    `表三“逾期未按收费通知要求缴纳费用”有 ${num(p.feeUnpaid)} 件，但第六部分没有报告发出的收费通知`,
  'narrative.figures': (p) =>
    `正文写“${p.quoted}”，统计表中${quotedFigureWord(p.figure)}为 ${p.sums.map(num).join(' 或 ')}`,
  'narrative.similarity': (p) => `“${p.heading}”与上年报告的相似度为 ${p.percent}%`,
  'yoy.outlier': (p) => `${p.label}：本年 ${num(p.now)}，上年 ${num(p.before)}`,
};
