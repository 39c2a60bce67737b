/**
 * Excel (.xlsx) → report. The package is checked first (encryption, inflated size: `guard.ts`),
 * then exceljs reads it. Our own workbook (its identity block) is read exactly by cell; any other
 * workbook is read as a document whose tables are found by their labels.
 */
import { loadExcelJs } from '../../export/xlsx/exceljs.ts';
import type { DocumentImport } from '../html/document-text.ts';
import type { ImportOptions, ImportResult } from '../import.types.ts';
import { FILE_LIMITS, tooLargeReason } from '../../read/index.ts';
import { xlsxZipProblem } from './guard.ts';
import { readOrdinaryWorkbook } from './ordinary-sheets.ts';
import { readIdentity, readOwnWorkbook } from './own-template.ts';

const fail = (reason: string): DocumentImport => ({ result: { ok: false, reason } });

/**
 * Reads an annual report's tables from an .xlsx file: the result, and for a workbook read by its
 * labels the text that was read (the lines the findings refer to).
 */
export async function readReportXlsx(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<DocumentImport> {
  const name = options.name ?? '工作簿';
  const tooLarge = tooLargeReason(name, bytes.length, FILE_LIMITS.xlsx);
  if (tooLarge) return fail(tooLarge);
  const problem = xlsxZipProblem(bytes, name);
  if (problem) return fail(problem);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await wb.xlsx.load(buffer as ArrayBuffer);
  } catch {
    return fail(
      `“${name}”已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取；请在 Excel 或 WPS 中打开后重新保存`,
    );
  }
  const identity = readIdentity(wb);
  if (identity) return { result: readOwnWorkbook(wb, identity, { ...options, name }) };
  const read = readOrdinaryWorkbook(wb, { ...options, name });
  if (!read.result.ok)
    return {
      ...read,
      result: {
        ...read.result,
        reason: `“${name}”中没有找到年度报告的统计表：${read.result.reason}`,
      },
    };
  return read;
}

export async function parseReportXlsx(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return (await readReportXlsx(bytes, options)).result;
}
