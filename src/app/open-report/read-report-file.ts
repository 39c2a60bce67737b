/**
 * 查看报告文件: a report file chosen to look at, read by the same reader and importers as the
 * import (src/io/read, src/io/import): our JSON, or a report as PDF, Word, web page or text.
 */
import type { Report } from '../../domain/index.ts';
import { importChosenFile } from '../../io/import/import-file.ts';

export type ReadReportResult =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly message: string };

const refuse = (message: string): ReadReportResult => ({ ok: false, message });

/**
 * Reads a chosen file as a report to look at: any kind the importers read; refused with one
 * Chinese line otherwise.
 */
export async function readReportFile(file: File): Promise<ReadReportResult> {
  const { name } = file;
  try {
    const { kind, result } = await importChosenFile(file, { name });
    if (result.ok) return { ok: true, report: result.report };
    return refuse(kind === 'unknown' ? result.reason : `无法打开“${name}”：${result.reason}`);
  } catch {
    // The file was moved or deleted after it was chosen, or another program holds it.
    return refuse(`无法读取“${name}”：文件可能已被移动、删除或正被其他程序使用`);
  }
}
