import { MAX_INPUT_BYTES, parseReportJson, type Report } from '../../domain/index.ts';

export type ReadReportResult =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly message: string };

/**
 * Reads a file the user chose as a report JSON. Never throws: every failure is a Chinese
 * sentence for the user. Other file kinds come with the import issue.
 */
export async function readReportFile(file: File): Promise<ReadReportResult> {
  if (file.size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      message: `“${file.name}”有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 5 MB，不是一份年度报告，未读取。`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return {
      ok: false,
      message: `“${file.name}”不是 UTF-8 文本文件，无法读取。目前只能打开本工具保存的报告 JSON。`,
    };
  }
  const result = parseReportJson(text.replace(/^\uFEFF/, ''));
  if (result.ok) return result;
  const [first, ...rest] = result.issues;
  return {
    ok: false,
    message: `无法打开“${file.name}”：${first?.message ?? '内容无法识别'}${rest.length > 0 ? `（另有 ${rest.length} 处问题）` : ''}`,
  };
}
