import { allCells, type TableId } from '../templates/index.ts';
import { hasAtMostMoneyDecimals, MAX_CELL_VALUE, MONEY_DECIMALS } from '../model/index.ts';
import type { CellValueProblem } from '../notes/index.ts';
import { labelOf, value } from './rule-helpers.ts';
import type { FindingDraft, Rule } from './rule.types.ts';

export const cellsValid: Rule = {
  id: 'cells.valid',
  severity: 'error',
  title: '数值格式不对',
  explanation: '件数应为不小于 0 的整数；“本年增/减”可以为负数；金额以万元为单位，最多 6 位小数。',
  source: '统计表的单位与填报要求',
  check: ({ given, template }) => {
    const out: FindingDraft[] = [];
    for (const cell of allCells(template)) {
      const v = value(given, cell.id);
      if (v === null) continue;
      const problem: CellValueProblem | null = !Number.isFinite(v)
        ? 'notFinite'
        : Math.abs(v) > MAX_CELL_VALUE
          ? 'tooLarge'
          : cell.kind === 'money'
            ? v < 0
              ? 'negativeMoney'
              : !hasAtMostMoneyDecimals(v)
                ? 'moneyDecimals'
                : null
            : !Number.isInteger(v)
              ? 'notInteger'
              : cell.kind === 'count' && v < 0
                ? 'negative'
                : null;
      if (problem)
        out.push({
          code: 'cells.valid',
          params: {
            label: labelOf(template, cell.id),
            problem,
            value: v,
            ...(problem === 'tooLarge' ? { limit: MAX_CELL_VALUE } : {}),
            ...(problem === 'moneyDecimals' ? { limit: MONEY_DECIMALS } : {}),
          },
          cells: [cell.id],
          actual: v,
          area: cell.table,
        });
    }
    return out;
  },
};

export const cellsComplete: Rule = {
  id: 'cells.complete',
  severity: 'error',
  title: '有单元格未填写',
  explanation:
    '统计表的每个单元格都要填写，没有发生的填 0，不要留空或填“-”“/”。起草时只提示数量，最终导出前必须填完。',
  source: '国办公开办函〔2021〕30号 统计表填报要求（参考 §4 T3-4、T4-2）',
  check: ({ report, template, mode }) => {
    const empty = new Map<TableId, string[]>();
    for (const cell of allCells(template)) {
      if (cell.sumOf || value(report, cell.id) !== null) continue;
      const list = empty.get(cell.table) ?? [];
      list.push(cell.id);
      empty.set(cell.table, list);
    }
    return [...empty].map(([table, cells]) => ({
      code: 'cells.complete' as const,
      params: { table, count: cells.length, final: mode === 'final' },
      cells,
      actual: cells.length,
      area: table,
      ...(mode === 'draft' ? { severity: 'info' as const } : {}),
    }));
  },
};
