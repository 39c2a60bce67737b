/** Turning what people type and paste into cell values, and moving over the printed grid. */
export {
  parseCellInput,
  normalizeFigureText,
  isBlankInput,
  type CellInputResult,
} from './parse-cell-input.ts';
export { parseClipboardBlock, isBlockText } from './clipboard.ts';
export {
  tableGrid,
  valueCellAt,
  moveFrom,
  type CellPlacement,
  type GridMove,
  type TableGrid,
} from './grid-positions.ts';
export {
  planPaste,
  effectiveChanges,
  pasteSummary,
  type CellChange,
  type PasteComparison,
  type PastePlan,
} from './plan-paste.ts';
