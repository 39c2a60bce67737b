import type { CellId, FormatTemplate } from '../templates/index.ts';
import { labelOf, mismatch, value } from './rule-helpers.ts';
import type { FindingDraft, Rule } from './rule.types.ts';

/** The seven columns of table 三, read from the template (the cells of row 一). */
function applicantColumns(ctx: Parameters<Rule['check']>[0]): { key: string; label: string }[] {
  return ctx.template.tables.requests.cells
    .filter((c) => c.id.startsWith('requests.newReceived.'))
    .map((c) => ({ key: c.id.slice('requests.newReceived.'.length), label: c.columnLabel }));
}

const enteredByTemplate = new WeakMap<FormatTemplate, Map<string, CellId[]>>();
/** The entered cells of table 三 per column key; 'total' has all of them. */
function enteredCellsByColumn(template: FormatTemplate): Map<string, CellId[]> {
  let map = enteredByTemplate.get(template);
  if (!map) {
    map = new Map([['total', []]]);
    for (const c of template.tables.requests.cells) {
      if (c.sumOf) continue;
      const key = c.id.slice(c.id.lastIndexOf('.') + 1);
      map.set(key, [...(map.get(key) ?? []), c.id]);
      map.get('total')!.push(c.id);
    }
    enteredByTemplate.set(template, map);
  }
  return map;
}

export const requestsBalance: Rule = {
  id: 'requests.balance',
  severity: 'error',
  title: '表三勾稽关系不平',
  explanation:
    '表三每一列都要满足：第一项（本年新收）加第二项（上年结转）之和，等于第三项（本年度办理结果总计）加第四项（结转下年度继续办理）之和。',
  source: '统计表表三表头注释“本列数据的勾稽关系”',
  check: (ctx) => {
    const { report, template } = ctx;
    const out: FindingDraft[] = [];
    const inputsByColumn = enteredCellsByColumn(template);
    const rowsOf = (key: string) =>
      ['newReceived', 'carriedOver', 'results.total', 'carriedForward'].map(
        (r) => `requests.${r}.${key}`,
      );
    // The 总计 column is the sum of the six applicant columns, so when it is off it is only the
    // echo of a column that is off: one wrong cell is one finding, naming the 总计 cells too.
    const totalIds = rowsOf('total');
    for (const col of applicantColumns(ctx)) {
      if (col.key === 'total') continue;
      // While a column is still being filled in, a partial sum would raise a false alarm.
      if (inputsByColumn.get(col.key)?.some((id) => value(report, id) === null)) continue;
      const ids = rowsOf(col.key);
      const [a, b, c, d] = ids.map((id) => value(report, id) ?? 0) as [
        number,
        number,
        number,
        number,
      ];
      const left = a + b;
      const right = c + d;
      if (left === right) continue;
      out.push(
        mismatch(
          'requests.balance',
          {
            column: col.label,
            newReceived: a,
            carriedOver: b,
            resultsTotal: c,
            carriedForward: d,
          },
          [...ids, ...totalIds],
          left,
          right,
        ),
      );
    }
    return out;
  },
};

export const requestsCarryover: Rule = {
  id: 'requests.carryover',
  severity: 'error',
  title: '上年结转与上年报告不一致',
  explanation:
    '本年“二、上年结转政府信息公开申请数量”应等于上一年度报告中“四、结转下年度继续办理”的数字，每一列都要一致。',
  source: '表三行义（参考 §4 T3-5）',
  check: (ctx) => {
    const { report, previous } = ctx;
    if (!previous) return [];
    // Compared with a report that is not last year's, a difference is only a hint.
    const adjacent = previous.year === report.year - 1;
    const out: FindingDraft[] = [];
    for (const col of applicantColumns(ctx)) {
      const id = `requests.carriedOver.${col.key}`;
      const prevId = `requests.carriedForward.${col.key}`;
      const now = value(report, id);
      const before = value(previous, prevId);
      if (now === null || before === null || now === before) continue;
      const finding = mismatch(
        'requests.carryover',
        { column: col.label, now, before, ...(adjacent ? {} : { otherYear: previous.year }) },
        [id],
        before,
        now,
      );
      out.push(adjacent ? finding : { ...finding, severity: 'warning' });
    }
    return out;
  },
};

export const importedTotals: Rule = {
  id: 'imported.totals',
  severity: 'error',
  title: '导入的合计与分项之和不符',
  explanation:
    '导入文件中印出的总计数与其分项相加的结果不同。本工具按分项重新计算总计；请核对原报告，确认是总计印错还是某个分项填错。',
  source: '表三、表四“总计”的含义（参考 §4 T3-2、T3-3、T4-1）',
  check: ({ report, given, template }) => {
    const out: FindingDraft[] = [];
    for (const table of [
      template.tables.active,
      template.tables.requests,
      template.tables.reviews,
    ]) {
      for (const cell of table.cells) {
        if (!cell.sumOf) continue;
        const printed = value(given, cell.id);
        const computed = value(report, cell.id);
        if (printed === null || computed === null || printed === computed) continue;
        out.push(
          mismatch(
            'imported.totals',
            { label: labelOf(template, cell.id), printed, computed },
            [cell.id, ...cell.sumOf],
            computed,
            printed,
          ),
        );
      }
    }
    return out;
  },
};
