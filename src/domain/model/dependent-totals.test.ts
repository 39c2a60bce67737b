import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.ts';
import { dependentTotals } from './dependent-totals.ts';

const { requests, reviews, active } = getTemplate('2021').tables;
const R = 'requests';

describe('dependentTotals', () => {
  it.each<readonly [string, readonly string[]]>([
    [`${R}.newReceived.naturalPerson`, [`${R}.newReceived.total`]],
    [
      `${R}.results.granted.research`,
      [`${R}.results.granted.total`, `${R}.results.total.research`, `${R}.results.total.total`],
    ],
    [
      `${R}.results.denied.stateSecret.other`,
      [
        `${R}.results.denied.stateSecret.total`,
        `${R}.results.total.other`,
        `${R}.results.total.total`,
      ],
    ],
    [`${R}.carriedForward.other`, [`${R}.carriedForward.total`]],
    // a derived cell itself feeds the grand total
    [`${R}.results.total.research`, [`${R}.results.total.total`]],
    [`${R}.results.total.total`, []],
  ])('%s → %j', (id, totals) => {
    expect([...dependentTotals(requests, id)].sort()).toEqual([...totals].sort());
  });

  it('table 四: each outcome feeds its group’s 总计 only; table 二 has no totals', () => {
    expect(dependentTotals(reviews, 'reviews.litigationDirect.pending')).toEqual([
      'reviews.litigationDirect.total',
    ]);
    expect(dependentTotals(active, 'active.fees.amount')).toEqual([]);
  });

  it('every entered cell of table 三 feeds exactly its row 总计, and result rows also （七）总计 and the grand total', () => {
    for (const cell of requests.cells.filter((c) => !c.sumOf)) {
      const n = cell.id.startsWith(`${R}.results.`) ? 3 : 1;
      expect([cell.id, dependentTotals(requests, cell.id).length]).toEqual([cell.id, n]);
    }
  });
});
