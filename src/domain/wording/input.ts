/** Why a typed, pasted or imported text is not a value of its cell, as the cell and notes say it. */
import type { CellInputProblem } from '../notes/cell-input-problem.ts';
import { MAX_CELL_VALUE } from '../model/cell-value-schema.ts';

/**
 * "“abc”不是数字：请填写阿拉伯数字，没有的填 0".
 * @example cellInputProblemWord({ kind: 'negative', cell: 'count' }) // '数量不能为负数（只有“本年增/减”可以填负数）'
 */
export function cellInputProblemWord(problem: CellInputProblem): string {
  switch (problem.kind) {
    case 'notANumber':
      return `“${problem.text}”不是数字：请填写阿拉伯数字，没有的填 0`;
    case 'yuan':
      return `本格单位是万元：${problem.text}＝${String(problem.wan)}万元，请填 ${String(problem.wan)}`;
    case 'grouping':
      return `“${problem.text}”的千位分隔符位置不对：应为每三位一个，如 1,234`;
    case 'negative':
      return problem.cell === 'money'
        ? '金额不能为负数'
        : '数量不能为负数（只有“本年增/减”可以填负数）';
    case 'notInteger':
      return problem.scaled === undefined
        ? '数量应为整数，不能有小数'
        : `“${problem.text}”＝${String(problem.scaled)}，不是整数：数量应为整数`;
    case 'moneyDecimals':
      return `金额最多保留 ${problem.decimals} 位小数（单位：万元）`;
    case 'tooLarge':
      return `数值过大：最大为 ${String(MAX_CELL_VALUE)}`;
  }
}
