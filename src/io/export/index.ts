/**
 * The exporters: the report laid out once as a document (report-document.ts), then rendered as
 * a web page, plain text or JSON; the 审签单 (checklist/) laid out from the report and its checks.
 * registry.ts is the one list of them all, with their loaders, for the 导出 menu and the command
 * line. The Word exporters are imported lazily (they bring a large library that the first page
 * must not load) and are not re-exported here.
 */
export {
  buildReportDocument,
  exportFileName,
  formatFigure,
  narrativeParagraphs,
  type DocumentClosing,
  type DocBlock,
  type ReportDocument,
  type TextRun,
} from './report-document.ts';
export { renderHtml } from './html/render-html.ts';
export { renderText, tableTextRows } from './text/render-text.ts';
export { renderJson, withAllTotals } from './json/render-json.ts';
export {
  EXPORTERS,
  EXPORTER_IDS,
  exportFileNameFor,
  findExporter,
  renderExport,
  type ExportData,
  type Exporter,
  type ExporterId,
  type ExportOptions,
  type TextEncoding,
} from './registry.ts';
