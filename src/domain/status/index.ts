export { isCompletenessRule, reportStatus } from './report-status.ts';
export type { ReportStatus, StatusOptions } from './report-status.ts';
