/** The Excel (.xlsx) importer: our own workbook by cell, any other by its labels. */
export { parseReportXlsx, readReportXlsx } from './read-xlsx.ts';
