/**
 * One entry for every kind of file a user may hand us: recognises the kind from the bytes (not
 * the name), refuses what cannot be a report with one Chinese line, and runs the importer.
 * Heavy importers (Word, PDF) are loaded only when such a file arrives.
 */
import type { ImportOptions, ImportResult, ImportSourceKind } from './import.types.ts';
import { tooLargeReason } from './too-large.ts';
import { isXlsxZip, oleFileReason } from './xlsx/sniff.ts';

/** Larger than any real annual report in any of the formats (the seeds are 10–40 kB of text). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The file chooser's `accept` for the kinds read here (the bytes decide, not the name). */
export const IMPORT_ACCEPT =
  '.json,.txt,.md,.html,.htm,.docx,.pdf,.xlsx,application/json,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** The one line for a file over MAX_IMPORT_BYTES, or null when it is not (known before reading it). */
export function tooLargeToImport(name: string, size: number): string | null {
  return tooLargeReason(name, size, MAX_IMPORT_BYTES);
}

/** What a file is, from its bytes, once the checks every file passes are done. */
export type RecognisedBytes =
  | { readonly kind: 'pdf' }
  | { readonly kind: 'docx' }
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * The checks every file passes before an importer reads it (empty, too large, old Office, not
 * text) and its kind from the bytes. Text is decoded: UTF-8, UTF-16 with a BOM, a web page's
 * declared charset, else GB18030 (GBK) as saved web pages and Notepad's ANSI files are.
 */
export async function recogniseBytes(bytes: Uint8Array, name: string): Promise<RecognisedBytes> {
  const refuse = (reason: string): RecognisedBytes => ({ kind: 'unknown', reason });
  if (bytes.length === 0) return refuse(`“${name}”是空文件`);
  const tooLarge = tooLargeToImport(name, bytes.length);
  if (tooLarge) return refuse(tooLarge);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return { kind: isXlsxZip(bytes) ? 'xlsx' : 'docx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return refuse(oleFileReason(bytes, name));
  let text = decodeText(bytes);
  if (text === null) {
    // Not UTF-8: a web page saved from a government website (GBK / GB18030 or its declared
    // charset), or a text file Notepad saved as ANSI (GBK on a Chinese Windows) or "Unicode".
    const { decodeTextBytes } = await import('./html/decode-html.ts');
    text = decodeTextBytes(bytes);
  }
  if (text === null) return refuse(`“${name}”不是文字文件，也不是可以读取的 Word 或 PDF 文件`);
  if (looksBinary(text)) return refuse(`“${name}”的内容不是文字，无法识别为年度报告`);
  return { kind: 'text', text };
}

export async function importReportFile(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<FileImport> {
  const name = options.name ?? '文件';
  const found = await recogniseBytes(bytes, name);
  if (found.kind === 'unknown') return fail('unknown', found.reason);
  if (found.kind === 'pdf') {
    // pdf.js (and, in the browser, its worker) is loaded only now.
    const { readReportPdf } = await import('./pdf/index.ts');
    const { result, text } = await readReportPdf(bytes, { ...options, name });
    // Without the form feeds (page breaks): line numbers stay those of the findings.
    return { kind: 'pdf', result, ...(text ? { sourceText: text.replaceAll('\f', '') } : {}) };
  }
  if (found.kind === 'docx') {
    // The zip and Word readers are loaded only now.
    const { readReportDocx } = await import('./docx/index.ts');
    const { result, text } = readReportDocx(bytes, { ...options, name });
    return { kind: 'docx', result, ...(text ? { sourceText: text } : {}) };
  }
  if (found.kind === 'xlsx') {
    // exceljs is loaded only now.
    const { readReportXlsx } = await import('./xlsx/index.ts');
    const { result, text } = await readReportXlsx(bytes, { ...options, name });
    return { kind: 'xlsx', result, ...(text ? { sourceText: text } : {}) };
  }
  return importReportText(found.text, options);
}

/**
 * A file the user chose or dropped: one too large is refused from its size, before it is read
 * into memory.
 */
export async function importChosenFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  options: ImportOptions = {},
): Promise<FileImport> {
  const tooLarge = tooLargeToImport(file.name, file.size);
  if (tooLarge) return fail('unknown', tooLarge);
  return importReportFile(new Uint8Array(await file.arrayBuffer()), {
    ...options,
    name: file.name,
  });
}

/** How a web page or HTML copied to the clipboard begins (plain text never begins so). */
const HTML_START =
  /^(?:<!--|<(?:!doctype\s+html|html|head|body|meta|title|style|link|base|table|div|p|span|section|article|main|header|h[1-6]|ul|ol|font|center|strong|b|o:p|br|hr|img|a)[\s/>])/i;
/** The Windows clipboard's HTML format, when its header is handed over too. */
const CF_HTML = /^Version:\d[\s\S]{0,300}StartHTML:/;

/** Which importer reads a text: our JSON, a web page (or copied HTML), or plain text. */
export function textKind(text: string): 'json' | 'html' | 'text' {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return 'json';
  return HTML_START.test(trimmed) || CF_HTML.test(trimmed) ? 'html' : 'text';
}

/** Text pasted or read from a file: our JSON, a saved web page, or plain text / Markdown. */
export async function importReportText(
  text: string,
  options: ImportOptions = {},
): Promise<FileImport> {
  const kind = textKind(text);
  if (kind === 'json') {
    const { parseReportJsonImport } = await import('./json/parse-json.ts');
    return { kind: 'json', result: parseReportJsonImport(text, options), sourceText: text };
  }
  if (kind === 'html') return importReportHtml(text, options);
  const { parseReportText } = await import('./text/index.ts');
  return { kind: 'text', result: parseReportText(text, options), sourceText: text };
}

/** A web page, or the HTML a copy from a browser or Word puts on the clipboard. */
export async function importReportHtml(
  html: string,
  options: ImportOptions = {},
): Promise<FileImport> {
  const { readReportHtml } = await import('./html/index.ts');
  const { result, text: read } = readReportHtml(html, options);
  return { kind: 'html', result, ...(read ? { sourceText: read } : {}) };
}

let pdfWarmedUp = false;

/**
 * The user is choosing a file: load pdf.js and start its worker now (once a page), so that a PDF
 * is read sooner when it arrives. pdf.js stays a lazy chunk until then.
 */
export function warmUpPdfImport(): void {
  if (pdfWarmedUp) return;
  pdfWarmedUp = true;
  // preparePdfImport never throws; a chunk that fails to load is tried again with the first PDF.
  void import('./pdf/index.ts').then(
    (pdf) => pdf.preparePdfImport(),
    () => undefined,
  );
}
