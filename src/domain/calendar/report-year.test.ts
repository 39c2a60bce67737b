import { describe, expect, it } from 'vitest';
import { isFutureYear, previousReportYear, yearBeingReported } from './report-year.ts';

/** A local date, as the clerk's calendar shows it (month 1–12). */
const on = (year: number, month: number, day: number, hour = 12) =>
  new Date(year, month - 1, day, hour);

describe('yearBeingReported', () => {
  it('is this year from October on, when offices start this year’s report', () => {
    expect(yearBeingReported(on(2026, 12, 4))).toBe(2026);
    expect(yearBeingReported(on(2026, 10, 1, 0))).toBe(2026);
    expect(yearBeingReported(on(2026, 12, 31, 23))).toBe(2026);
  });

  it('is last year before October, while last year’s report is drafted and published', () => {
    expect(yearBeingReported(on(2027, 1, 15))).toBe(2026);
    expect(yearBeingReported(on(2027, 3, 31))).toBe(2026);
    expect(yearBeingReported(on(2026, 9, 30, 23))).toBe(2025);
    expect(yearBeingReported(on(2026, 1, 1, 0))).toBe(2025);
  });
});

describe('previousReportYear', () => {
  it('is the year before the one being reported: the report an office starts from', () => {
    expect(previousReportYear(on(2026, 12, 4))).toBe(2025);
    expect(previousReportYear(on(2027, 1, 15))).toBe(2025);
    expect(previousReportYear(on(2026, 6, 1))).toBe(2024);
  });
});

describe('isFutureYear', () => {
  it('is true only for a year that has not begun', () => {
    const today = on(2026, 12, 4);
    expect(isFutureYear(2027, today)).toBe(true);
    expect(isFutureYear(2030, today)).toBe(true);
    expect(isFutureYear(2026, today)).toBe(false);
    expect(isFutureYear(2025, today)).toBe(false);
  });

  it('holds on new year’s eve and day', () => {
    expect(isFutureYear(2027, on(2026, 12, 31, 23))).toBe(true);
    expect(isFutureYear(2027, on(2027, 1, 1, 0))).toBe(false);
  });
});
