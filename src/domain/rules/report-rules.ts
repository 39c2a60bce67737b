import { formatForYear } from '../templates/index.ts';
import type { Rule } from './rule.types.ts';

export const formatYear: Rule = {
  id: 'format.year',
  severity: 'error',
  title: '报告格式与年度不符',
  explanation:
    '2020 年及以前的年度报告使用国办公开办函〔2019〕60号格式；2021 年及以后使用国办公开办函〔2021〕30号格式。',
  source: '国办公开办函〔2019〕60号、〔2021〕30号（参考 §4 X-6）',
  check: ({ report }) => {
    const required = formatForYear(report.year);
    if (report.format === required) return [];
    return [
      {
        code: 'format.year',
        params: { year: report.year, required, current: report.format },
        cells: [],
        area: 'report',
      },
    ];
  },
};
