/**
 * The exporters: the report laid out once as a document (report-document.ts), then rendered as
 * a web page, plain text or JSON. The Word exporter is imported lazily from './docx/index.ts'
 * (it brings a large library that the first page must not load) and is not re-exported here.
 */
export {
  buildReportDocument,
  exportFileName,
  formatFigure,
  narrativeParagraphs,
  type DocBlock,
  type ReportDocument,
  type TextRun,
} from './report-document.ts';
export { renderHtml } from './html/render-html.ts';
export { renderText, tableTextRows } from './text/render-text.ts';
export { renderJson, withAllTotals } from './json/render-json.ts';
