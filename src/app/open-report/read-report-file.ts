import type { Report } from '../../domain/index.ts';
import {
  importReportText,
  recogniseBytes,
  textKind,
  tooLargeToImport,
} from '../../io/import/import-file.ts';

export type ReadReportResult =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly message: string };

const KIND_NAMES = {
  pdf: ' PDF 文件',
  docx: ' Word 文件（或其他压缩格式的文件）',
  xlsx: ' Excel 文件',
  html: '网页文件',
  text: '纯文本文件',
};

const refuse = (message: string): ReadReportResult => ({ ok: false, message });
const notJson = (name: string, kind: keyof typeof KIND_NAMES): ReadReportResult =>
  refuse(
    `“${name}”是${KIND_NAMES[kind]}，这里只能查看本工具保存的报告 JSON；请用“导入上年报告”读取并核对`,
  );

/** Enough of a file to tell a PDF or a zip (Word) from text by its signature. */
const SIGNATURE_BYTES = 8;

/**
 * Reads a file the user chose or dropped to view it: with the importers' checks and messages,
 * but only our report JSON is shown. Figures read from a PDF, Word, web page or text may be
 * uncertain and need the import review, which this read-only view does not have. Never throws.
 */
export async function readReportFile(file: File): Promise<ReadReportResult> {
  const { name } = file;
  const tooLarge = tooLargeToImport(name, file.size);
  if (tooLarge) return refuse(tooLarge);
  try {
    // A PDF or Word file is turned away from its first bytes, without reading all of it.
    const head = await recogniseBytes(
      new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer()),
      name,
    );
    if (head.kind === 'pdf' || head.kind === 'docx') return notJson(name, head.kind);
    const found = await recogniseBytes(new Uint8Array(await file.arrayBuffer()), name);
    if (found.kind === 'unknown') return refuse(found.reason);
    if (found.kind !== 'text') return notJson(name, found.kind);
    const kind = textKind(found.text);
    if (kind !== 'json') return notJson(name, kind);
    const { result } = await importReportText(found.text, { name });
    return result.ok
      ? { ok: true, report: result.report }
      : refuse(`无法打开“${name}”：${result.reason}`);
  } catch {
    // The file was moved or deleted after it was chosen, or another program holds it.
    return refuse(`无法读取“${name}”：文件可能已被移动、删除或正被其他程序使用`);
  }
}
