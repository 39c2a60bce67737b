import { describe, expect, it } from 'vitest';
import { loadFixture } from '../test-support/fixtures.ts';
import { getCellValue, setCellValue } from './cells.ts';
import { createEmptyReport } from './create.ts';

describe('getCellValue', () => {
  it('reads a cell by its dotted id', () => {
    const report = loadFixture('mfa-2024');
    expect(getCellValue(report, 'requests.newReceived.total')).toBe(82);
    expect(getCellValue(report, 'requests.results.otherHandling.other.naturalPerson')).toBe(16);
    expect(getCellValue(report, 'active.fees.amount')).toBe(5569.2092);
    expect(getCellValue(report, 'reviews.reconsideration.pending')).toBe(17);
  });

  it('returns null for an empty cell and undefined where the report has no cell', () => {
    const report = createEmptyReport({ year: 2025, agency: '某局' });
    expect(getCellValue(report, 'requests.newReceived.total')).toBeNull();
    expect(getCellValue(report, 'active.procurement.amount')).toBeUndefined();
    expect(getCellValue(report, 'requests.newReceived')).toBeUndefined(); // a row, not a cell
    expect(getCellValue(report, 'agency')).toBeUndefined();
    expect(getCellValue(report, 'requests.newReceived.toString')).toBeUndefined();
    expect(getCellValue(report, '')).toBeUndefined();
  });
});

describe('setCellValue', () => {
  it('round-trips with getCellValue', () => {
    const report = createEmptyReport({ year: 2025, agency: '某局' });
    for (const [id, v] of [
      ['requests.results.denied.stateSecret.research', 7],
      ['active.fees.amount', 12.3456],
      ['reviews.litigationDirect.corrected', 0],
      ['requests.carriedOver.naturalPerson', null],
    ] as const) {
      expect(getCellValue(setCellValue(report, id, v), id)).toBe(v);
    }
  });

  it('does not mutate its input and shares the untouched parts', () => {
    const report = loadFixture('mfa-2024');
    const before = structuredClone(report);
    const changed = setCellValue(report, 'requests.newReceived.naturalPerson', 83);
    expect(report).toEqual(before);
    expect(getCellValue(report, 'requests.newReceived.naturalPerson')).toBe(82);
    expect(getCellValue(changed, 'requests.newReceived.naturalPerson')).toBe(83);
    expect(changed).not.toBe(report);
    expect(changed.requests).not.toBe(report.requests);
    expect(changed.requests.newReceived).not.toBe(report.requests.newReceived);
    expect(changed.requests.results).toBe(report.requests.results);
    expect(changed.active).toBe(report.active);
  });

  it('keeps the format-specific type and every other field', () => {
    const report = loadFixture('mfa-2020');
    const changed = setCellValue(report, 'active.licensing.change', -3);
    expect(changed.active.licensing.change).toBe(-3);
    expect(changed.narrative).toBe(report.narrative);
    expect(changed.year).toBe(2020);
  });

  it.each([
    'requests.newReceived.bogus',
    'requests.bogus.naturalPerson',
    'active.procurement.amount', // a 2019 cell, not in a 2021 report
    'requests.results.otherHandling.naturalPerson',
  ])('throws for an id the report has no place for: %s', (id) => {
    const report = loadFixture('mfa-2024');
    expect(() => setCellValue(report, id, 1)).toThrow(id);
  });
});
