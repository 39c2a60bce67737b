import { decimalsOf } from '../model/index.ts';
import { labelOf, mismatch, value } from './rule-helpers.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.types.ts';

/** Rows of 第二十条第（一）项 (规章, 行政规范性文件 / 规范性文件) in the template's order. */
function documentRows(ctx: RuleContext, column: string): string[] {
  return ctx.template.tables.active.cells
    .filter((c) => c.id.endsWith(`.${column}`) && c.rowGroup === '第二十条第（一）项')
    .map((c) => c.id.split('.')[1]!);
}

/** Last year's 现行有效件数 of a row, only when last year used the 2021 format (2019's 对外公开总数量 is not comparable). */
function previousInForce(ctx: RuleContext, row: string): number | null {
  return ctx.previous?.format === '2021' ? value(ctx.previous, `active.${row}.inForce`) : null;
}

export const activeInForce: Rule = {
  id: 'active.inForce',
  severity: 'warning',
  title: '现行有效件数与上年衔接不上',
  explanation:
    '一般应有：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。修改、有效期届满失效等情况可能使两者不等，这时请写明说明。',
  source: '表二行义（参考 §4 T2-1）',
  formats: ['2021'],
  check: (ctx) => {
    const out: FindingDraft[] = [];
    for (const row of documentRows(ctx, 'inForce')) {
      const before = previousInForce(ctx, row);
      const ids = ['issued', 'repealed', 'inForce'].map((c) => `active.${row}.${c}`);
      const [issued, repealed, inForce] = ids.map((id) => value(ctx.report, id));
      if (before === null || issued == null || repealed == null || inForce == null) continue;
      const expected = before + issued - repealed;
      if (expected === inForce) continue;
      out.push(
        mismatch(
          'active.inForce',
          { label: labelOf(ctx.template, ids[2]!), inForce, before, issued, repealed },
          ids,
          expected,
          inForce,
        ),
      );
    }
    return out;
  },
};

export const activeRepealBound: Rule = {
  id: 'active.repealBound',
  severity: 'warning',
  title: '废止件数多于可废止的件数',
  explanation: '本年废止的件数不应超过上年现行有效件数与本年制发件数之和。',
  source: '表二行义（参考 §4 T2-2）',
  formats: ['2021'],
  check: (ctx) => {
    const out: FindingDraft[] = [];
    for (const row of documentRows(ctx, 'repealed')) {
      const before = previousInForce(ctx, row);
      const issuedId = `active.${row}.issued`;
      const repealedId = `active.${row}.repealed`;
      const issued = value(ctx.report, issuedId);
      const repealed = value(ctx.report, repealedId);
      if (before === null || issued === null || repealed === null) continue;
      const bound = before + issued;
      if (repealed <= bound) continue;
      out.push(
        mismatch(
          'active.repealBound',
          { label: labelOf(ctx.template, repealedId), repealed, before, issued },
          [repealedId, issuedId],
          bound,
          repealed,
        ),
      );
    }
    return out;
  },
};

/**
 * 20 亿元: from here a 万元 figure is more likely an amount typed in 元. Calibrated on real
 * reports: a prefecture-level city's fees reach about 10 亿元 (96171.6 万元), a county-level
 * zone's 2 亿元 (18651.06 and 24252.311082 万元), so twice the largest real figure still reads
 * as 万元. Fees of 20 万元 or more typed in 元 (200000 for 20 万元) still warn; smaller ones
 * typed in 元 are left to the year-on-year check. The old threshold, 1 亿元, warned on real
 * reports.
 */
export const FEE_UNIT_THRESHOLD = 200_000;
/** 元 are printed to the 分 at most: an amount with more decimals is in 万元 whatever its size. */
const YUAN_DECIMALS = 2;

export const activeFeeUnit: Rule = {
  id: 'active.feeUnit',
  severity: 'warning',
  title: '收费金额可能按“元”填写了',
  explanation:
    '表二“本年收费金额”的单位是万元。数字很大时，请核实是否误把“元”当作“万元”填写（例如 12 万元应填 12，不是 120000）。',
  source: '统计表表二单位“（单位：万元）”（参考 §4 T2-3）',
  formats: ['2021'],
  check: ({ report, template }) => {
    const id = 'active.fees.amount';
    const amount = value(report, id);
    if (amount === null || amount < FEE_UNIT_THRESHOLD || decimalsOf(amount) > YUAN_DECIMALS)
      return [];
    return [
      {
        code: 'active.feeUnit',
        params: { label: labelOf(template, id), amount },
        cells: [id],
        actual: amount,
        area: 'active',
      },
    ];
  },
};

const ITEM_ROWS_2019 = ['licensing', 'otherServices', 'penalty', 'coercion', 'fees'];

export const activeItemsNonNegative: Rule = {
  id: 'active.itemsNonNegative',
  severity: 'error',
  title: '项目数量减少后为负数',
  explanation:
    '“上一年项目数量”加“本年增/减”是本年末的项目数量，不能小于 0。减少时填负数，例如 -8。',
  source: '湖北省填报说明（参考 §4 T2o-2）',
  formats: ['2019'],
  check: ({ report, template }) =>
    ITEM_ROWS_2019.flatMap((row) => {
      const ids = [`active.${row}.previousItems`, `active.${row}.change`];
      const [prev, change] = ids.map((id) => value(report, id));
      if (prev == null || change == null || prev + change >= 0) return [];
      return [
        mismatch(
          'active.itemsNonNegative',
          { label: labelOf(template, ids[1]!), change, previousItems: prev },
          ids,
          0,
          prev + change,
        ),
      ];
    }),
};

export const activePublicTotal: Rule = {
  id: 'active.publicTotal',
  severity: 'warning',
  title: '对外公开总数量少于本年新公开数量',
  explanation: '对外公开总数量包含本年新公开的件数，一般不应少于本年新公开数量。',
  source: '表二行义（参考 §4 T2o-3）',
  formats: ['2019'],
  check: ({ report, template }) =>
    ['regulations', 'normativeDocuments'].flatMap((row) => {
      const ids = [`active.${row}.publicTotal`, `active.${row}.published`];
      const [total, published] = ids.map((id) => value(report, id));
      if (total == null || published == null || total >= published) return [];
      return [
        mismatch(
          'active.publicTotal',
          { label: labelOf(template, ids[0]!), total, published },
          ids,
          published,
          total,
        ),
      ];
    }),
};

export const activePreviousItems: Rule = {
  id: 'active.previousItems',
  severity: 'warning',
  title: '上一年项目数量与上年报告衔接不上',
  explanation: '本年“上一年项目数量”一般应等于上年报告的“上一年项目数量”加“本年增/减”。',
  source: '表二行义（参考 §4 T2o-1）',
  formats: ['2019'],
  check: ({ report, previous, template }) => {
    if (previous?.format !== '2019') return [];
    return ITEM_ROWS_2019.flatMap((row) => {
      const id = `active.${row}.previousItems`;
      const now = value(report, id);
      const before = value(previous, id);
      const change = value(previous, `active.${row}.change`);
      if (now === null || before === null || change === null || now === before + change) return [];
      return [
        mismatch(
          'active.previousItems',
          { label: labelOf(template, id), now, before, change },
          [id],
          before + change,
          now,
        ),
      ];
    });
  },
};
