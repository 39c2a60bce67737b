/**
 * The one table of size limits for every file a user hands us (the app's import, the 查看报告文件
 * viewer, the command line, every importer), and the one line each refusal says.
 */
import { MAX_INPUT_BYTES } from '../../domain/index.ts';

const MB = 1024 * 1024;

/** Larger than any real annual report in each form (the seeds are 10–40 kB of text). */
export const FILE_LIMITS = {
  /** Any file handed in (PDF, Word, a saved web page, text, JSON). */
  file: 20 * MB,
  /** A PDF. */
  pdf: 20 * MB,
  /** A Word document, as a file. */
  docx: 20 * MB,
  /** Word's main part once inflated (a zip bomb stops here, whatever the directory claims). */
  docxPart: 50 * MB,
  /** An Excel workbook, as a file. */
  xlsx: 20 * MB,
  /** An Excel workbook's parts once inflated (a zip bomb stops here). */
  xlsxUnpacked: 50 * MB,
  /** A saved web page, as text. */
  html: 20 * MB,
  /** Text or our JSON, as text (the report schema's limit). */
  text: MAX_INPUT_BYTES,
} as const;

/** The reason to refuse a file of `size` bytes over `limit`, or null when it is within it. */
export function tooLargeReason(name: string, size: number, limit: number): string | null {
  if (size <= limit) return null;
  return `“${name}”有 ${(size / MB).toFixed(1)} MB，超过 ${limit / MB} MB，不像是一份年度报告，未读取`;
}

/** The reason to refuse any file of `size` bytes (the first check, before reading it). */
export function tooLargeToRead(name: string, size: number): string | null {
  return tooLargeReason(name, size, FILE_LIMITS.file);
}

/** The refusals of the sniffing, one line each. */
export const READ_MESSAGES = {
  empty: (name: string) => `“${name}”是空文件`,
  oldOffice: (name: string) =>
    `“${name}”是旧版 Word（.doc）或 Excel（.xls）文件，请先在 Word / WPS 中另存为 .docx`,
  notText: (name: string) => `“${name}”不是文字文件，也不是可以读取的 Word 或 PDF 文件`,
  binary: (name: string) => `“${name}”的内容不是文字，无法识别为年度报告`,
  zipNotDocx: (name: string) =>
    `“${name}”是压缩包（或 PowerPoint 等其他 Office 文件），不是年度报告；请给出报告本身的文件`,
} as const;
