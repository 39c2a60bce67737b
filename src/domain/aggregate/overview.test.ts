import { describe, expect, it } from 'vitest';
import { loadFixture, withCells } from '../test-support/fixtures.ts';
import { aggregateReports } from './aggregate.ts';
import { aggregateOverview } from './overview.ts';

describe('aggregateOverview', () => {
  const a = loadFixture('mfa-2024');
  const b = { ...loadFixture('mfa-2024'), agency: '商务部' };

  it('gives each department’s key figures and open errors, and the sum’s row', () => {
    const { report } = aggregateReports([a, b], { agency: '某某县人民政府办公室' });
    const overview = aggregateOverview([a, b], report);
    expect(overview.rows.map((r) => r.name)).toEqual(['外交部', '商务部']);
    // 外交部 2024 as published: 82 新收, 80 办结 (（七）总计), 3 结转, 27 复议, 0 诉讼.
    expect(overview.rows[0]!.figures).toEqual({
      newReceived: 82,
      concluded: 80,
      carriedForward: 3,
      reconsideration: 27,
      litigation: 0,
    });
    expect(overview.rows[0]!.errors).toBe(0);
    expect(overview.total.name).toBe('某某县人民政府办公室');
    expect(overview.total.figures.newReceived).toBe(164);
    expect(overview.total.figures.reconsideration).toBe(54);
  });

  it('counts a report’s open errors and leaves a figure empty when its cells are', () => {
    const broken = withCells(b, { 'requests.newReceived.naturalPerson': null });
    const { report } = aggregateReports([a, broken], { agency: '汇总' });
    const row = aggregateOverview([a, broken], report, { files: [undefined, 'b.xlsx'] }).rows[1]!;
    expect(row.figures.newReceived).toBeNull();
    expect(row.figures.concluded).toBe(80);
    expect(row.errors).toBeGreaterThan(0);
  });
});
