import { describe, expect, it } from 'vitest';
import { getCellValue, parseReport, yearChangeWords } from '../index.ts';
import { loadFixture } from '../test-support/fixtures.ts';
import { changeReportYear } from './change-year.ts';

describe('changeReportYear', () => {
  it('within a format changes the year only', () => {
    const report = loadFixture('mfa-2024');
    const change = changeReportYear(report, 2023);
    expect(change.report).toEqual({ ...report, year: 2023 });
    expect(change.dropped).toEqual([]);
    expect(yearChangeWords(change)).toContain('格式不变');
  });

  it('2020 → 2021 keeps table 三 and 四, names and counts what is dropped', () => {
    const report = loadFixture('mfa-2020');
    const change = changeReportYear(report, 2021);
    expect(change.report.format).toBe('2021');
    expect(parseReport(change.report).ok).toBe(true);
    expect(getCellValue(change.report, 'requests.newReceived.naturalPerson')).toBe(
      getCellValue(report, 'requests.newReceived.naturalPerson'),
    );
    expect(getCellValue(change.report, 'reviews.review.maintained')).toBe(
      getCellValue(report, 'reviews.review.maintained'),
    );
    expect(change.dropped.some((d) => d.cell.startsWith('active.'))).toBe(true);
    expect(change.dropped.some((d) => d.cell.startsWith(`requests.results.otherHandling.`))).toBe(
      true,
    );
    expect(yearChangeWords(change)).toContain(`将被清空的数字 ${change.dropped.length} 个`);
    expect(change.report.narrative).toEqual(report.narrative);
  });

  it('2021 → 2019 adds the three rows of （六） into its one row', () => {
    const report = loadFixture('mfa-2024');
    const change = changeReportYear(report, 2020);
    const col = 'naturalPerson';
    const sum = ['noCorrection', 'feeUnpaid', 'other']
      .map((r) => getCellValue(report, `requests.results.otherHandling.${r}.${col}`) ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(getCellValue(change.report, `requests.results.otherHandling.${col}`)).toBe(sum);
    expect(change.merged).toBeGreaterThan(0);
    expect(parseReport(change.report).ok).toBe(true);
  });
});
