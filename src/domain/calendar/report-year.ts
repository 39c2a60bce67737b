/**
 * Which year's report an office is working on, by the calendar: the report on a year is drafted
 * from the autumn of that year (offices gather the figures from October) and published by
 * 1月31日 (departments) or 3月31日 (county-level governments) of the next. Dates are read in local
 * time: the clerk's calendar, not UTC.
 */

/** From this month (1–12) on, the current year's report is the one being prepared. */
export const REPORT_PREPARATION_MONTH = 10;

/** The statistics year being reported on `today`: this year from October on, last year before. */
export function yearBeingReported(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() + 1 >= REPORT_PREPARATION_MONTH ? year : year - 1;
}

/**
 * The year of the report an office starts from (its 上年报告) on `today`: the one before the year
 * being reported.
 */
export function previousReportYear(today: Date): number {
  return yearBeingReported(today) - 1;
}

/** A year that has not begun on `today`: no report can cover it yet, so it is likely a typo. */
export function isFutureYear(year: number, today: Date): boolean {
  return year > today.getFullYear();
}
