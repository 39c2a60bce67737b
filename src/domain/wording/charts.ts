/**
 * The words of the 图解 (the charts published beside the report): chart titles, the lines under
 * them, series names and the empty-chart messages. Row and column labels come from the templates;
 * only what the official form does not print is spelled here.
 */

/** What a chart with no case this year says instead of drawing empty bars. */
export const NO_CASES_WORD = '本年无此类情况';

/** What a chart says when none of its cells has been filled yet (a draft). */
export const NOT_FILLED_WORD = '尚未填写';

/** The label of a bar whose cell is still empty. */
export const EMPTY_CELL_WORD = '未填';

/** The name of the set of charts (tab, buttons, file names). */
export const CHARTS_WORD = '图解';

/** "外交部 2024 年政府信息公开工作年度报告 · 图解" */
export function chartCaption(agency: string, year: number): string {
  const who = agency.trim() === '' ? '' : `${agency.trim()} `;
  return `${who}${year} 年政府信息公开工作年度报告 · ${CHARTS_WORD}`;
}

/** "（单位：件）" */
export function unitLine(unit: string): string {
  return `（单位：${unit}）`;
}

/** "2023 年" */
export function yearWord(year: number): string {
  return `${year} 年`;
}

export const CHART_WORDS = {
  applicants: {
    title: '申请人构成',
    subtitle: '本年新收政府信息公开申请数量，按申请人情况',
    naturalPerson: '自然人',
    organisations: '法人或其他组织',
  },
  results: {
    title: '本年度办理结果',
    subtitle: '表三“三、本年度办理结果”各项合计',
    groups: '办理结果',
    total: '总计',
  },
  denied: { title: '不予公开的理由', subtitle: '（三）不予公开，按理由' },
  unavailable: { title: '无法提供的情形', subtitle: '（四）无法提供，按情形' },
  notProcessed: { title: '不予处理的情形', subtitle: '（五）不予处理，按情形' },
  otherHandling: { title: '其他处理的情形', subtitle: '（六）其他处理，按情形' },
  trend: {
    /** Two years: this year against last year. */
    titleTwoYears: '本年新收申请与上年比较',
    /** Three years or more. */
    titleYears: '历年新收申请',
    subtitle: '新收政府信息公开申请数量和办结数量',
    newReceived: '本年新收申请',
    concluded: '办理结果总计',
  },
  reviews: {
    title: '行政复议、行政诉讼结果',
    subtitle: '政府信息公开行政复议、行政诉讼案件，按结果',
  },
  activeDocuments: {
    title: '规章和规范性文件',
    subtitle: '主动公开政府信息情况（第二十条第（一）项）',
  },
  activeDecisions: {
    title: '行政许可、处罚、强制等事项',
    subtitle: '主动公开政府信息情况（第二十条第（五）（六）项），处理决定数量',
  },
} as const;
