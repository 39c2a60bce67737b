import { describe, expect, it } from 'vitest';
import { loadFixture, withCells, type FixtureName } from '../test-support/fixtures.ts';
import { allCells, getTemplate } from '../templates/index.ts';
import { getCellValue, setCellValue } from './cells.ts';
import { createEmptyReport } from './create.ts';
import { derivedValue, roundMoney, withTotals, withTotalsAfter } from './totals.ts';

describe('withTotals', () => {
  it.each<FixtureName>(['mfa-2024', 'mfa-2020'])(
    'leaves %s unchanged (its published totals agree with their items)',
    (name) => {
      const report = loadFixture(name);
      expect(withTotals(report)).toEqual(loadFixture(name));
    },
  );

  it('recomputes the 总计 column, （七）总计 and its grand total after an item changes', () => {
    const report = setCellValue(
      loadFixture('mfa-2024'),
      'requests.results.granted.naturalPerson',
      5,
    );
    const totals = withTotals(report);
    expect(getCellValue(totals, 'requests.results.granted.total')).toBe(5);
    expect(getCellValue(totals, 'requests.results.total.naturalPerson')).toBe(83);
    expect(getCellValue(totals, 'requests.results.total.total')).toBe(83);
    expect(getCellValue(totals, 'requests.newReceived.total')).toBe(82);
    // the input keeps its (now stale) totals
    expect(getCellValue(report, 'requests.results.total.total')).toBe(80);
  });

  it('recomputes a 总计 of table 四', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'reviews.reconsideration.upheld': 10,
      'reviews.litigationDirect.pending': 2,
    });
    const totals = withTotals(report);
    expect(getCellValue(totals, 'reviews.reconsideration.total')).toBe(28);
    expect(getCellValue(totals, 'reviews.litigationDirect.total')).toBe(2);
    expect(getCellValue(totals, 'reviews.litigationAfterReconsideration.total')).toBe(0);
  });

  it('sums 2021 （六） items into （七）总计 and the 2019 single （六） row likewise', () => {
    const r2021 = withTotals(
      setCellValue(
        loadFixture('mfa-2024'),
        'requests.results.otherHandling.feeUnpaid.commercial',
        4,
      ),
    );
    expect(getCellValue(r2021, 'requests.results.total.commercial')).toBe(4);
    expect(getCellValue(r2021, 'requests.results.total.total')).toBe(84);
    const r2019 = withTotals(
      setCellValue(loadFixture('mfa-2020'), 'requests.results.otherHandling.research', 3),
    );
    expect(getCellValue(r2019, 'requests.results.otherHandling.total')).toBe(5);
    expect(getCellValue(r2019, 'requests.results.total.total')).toBe(33);
  });

  it('replaces a wrong imported total by the sum of its items', () => {
    const report = setCellValue(loadFixture('mfa-2024'), 'requests.newReceived.total', 99);
    expect(getCellValue(withTotals(report), 'requests.newReceived.total')).toBe(82);
  });

  it('gives null totals when all their items are empty', () => {
    const totals = withTotals(createEmptyReport({ year: 2025, agency: '某局' }));
    for (const cell of allCells(getTemplate('2021')))
      expect(getCellValue(totals, cell.id), cell.id).toBeNull();
  });

  it('counts filled items only: one 0 among empty items gives 0, not null', () => {
    const totals = withTotals(
      setCellValue(
        createEmptyReport({ year: 2025, agency: '某局' }),
        'requests.results.granted.research',
        0,
      ),
    );
    expect(getCellValue(totals, 'requests.results.granted.total')).toBe(0);
    expect(getCellValue(totals, 'requests.results.total.research')).toBe(0);
    expect(getCellValue(totals, 'requests.results.total.total')).toBe(0);
    expect(getCellValue(totals, 'requests.results.total.naturalPerson')).toBeNull();
    expect(getCellValue(totals, 'requests.newReceived.total')).toBeNull();
  });

  it('does not mutate its input', () => {
    const report = setCellValue(loadFixture('mfa-2020'), 'requests.newReceived.naturalPerson', 30);
    const before = structuredClone(report);
    withTotals(report);
    expect(report).toEqual(before);
  });
});

describe('derivedValue', () => {
  it('computes a derived cell from the entered cells, recursively, ignoring stale stored totals', () => {
    const template = getTemplate('2021');
    const report = withCells(loadFixture('mfa-2024'), {
      'requests.results.granted.naturalPerson': 3,
      'requests.results.total.naturalPerson': 0,
    });
    expect(derivedValue(report, template, 'requests.results.total.total')).toBe(81);
  });

  it('returns the stored value of an entered cell', () => {
    expect(derivedValue(loadFixture('mfa-2024'), getTemplate('2021'), 'active.fees.amount')).toBe(
      5569.2092,
    );
  });
});

describe('roundMoney', () => {
  it('removes binary-fraction noise at 4 decimals', () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(5569.2092 + 0.0001)).toBe(5569.2093);
    expect(roundMoney(5949.088667 + 0.000001)).toBe(5949.088668);
    expect(roundMoney(83)).toBe(83);
  });
});

describe('withTotalsAfter (the editor’s incremental totals)', () => {
  it('gives the same report as withTotals after changing some cells', () => {
    const changes: [string, number][] = [
      ['requests.results.denied.stateSecret.research', 4],
      ['requests.newReceived.commercial', 7],
      ['reviews.litigationDirect.pending', 2],
      ['active.regulations.issued', 3],
    ];
    const base = loadFixture('mfa-2024');
    const changed = changes.reduce((r, [id, v]) => setCellValue(r, id, v), base);
    expect(
      withTotalsAfter(
        changed,
        changes.map(([id]) => id),
      ),
    ).toEqual(withTotals(changed));
  });
});
