export {
  REPORT_PREPARATION_MONTH,
  isFutureYear,
  previousReportYear,
  yearBeingReported,
} from './report-year.ts';
