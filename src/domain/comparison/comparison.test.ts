/** 本年 / 上年 / 增减 / 增幅: largest changes first, one decimal, 持平, no percentage on a zero base. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../test-support/fixtures.ts';
import { rolloverReport } from '../rollover/index.ts';
import { mfa2023, reportWith } from '../narrative/test-support.ts';
import { compareWithPrevious } from './index.ts';
import type { Report } from '../model/index.ts';

const pick = (rows: ReturnType<typeof compareWithPrevious>, cell: string) =>
  rows!.find((r) => r.cell === cell);

describe('compareWithPrevious', () => {
  const report: Report = { ...loadFixture('mfa-2024'), previous: mfa2023() };
  const rows = compareWithPrevious(report)!;

  it('every figure of tables 二, 三 and 四 of the 2021 format, once', () => {
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set(['active', 'requests', 'reviews']));
    expect(new Set(rows.map((r) => r.cell)).size).toBe(rows.length);
  });

  it('the largest change first (a total before its item on a tie), 增减 and 增幅 written out', () => {
    expect(rows[0]).toMatchObject({
      cell: 'active.fees.amount',
      current: 5569.2092,
      previous: 5000,
      delta: 569.2092,
      deltaText: '+569.2092',
      percent: '11.4',
      rateText: '增长 11.4%',
    });
    expect(
      rows.slice(1, 3).map((r) => [r.cell, r.current, r.previous, r.deltaText, r.rateText]),
    ).toEqual([
      ['requests.newReceived.total', 82, 17, '+65', '增长 382.4%'],
      ['requests.newReceived.naturalPerson', 82, 17, '+65', '增长 382.4%'],
    ]);
    const deltas = rows.map((r) => Math.abs(r.delta ?? 0));
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
  });

  it('a decrease, 持平 and a zero base', () => {
    expect(pick(rows, 'reviews.litigationDirect.total')).toMatchObject({
      current: 0,
      previous: 1,
      deltaText: '−1',
      percent: '100.0',
      rateText: '下降 100.0%',
    });
    expect(pick(rows, 'requests.carriedOver.total')).toMatchObject({
      delta: 0,
      deltaText: '0',
      rateText: '持平',
    });
    expect(pick(rows, 'reviews.reconsideration.pending')).toMatchObject({
      current: 17,
      previous: 1,
      percent: '1600.0',
    });
    expect(pick(rows, 'requests.carriedForward.total')).toMatchObject({
      current: 3,
      previous: 1,
      rateText: '增长 200.0%',
    });
    expect(pick(rows, 'active.regulations.issued')).toMatchObject({
      current: 1,
      previous: 0,
      percent: null,
      rateText: '—',
    });
  });

  it('2021 after 2020 (2019 format): only what both formats have', () => {
    const draft = rolloverReport(loadFixture('mfa-2020')).report;
    const filled: Report = {
      ...reportWith(2021, { 'active.licensing.decisions': 5 }),
      previous: draft.previous!,
    };
    const cells = compareWithPrevious(filled)!.map((r) => r.cell);
    expect(cells).toContain('requests.newReceived.total');
    expect(cells).toContain('reviews.reconsideration.total');
    expect(cells).toContain('active.licensing.decisions');
    expect(cells).not.toContain('active.regulations.inForce');
    expect(cells).not.toContain('active.fees.amount');
    expect(cells).not.toContain('requests.results.otherHandling.feeUnpaid.total');
  });

  it('no last year, no comparison; empty figures compare as —', () => {
    expect(compareWithPrevious(loadFixture('mfa-2024'))).toBeUndefined();
    const draft = rolloverReport(loadFixture('mfa-2024')).report;
    const row = pick(compareWithPrevious(draft), 'requests.newReceived.total');
    expect(row).toMatchObject({ current: null, previous: 82, delta: null, deltaText: '—' });
  });
});
