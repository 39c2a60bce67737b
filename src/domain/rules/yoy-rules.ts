import { allCells } from '../templates/index.ts';
import { labelOf, value } from './rule-helpers.ts';
import type { FindingDraft, Rule } from './rule.types.ts';

export const OUTLIER_RATIO = 5;
export const OUTLIER_MIN_CHANGE = 20;

export const yoyOutlier: Rule = {
  id: 'yoy.outlier',
  severity: 'info',
  title: '与上年相比变化很大',
  explanation: `与上年同一单元格相比相差 ${OUTLIER_MIN_CHANGE} 以上且达 ${OUTLIER_RATIO} 倍以上。请确认没有填错行、列或单位。`,
  source: '同比核对',
  check: ({ report, previous, template }) => {
    if (!previous) return [];
    const out: FindingDraft[] = [];
    for (const cell of allCells(template)) {
      if (cell.sumOf) continue;
      const now = value(report, cell.id);
      const before = value(previous, cell.id);
      if (now === null || before === null) continue;
      const change = Math.abs(now - before);
      const low = Math.min(Math.abs(now), Math.abs(before));
      const high = Math.max(Math.abs(now), Math.abs(before));
      if (change < OUTLIER_MIN_CHANGE || high < low * OUTLIER_RATIO) continue;
      out.push({
        code: 'yoy.outlier',
        params: { label: labelOf(template, cell.id), now, before },
        cells: [cell.id],
        expected: before,
        actual: now,
        delta: now - before,
        area: cell.table,
      });
    }
    return out;
  },
};
