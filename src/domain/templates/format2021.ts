/** 国办公开办函〔2021〕30号: the format for reports on 2021 and later (reference §1). */
import { buildActiveTable, buildReviewsTable } from './table-builders.ts';
import type { FormatTemplate } from './template.types.ts';
import {
  CONTENT_HEADER,
  OTHER_HANDLING_LABEL,
  PREAMBLE,
  requestsTable,
  RESULTS_FIRST,
  RESULTS_TOTAL,
  REVIEWS,
  SECTION_HEADINGS as H,
} from './shared-parts.ts';

const decisions = {
  key: 'decisions',
  label: '本年处理决定数量',
  kind: 'count',
  unit: '件',
} as const;

export const format2021: FormatTemplate = {
  id: '2021',
  document: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  preamble: PREAMBLE,
  sections: [
    {
      ...H.overview,
      kind: 'narrative',
      narrative: 'overview',
      prompts: ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'],
    },
    { ...H.active, kind: 'table', table: 'active' },
    { ...H.requests, kind: 'table', table: 'requests' },
    { ...H.reviews, kind: 'table', table: 'reviews' },
    {
      ...H.problems,
      kind: 'narrative',
      narrative: 'problems',
      prompts: ['存在的主要问题', '改进措施', '上年度问题整改情况'],
    },
    {
      ...H.other,
      kind: 'narrative',
      narrative: 'other',
      prompts: [
        '信息处理费：发出收费通知的件数和总金额，以及实际收取的总金额（未收取的写明“本年度未收取信息处理费”）',
        '本机关落实上级年度政务公开工作要点情况',
        '人大代表建议和政协提案办理结果公开情况',
        '年度政务公开工作创新情况',
      ],
    },
  ],
  tables: {
    active: buildActiveTable([
      {
        title: '第二十条第（一）项',
        contentHeader: CONTENT_HEADER,
        columns: [
          { key: 'issued', label: '本年制发件数', kind: 'count', unit: '件' },
          { key: 'repealed', label: '本年废止件数', kind: 'count', unit: '件' },
          { key: 'inForce', label: '现行有效件数', kind: 'count', unit: '件' },
        ],
        rows: [
          { key: 'regulations', label: '规章' },
          { key: 'normativeDocuments', label: '行政规范性文件' },
        ],
      },
      {
        title: '第二十条第（五）项',
        contentHeader: CONTENT_HEADER,
        columns: [decisions],
        rows: [{ key: 'licensing', label: '行政许可' }],
      },
      {
        title: '第二十条第（六）项',
        contentHeader: CONTENT_HEADER,
        columns: [decisions],
        rows: [
          { key: 'penalty', label: '行政处罚' },
          { key: 'coercion', label: '行政强制' },
        ],
      },
      {
        title: '第二十条第（八）项',
        contentHeader: CONTENT_HEADER,
        columns: [
          { key: 'amount', label: '本年收费金额（单位：万元）', kind: 'money', unit: '万元' },
        ],
        rows: [{ key: 'fees', label: '行政事业性收费' }],
      },
    ]),
    requests: requestsTable([
      ...RESULTS_FIRST,
      {
        kind: 'group',
        key: 'otherHandling',
        label: OTHER_HANDLING_LABEL,
        items: [
          {
            key: 'noCorrection',
            label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          },
          {
            key: 'feeUnpaid',
            label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          },
          { key: 'other', label: '3.其他' },
        ],
      },
      RESULTS_TOTAL,
    ]),
    reviews: buildReviewsTable(REVIEWS),
  },
};
