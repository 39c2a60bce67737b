/**
 * One entry for every kind of file a user may hand us: recognises the kind from the bytes (not
 * the name), refuses what cannot be a report with one Chinese line, and runs the importer.
 * Heavy importers (Word, PDF) are loaded only when such a file arrives.
 */
import type { ImportOptions, ImportResult, ImportSourceKind } from './import.types.ts';

/** Larger than any real annual report in any of the formats (the seeds are 10–40 kB of text). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface FileImport {
  readonly kind: ImportSourceKind | 'unknown';
  readonly result: ImportResult;
  /** What was read, as text, to show beside the recognised tables (never as HTML). */
  readonly sourceText?: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const fail = (kind: FileImport['kind'], reason: string): FileImport => ({
  kind,
  result: { ok: false, reason },
});

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** True for text that is mostly control characters: binary junk that happens to decode. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

export async function importReportFile(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<FileImport> {
  const name = options.name ?? '文件';
  if (bytes.length === 0) return fail('unknown', `“${name}”是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(
      'unknown',
      `“${name}”有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不像是一份年度报告，未读取`,
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    // pdf.js (and, in the browser, its worker) is loaded only now.
    const { readReportPdf } = await import('./pdf/index.ts');
    const { result, text } = await readReportPdf(bytes, { ...options, name });
    // Without the form feeds (page breaks): line numbers stay those of the findings.
    return { kind: 'pdf', result, ...(text ? { sourceText: text.replaceAll('\f', '') } : {}) };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return fail(
      'docx',
      `暂不能读取 Word 文件“${name}”：请在 Word 中另存为“网页”或复制全文后用“粘贴文本”导入`,
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail(
      'unknown',
      `“${name}”是旧版 Word（.doc）或 Excel（.xls）文件，请先在 Word / WPS 中另存为 .docx`,
    );
  }
  const text = decodeText(bytes);
  if (text === null)
    return fail('unknown', `“${name}”不是文字文件，也不是可以读取的 Word 或 PDF 文件`);
  if (looksBinary(text)) return fail('unknown', `“${name}”的内容不是文字，无法识别为年度报告`);
  return importReportText(text, options);
}

/** Text pasted or read from a file: our JSON, a saved web page, or plain text / Markdown. */
export async function importReportText(
  text: string,
  options: ImportOptions = {},
): Promise<FileImport> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const { parseReportJsonImport } = await import('./json/parse-json.ts');
    return { kind: 'json', result: parseReportJsonImport(text, options), sourceText: text };
  }
  if (/^<(!doctype html|html|head|body|table|meta|div|p)[\s>]/i.test(trimmed)) {
    return fail(
      'html',
      `暂不能读取网页文件“${options.name ?? '网页'}”：请在浏览器中打开它，全选复制后用“粘贴文本”导入`,
    );
  }
  const { parseReportText } = await import('./text/index.ts');
  return { kind: 'text', result: parseReportText(text, options), sourceText: text };
}
