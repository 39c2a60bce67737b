import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '../model/index.ts';
import { acknowledge, checkReport } from '../rules/index.ts';
import { loadFixture, withCells, withNarrative } from '../test-support/fixtures.ts';
import { READY_WORD } from '../wording/index.ts';
import { reportStatus } from './report-status.ts';

describe('reportStatus', () => {
  it('an empty report is not ready and says what is left, table by table', () => {
    const status = reportStatus(createEmptyReport({ agency: '某县人民政府办公室', year: 2025 }));
    expect(status.ready).toBe(false);
    expect(status.exportable).toBe(false);
    expect(status.errors).toBe(0);
    expect(status.missingCells.requests).toBeGreaterThan(100);
    expect(status.missingSections).toEqual([
      'narrative.overview',
      'narrative.problems',
      'narrative.other',
    ]);
    expect(status.label).toMatch(
      /^表二还差 \d+ 格 · 表三还差 \d+ 格 · 表四还差 \d+ 格 · 正文还差 3 部分$/,
    );
  });

  it('both seed reports are ready', () => {
    for (const name of ['mfa-2024', 'mfa-2020'] as const) {
      const status = reportStatus(loadFixture(name));
      expect(status.label).toBe(READY_WORD);
      expect(status.ready && status.exportable).toBe(true);
    }
  });

  it('an error, an emptied cell and an emptied section are each named', () => {
    const seed = loadFixture('mfa-2024');
    const broken = withNarrative(
      withCells({ ...seed, year: 2020 }, { 'reviews.litigationDirect.corrected': null }),
      { problems: ' ' },
    );
    const status = reportStatus(broken);
    // the error is format.year: a 2021-format report dated 2020
    expect(status.parts).toEqual(['表四还差 1 格', '正文还差 1 部分', '错误 1 项']);
    expect(status.ready).toBe(false);
  });

  it('a refused entry is an open error, counted once per cell', () => {
    const status = reportStatus(loadFixture('mfa-2024'), {
      refusedCells: ['requests.results.granted.research', 'requests.results.granted.research'],
    });
    expect(status.refused).toBe(1);
    expect(status.label).toBe('错误 1 项');
    expect(status.exportable).toBe(false);
  });

  it('an open warning keeps it from 可以导出 but not from export; a 说明 closes it', () => {
    const seed = loadFixture('mfa-2024');
    const fees = withCells(seed, { 'active.fees.amount': 1250000 });
    const open = reportStatus(fees);
    expect(open.label).toBe('待核实 1 项');
    expect(open.exportable).toBe(true);
    expect(open.ready).toBe(false);

    const warning = checkReport(fees).find((f) => f.severity === 'warning');
    if (!warning) throw new Error('expected the fee-unit warning');
    const explained = reportStatus(acknowledge(fees, warning, '本年收费确为 12.5 亿元'));
    expect(explained.label).toBe(READY_WORD);
    expect(explained.acknowledged).toBe(1);
  });
});
