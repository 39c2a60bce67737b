/**
 * Test-only: a plausible 2023 report of 外交部 to stand as last year's for the 2024 seed. Its
 * figures agree with the 2024 report: 四、结转下年度 1 (the 2024 上年结转), 18 applications received
 * (the 2024 text says "较2023年增加65件": 83 − 65), 现行有效 3 规章 and 3 行政规范性文件 (plus the
 * 2024 制发 1 and 4, no 废止: 4 and 7).
 */
import { allCells, getTemplate } from '../templates/index.ts';
import {
  createEmptyReport,
  getCellValue,
  setCellValue,
  withTotals,
  type Report,
  type Report2021,
} from '../model/index.ts';

const FIGURES_2023: Readonly<Record<string, number>> = {
  'requests.newReceived.naturalPerson': 17,
  'requests.carriedOver.naturalPerson': 1,
  'requests.results.granted.naturalPerson': 3,
  'requests.results.partlyGranted.naturalPerson': 1,
  'requests.results.denied.stateSecret.naturalPerson': 2,
  'requests.results.unavailable.notHeld.naturalPerson': 9,
  'requests.results.notProcessed.complaints.naturalPerson': 2,
  'requests.carriedForward.naturalPerson': 1,
  'reviews.reconsideration.upheld': 3,
  'reviews.reconsideration.other': 1,
  'reviews.reconsideration.pending': 1,
  'reviews.litigationDirect.upheld': 1,
  'active.regulations.inForce': 3,
  'active.normativeDocuments.issued': 2,
  'active.normativeDocuments.inForce': 3,
  'active.fees.amount': 5000,
};

/** Every entered cell 0 but the given ones; totals derived. */
export function reportWith(
  year: number,
  figures: Readonly<Record<string, number>>,
  agency = '外交部',
): Report {
  let report = createEmptyReport({ year, agency });
  for (const cell of allCells(getTemplate(report.format)))
    if (!cell.sumOf) report = setCellValue(report, cell.id, figures[cell.id] ?? 0);
  return withTotals(report);
}

/** 外交部's (constructed) 2023 report. */
export function mfa2023(): Report2021 {
  const report = reportWith(2023, FIGURES_2023) as Report2021;
  if (getCellValue(report, 'requests.carriedForward.total') !== 1) throw new Error('2023 figures');
  return report;
}
