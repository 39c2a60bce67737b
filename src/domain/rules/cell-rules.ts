import { allCells, type TableId } from '../templates/index.ts';
import { hasAtMostMoneyDecimals, MAX_CELL_VALUE, MONEY_DECIMALS } from '../model/index.ts';
import { labelOf, num, value } from './rule-helpers.ts';
import type { FindingDraft, Rule } from './rule.types.ts';

const TABLE_NAMES: Record<TableId, string> = {
  active: '表二（主动公开）',
  requests: '表三（依申请公开）',
  reviews: '表四（复议诉讼）',
};

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
      const problem = !Number.isFinite(v)
        ? '不是有效数字'
        : Math.abs(v) > MAX_CELL_VALUE
          ? `超出上限 ${MAX_CELL_VALUE}`
          : cell.kind === 'money'
            ? v < 0
              ? '金额不能为负数'
              : !hasAtMostMoneyDecimals(v)
                ? `金额最多保留 ${MONEY_DECIMALS} 位小数`
                : null
            : !Number.isInteger(v)
              ? '应为整数'
              : cell.kind === 'count' && v < 0
                ? '不能为负数'
                : null;
      if (problem)
        out.push({
          message: `${labelOf(template, cell.id)}：${problem}（现为 ${num(v)}）`,
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
      message: `${TABLE_NAMES[table]}有 ${cells.length} 个单元格未填写${mode === 'final' ? '，没有的请填 0' : ''}`,
      cells,
      actual: cells.length,
      area: table,
      ...(mode === 'draft' ? { severity: 'info' as const } : {}),
    }));
  },
};
