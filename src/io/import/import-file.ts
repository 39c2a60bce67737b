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
    // The zip and Word readers are loaded only now.
    const { readReportDocx } = await import('./docx/index.ts');
    const { result, text } = readReportDocx(bytes, { ...options, name });
    return { kind: 'docx', result, ...(text ? { sourceText: text } : {}) };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail(
      'unknown',
      `“${name}”是旧版 Word（.doc）或 Excel（.xls）文件，请先在 Word / WPS 中另存为 .docx`,
    );
  }
  let text = decodeText(bytes);
  if (text === null) {
    // A web page saved from a government website is often GBK / GB18030, not UTF-8.
    const { decodeHtmlBytes, startsLikeMarkup } = await import('./html/decode-html.ts');
    if (startsLikeMarkup(bytes)) text = decodeHtmlBytes(bytes);
  }
  if (text === null)
    return fail('unknown', `“${name}”不是文字文件，也不是可以读取的 Word 或 PDF 文件`);
  if (looksBinary(text)) return fail('unknown', `“${name}”的内容不是文字，无法识别为年度报告`);
  return importReportText(text, options);
}

/** How a web page or HTML copied to the clipboard begins (plain text never begins so). */
const HTML_START =
  /^(?:<!--|<(?:!doctype\s+html|html|head|body|meta|title|style|link|base|table|div|p|span|section|article|main|header|h[1-6]|ul|ol|font|center|strong|b|o:p|br|hr|img|a)[\s/>])/i;
/** The Windows clipboard's HTML format, when its header is handed over too. */
const CF_HTML = /^Version:\d[\s\S]{0,300}StartHTML:/;

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
  if (HTML_START.test(trimmed) || CF_HTML.test(trimmed)) {
    const { readReportHtml } = await import('./html/index.ts');
    const { result, text: read } = readReportHtml(text, options);
    return { kind: 'html', result, ...(read ? { sourceText: read } : {}) };
  }
  const { parseReportText } = await import('./text/index.ts');
  return { kind: 'text', result: parseReportText(text, options), sourceText: text };
}
