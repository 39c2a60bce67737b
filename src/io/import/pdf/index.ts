/** The PDF importer: text with positions through pdf.js, read by the plain-text importer. */
export {
  MAX_PDF_BYTES,
  parseReportPdf,
  preparePdfImport,
  readReportPdf,
  reportFromText,
  SCANNED_PDF,
  type PdfImport,
  type PdfImportOptions,
} from './parse-pdf.ts';
