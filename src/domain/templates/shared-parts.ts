/**
 * Parts printed identically in 国办公开办函〔2019〕60号 and 〔2021〕30号 (reference §2.3, §2.4):
 * table 三 apart from （六）, all of table 四, and the section headings.
 */
import {
  buildRequestsTable,
  type ColumnSpec,
  type RequestResultSpec,
  type RequestRowSpec,
  type ReviewsTableSpec,
} from './table-builders.ts';
import type { ApplicantColumnKey, TableTemplate } from './template.types.ts';

export const REQUESTS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const APPLICANT_COLUMNS: readonly (ColumnSpec & { readonly key: ApplicantColumnKey })[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalServices', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
];

/** Table 三's seven columns: the six kinds of applicant, then 总计. */
export const APPLICANT_KEYS: readonly ApplicantColumnKey[] = APPLICANT_COLUMNS.map((c) => c.key);

export const REQUESTS_BEFORE: readonly RequestRowSpec[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
];

export const REQUESTS_AFTER: readonly RequestRowSpec[] = [
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
];

export const RESULTS_LABEL = '三、本年度办理结果';

/** Result rows （一） to （五）, the same in both formats. */
export const RESULTS_FIRST: readonly RequestResultSpec[] = [
  { kind: 'row', key: 'granted', label: '（一）予以公开' },
  {
    kind: 'row',
    key: 'partlyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  },
  {
    kind: 'group',
    key: 'denied',
    label: '（三）不予公开',
    items: [
      { key: 'stateSecret', label: '1.属于国家秘密' },
      { key: 'prohibitedByLaw', label: '2.其他法律行政法规禁止公开' },
      { key: 'threeSecurities', label: '3.危及“三安全一稳定”' },
      { key: 'thirdPartyRights', label: '4.保护第三方合法权益' },
      { key: 'internalAffairs', label: '5.属于三类内部事务信息' },
      { key: 'processInformation', label: '6.属于四类过程性信息' },
      { key: 'enforcementFiles', label: '7.属于行政执法案卷' },
      { key: 'inquiryMatters', label: '8.属于行政查询事项' },
    ],
  },
  {
    kind: 'group',
    key: 'unavailable',
    label: '（四）无法提供',
    items: [
      { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
      { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'stillUnclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    kind: 'group',
    key: 'notProcessed',
    label: '（五）不予处理',
    items: [
      { key: 'complaints', label: '1.信访举报投诉类申请' },
      { key: 'duplicate', label: '2.重复申请' },
      { key: 'publications', label: '3.要求提供公开出版物' },
      { key: 'excessive', label: '4.无正当理由大量反复申请' },
      { key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
];

export const OTHER_HANDLING_LABEL = '（六）其他处理';
export const RESULTS_TOTAL: RequestResultSpec = {
  kind: 'total',
  key: 'total',
  label: '（七）总计',
};

export const REVIEWS: ReviewsTableSpec = {
  reconsideration: { key: 'reconsideration', label: '行政复议' },
  litigationLabel: '行政诉讼',
  litigation: [
    { key: 'litigationDirect', label: '未经复议直接起诉' },
    { key: 'litigationAfterReconsideration', label: '复议后起诉' },
  ],
  outcomes: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计' },
  ],
};

export const PREAMBLE = { narrative: 'preamble', label: '引言（报告开头段落，可选）' } as const;

export const SECTION_HEADINGS = {
  overview: { number: '一', heading: '一、总体情况' },
  active: { number: '二', heading: '二、主动公开政府信息情况' },
  requests: { number: '三', heading: '三、收到和处理政府信息公开申请情况' },
  reviews: { number: '四', heading: '四、政府信息公开行政复议、行政诉讼情况' },
  problems: { number: '五', heading: '五、存在的主要问题及改进情况' },
  other: { number: '六', heading: '六、其他需要报告的事项' },
} as const;

/** Table 二 header of the first column of every block. */
export const CONTENT_HEADER = '信息内容';

/** Table 三 of either format: everything is shared but the result rows (（六） differs). */
export function requestsTable(results: readonly RequestResultSpec[]): TableTemplate {
  return buildRequestsTable({
    note: REQUESTS_NOTE,
    applicantHeader: '申请人情况',
    organisationHeader: '法人或其他组织',
    columns: APPLICANT_COLUMNS,
    before: REQUESTS_BEFORE,
    resultsKey: 'results',
    resultsLabel: RESULTS_LABEL,
    results,
    after: REQUESTS_AFTER,
  });
}
