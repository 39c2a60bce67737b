import { describe, expect, it } from 'vitest';
import { findingsOf, loadFixture, withCells } from '../test-support/fixtures.ts';
import type { Report } from '../model/index.ts';
import { textOf } from '../test-support/note-text.ts';

const ID = 'requests.newReceived.commercial';
const lastYear = (value: number | null): Report =>
  withCells({ ...loadFixture('mfa-2024'), year: 2023 }, { [ID]: value });
const thisYear = (value: number | null): Report =>
  withCells(loadFixture('mfa-2024'), { [ID]: value });

describe('yoy.outlier (×5 and ≥ 20 apart from last year)', () => {
  it.each([
    [10, 50, true],
    [10, 49, false], // ×4.9
    [0, 20, true],
    [0, 19, false], // only 19 apart
    [100, 20, true], // a fall counts too
    [100, 21, false],
    [30, 30, false],
  ])('last year %i, this year %i → flagged: %s', (before, now, flagged) => {
    const findings = findingsOf('yoy.outlier', thisYear(now), { previous: lastYear(before) });
    expect(findings).toEqual(
      flagged
        ? [
            expect.objectContaining({
              severity: 'info',
              cells: [ID],
              expected: before,
              actual: now,
              delta: now - before,
              area: 'requests',
            }),
          ]
        : [],
    );
  });

  it('names the cell with its printed labels and both values', () => {
    const [finding] = findingsOf('yoy.outlier', thisYear(60), { previous: lastYear(2) });
    expect(textOf(finding)).toMatch(/一、本年新收政府信息公开申请数量 商业企业.*60.*2/);
  });

  it('reports entered cells only, not the totals that follow them', () => {
    const findings = findingsOf('yoy.outlier', thisYear(200), { previous: lastYear(0) });
    expect(findings.map((f) => f.cells[0])).toEqual([ID]);
  });

  it('skips empty cells, cells last year’s format lacks, and reports without last year', () => {
    expect(findingsOf('yoy.outlier', thisYear(null), { previous: lastYear(0) })).toEqual([]);
    expect(findingsOf('yoy.outlier', thisYear(200))).toEqual([]);
    // 2020 (2019 format) → 2024: table 二 is not comparable; only shared cells are compared.
    const findings = findingsOf(
      'yoy.outlier',
      withCells(loadFixture('mfa-2024'), { 'active.fees.amount': 1 }),
      { previous: loadFixture('mfa-2020') },
    );
    expect(findings.filter((f) => f.cells.some((id) => id.startsWith('active.')))).toEqual([]);
  });
});
