/** The Excel (.xlsx) importer: our own workbook by cell, any other by its labels. */
export { MAX_XLSX_BYTES, parseReportXlsx, readReportXlsx } from './read-xlsx.ts';
export { MAX_XLSX_UNCOMPRESSED } from './guard.ts';
