export type * from './report.types.ts';
export { REPORT_SCHEMA_ID } from './report.types.ts';
export { getCellValue, setCellValue } from './cells.ts';
export { derivedValue, plainFigure, roundMoney, withTotals, withTotalsAfter } from './totals.ts';
export { dependentTotals } from './dependent-totals.ts';
export { createEmptyReport, type NewReportOptions } from './create.ts';
export {
  MAX_AGENCY_LENGTH,
  MAX_INPUT_BYTES,
  MAX_NARRATIVE_LENGTH,
  parseReport,
  parseReportJson,
  type ParseReportResult,
  type ReportIssue,
} from './schema.ts';
export {
  cellValueSchema,
  decimalsOf,
  hasAtMostMoneyDecimals,
  MAX_CELL_VALUE,
  MONEY_DECIMALS,
} from './cell-value-schema.ts';
