/**
 * The zod check of one filled cell value by its kind: whole ≥ 0, signed whole, 万元 ≥ 0 with at
 * most MONEY_DECIMALS (6) decimals, at most MAX_CELL_VALUE in size. The report schema and the typed-text parser
 * both use it, so a typed or pasted value can never take a shape a report file may not have.
 */
import './zod-setup.ts';
import { z } from 'zod';
import type { CellKind } from '../templates/index.ts';

export const MAX_CELL_VALUE = 1e9;

/**
 * Decimals a 万元 amount may have: 6, to the 分 (real reports print 本年收费金额 such as
 * 5949.088667 万元). Files written with at most 4 (before) read the same.
 */
export const MONEY_DECIMALS = 6;

/** The decimals of a number as written in its shortest form (1e-7 → 7). */
export function decimalsOf(v: number): number {
  const [mantissa = '', exponent] = String(Math.abs(v)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

export const hasAtMostMoneyDecimals = (v: number): boolean => decimalsOf(v) <= MONEY_DECIMALS;

const SCHEMAS: { readonly [K in CellKind]: z.ZodType<number> } = {
  count: z
    .number()
    .int({ error: '应填整数，不能有小数' })
    .min(0, { error: '不能为负数' })
    .max(MAX_CELL_VALUE, { error: '数值过大' }),
  signed: z
    .number()
    .int({ error: '应填整数，不能有小数' })
    .min(-MAX_CELL_VALUE, { error: '数值过大' })
    .max(MAX_CELL_VALUE, { error: '数值过大' }),
  money: z
    .number()
    .min(0, { error: '金额不能为负数' })
    .max(MAX_CELL_VALUE, { error: '数值过大' })
    .refine(hasAtMostMoneyDecimals, { error: `金额最多保留 ${MONEY_DECIMALS} 位小数` }),
};

/** The schema a filled (non-null) value of this kind must satisfy. */
export function cellValueSchema(kind: CellKind): z.ZodType<number> {
  return SCHEMAS[kind];
}
