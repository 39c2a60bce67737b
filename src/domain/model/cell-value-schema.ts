/**
 * The zod check of one filled cell value by its kind: whole ≥ 0, signed whole, 万元 ≥ 0 with at
 * most 4 decimals, at most MAX_CELL_VALUE in size. The report schema and the typed-text parser
 * both use it, so a typed or pasted value can never take a shape a report file may not have.
 */
import './zod-setup.ts';
import { z } from 'zod';
import type { CellKind } from '../templates/index.ts';

export const MAX_CELL_VALUE = 1e9;

export const hasAtMostFourDecimals = (v: number): boolean =>
  Math.abs(v * 1e4 - Math.round(v * 1e4)) < 1e-6;

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
    .refine(hasAtMostFourDecimals, { error: '金额最多保留 4 位小数' }),
};

/** The schema a filled (non-null) value of this kind must satisfy. */
export function cellValueSchema(kind: CellKind): z.ZodType<number> {
  return SCHEMAS[kind];
}
