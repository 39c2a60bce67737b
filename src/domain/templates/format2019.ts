/** 国办公开办函〔2019〕60号 (格式（试行）): the format for the 2019 and 2020 reports (reference §2). */
import { buildActiveTable, buildReviewsTable, type ActiveColumnSpec } from './table-builders.ts';
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

const previousItems: ActiveColumnSpec = {
  key: 'previousItems',
  label: '上一年项目数量',
  kind: 'count',
  unit: '项',
};
// "减用负值表示，如-8" (Hubei guidance, reference §2.2)
const change: ActiveColumnSpec = { key: 'change', label: '本年增/减', kind: 'signed', unit: '项' };
const decisions: ActiveColumnSpec = {
  key: 'decisions',
  label: '处理决定数量',
  kind: 'count',
  unit: '件',
};

export const format2019: FormatTemplate = {
  id: '2019',
  document: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  preamble: PREAMBLE,
  sections: [
    {
      ...H.overview,
      kind: 'narrative',
      narrative: 'overview',
      prompts: ['主动公开', '依申请公开', '政府信息管理', '平台建设', '监督保障'],
    },
    { ...H.active, kind: 'table', table: 'active' },
    { ...H.requests, kind: 'table', table: 'requests' },
    { ...H.reviews, kind: 'table', table: 'reviews' },
    { ...H.problems, kind: 'narrative', narrative: 'problems' },
    { ...H.other, kind: 'narrative', narrative: 'other' },
  ],
  tables: {
    active: buildActiveTable([
      {
        title: '第二十条第（一）项',
        contentHeader: CONTENT_HEADER,
        columns: [
          { key: 'made', label: '本年新制作数量', kind: 'count', unit: '件' },
          { key: 'published', label: '本年新公开数量', kind: 'count', unit: '件' },
          { key: 'publicTotal', label: '对外公开总数量', kind: 'count', unit: '件' },
        ],
        rows: [
          { key: 'regulations', label: '规章' },
          { key: 'normativeDocuments', label: '规范性文件' },
        ],
      },
      {
        title: '第二十条第（五）项',
        contentHeader: CONTENT_HEADER,
        columns: [previousItems, change, decisions],
        rows: [
          { key: 'licensing', label: '行政许可' },
          { key: 'otherServices', label: '其他对外管理服务事项' },
        ],
      },
      {
        title: '第二十条第（六）项',
        contentHeader: CONTENT_HEADER,
        columns: [previousItems, change, decisions],
        rows: [
          { key: 'penalty', label: '行政处罚' },
          { key: 'coercion', label: '行政强制' },
        ],
      },
      {
        title: '第二十条第（八）项',
        contentHeader: CONTENT_HEADER,
        columns: [previousItems, change],
        rows: [{ key: 'fees', label: '行政事业性收费' }],
      },
      {
        title: '第二十条第（九）项',
        contentHeader: CONTENT_HEADER,
        columns: [
          { key: 'projects', label: '采购项目数量', kind: 'count', unit: '项' },
          // No unit is printed on the national form; the app records 万元 (reference §2.2).
          { key: 'amount', label: '采购总金额', kind: 'money', unit: '万元' },
        ],
        rows: [{ key: 'procurement', label: '政府集中采购' }],
      },
    ]),
    requests: requestsTable([
      ...RESULTS_FIRST,
      { kind: 'row', key: 'otherHandling', label: OTHER_HANDLING_LABEL },
      RESULTS_TOTAL,
    ]),
    reviews: buildReviewsTable(REVIEWS),
  },
};
