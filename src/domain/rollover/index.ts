export {
  MAX_ROLLOVER_YEAR,
  RolloverError,
  rolloverReport,
  rolloverYearProblem,
  type RolloverNote,
  type RolloverNoteCode,
  type RolloverOptions,
  type RolloverResult,
} from './rollover.ts';
export { changeReportYear, type DroppedFigure, type YearChange } from './change-year.ts';
