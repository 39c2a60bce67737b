import { describe, expect, it } from 'vitest';
import { findingsOf, loadFixture, withCells } from '../test-support/fixtures.ts';
import { createEmptyReport, MAX_CELL_VALUE } from '../model/index.ts';
import { textOf } from '../test-support/note-text.ts';

describe('cells.valid (values set without going through the schema)', () => {
  it.each([
    [
      'a negative count',
      'requests.newReceived.research',
      -1,
      /一、本年新收政府信息公开申请数量 科研机构.*不能为负数/,
    ],
    ['a fractional count', 'reviews.reconsideration.upheld', 1.5, /行政复议 结果维持.*应为整数/],
    ['NaN', 'active.penalty.decisions', Number.NaN, /行政处罚 本年处理决定数量.*不是有效数字/],
    ['Infinity', 'active.licensing.decisions', Number.POSITIVE_INFINITY, /不是有效数字/],
    ['a count beyond 10^9', 'requests.carriedOver.other', MAX_CELL_VALUE + 1, /超出上限/],
    [
      'money with 7 decimals',
      'active.fees.amount',
      12.3456789,
      /本年收费金额（单位：万元）.*6 位小数/,
    ],
    ['negative money', 'active.fees.amount', -0.5, /金额不能为负数/],
  ])('reports %s as an error on that cell', (_what, id, value, message) => {
    const findings = findingsOf('cells.valid', withCells(loadFixture('mfa-2024'), { [id]: value }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cells: [id],
      actual: value,
      area: id.split('.')[0],
    });
    expect(textOf(findings[0])).toMatch(message);
  });

  it('accepts a negative 本年增/减 in 2019 but not a fractional one', () => {
    const report = loadFixture('mfa-2020');
    expect(
      findingsOf(
        'cells.valid',
        withCells(report, { 'active.licensing.change': -8, 'active.licensing.previousItems': 20 }),
      ),
    ).toEqual([]);
    expect(
      findingsOf('cells.valid', withCells(report, { 'active.licensing.change': -1.5 })),
    ).toMatchObject([{ cells: ['active.licensing.change'], actual: -1.5 }]);
  });

  it('accepts money with 4 decimals, large amounts, 0 and empty cells', () => {
    const report = withCells(loadFixture('mfa-2020'), {
      'active.procurement.amount': 1234567.1234,
      'active.procurement.projects': 0,
      'requests.newReceived.other': null,
    });
    expect(findingsOf('cells.valid', report)).toEqual([]);
  });

  it('checks the totals as given too (an imported 1.5)', () => {
    const findings = findingsOf(
      'cells.valid',
      withCells(loadFixture('mfa-2024'), { 'requests.newReceived.total': 1.5 }),
    );
    expect(findings).toMatchObject([{ cells: ['requests.newReceived.total'], actual: 1.5 }]);
  });
});

describe('cells.complete', () => {
  it('counts the empty entered cells per table as info while drafting', () => {
    const findings = findingsOf(
      'cells.complete',
      createEmptyReport({ year: 2025, agency: '某局' }),
    );
    expect(findings.map((f) => [f.severity, f.area, f.actual, f.cells.length])).toEqual([
      ['info', 'active', 10, 10],
      ['info', 'requests', 144, 144],
      ['info', 'reviews', 12, 12],
    ]);
    expect(textOf(findings[1])).toContain('144');
    // Totals are derived, never typed: they are not counted as empty.
    expect(findings.flatMap((f) => f.cells).filter((id) => id.endsWith('.total'))).toEqual([]);
  });

  it('makes them errors before a final export', () => {
    const findings = findingsOf(
      'cells.complete',
      createEmptyReport({ year: 2020, agency: '某局' }),
      { mode: 'final' },
    );
    expect(findings.map((f) => [f.severity, f.area, f.actual])).toEqual([
      ['error', 'active', 22],
      ['error', 'requests', 132],
      ['error', 'reviews', 12],
    ]);
    expect(textOf(findings[0])).toMatch(/22 个单元格未填写.*填 0/);
  });

  it('names exactly the empty cells of a nearly complete report', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'requests.results.denied.stateSecret.research': null,
      'requests.carriedForward.other': null,
    });
    expect(findingsOf('cells.complete', report)).toMatchObject([
      {
        severity: 'info',
        area: 'requests',
        actual: 2,
        cells: ['requests.results.denied.stateSecret.research', 'requests.carriedForward.other'],
      },
    ]);
    expect(findingsOf('cells.complete', report, { mode: 'final' })).toMatchObject([
      { severity: 'error', actual: 2 },
    ]);
  });

  it('finds nothing in a filled report', () => {
    expect(findingsOf('cells.complete', loadFixture('mfa-2020'), { mode: 'final' })).toEqual([]);
  });
});
