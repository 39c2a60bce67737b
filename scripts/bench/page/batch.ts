/**
 * The batch the 汇总 page runs over dropped report files, as the bench times it (in Chromium
 * through ./domain-entry.ts, in Node for reference): parse each JSON, check each (mode final, as
 * `check FILE…` does), then sum them all, reusing the findings for the plan's error counts.
 */
import {
  aggregateReports,
  checkReport,
  defaultAggregateAgency,
  parseReportJson,
  summarizeFindings,
  type Finding,
  type Report,
} from '../../../src/domain/index.ts';

export interface BatchOutcome {
  /** Reports that parsed and were summed. */
  readonly reports: number;
  /** Inputs that did not parse. */
  readonly failed: number;
  /** Open errors and warnings over all reports' final checks. */
  readonly errors: number;
  readonly warnings: number;
  /** Notes of the sum. */
  readonly notes: number;
  /** The sum's 一、本年新收 总计 (a check that the sum was made). */
  readonly newReceivedTotal: number | null;
}

export function checkAndSum(reportJsons: readonly string[]): BatchOutcome {
  const reports: Report[] = [];
  const findings: Finding[][] = [];
  let failed = 0;
  let errors = 0;
  let warnings = 0;
  for (const json of reportJsons) {
    const parsed = parseReportJson(json);
    if (!parsed.ok) {
      failed++;
      continue;
    }
    const f = checkReport(parsed.report, { mode: 'final' });
    const summary = summarizeFindings(f);
    errors += summary.errors;
    warnings += summary.warnings;
    reports.push(parsed.report);
    findings.push(f);
  }
  const { report, notes } = aggregateReports(reports, {
    agency: defaultAggregateAgency(reports.length),
    findings,
  });
  return {
    reports: reports.length,
    failed,
    errors,
    warnings,
    notes: notes.length,
    newReceivedTotal: report.requests.newReceived.total,
  };
}
