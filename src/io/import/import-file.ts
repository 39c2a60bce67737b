/**
 * One entry for every kind of file a user may hand us: recognises the kind from the bytes (not
 * the name), refuses what cannot be a report with one Chinese line, and runs the importer.
 * Heavy importers (Word, PDF, Excel) are loaded only when such a file arrives.
 */
import type { ImportOptions, ImportResult, ImportSourceKind } from './import.types.ts';
import { readChosenFile, sniffFile, type SniffedFile } from '../read/index.ts';

/** The file chooser's `accept` for the kinds read here (the bytes decide, not the name). */
export const IMPORT_ACCEPT =
  '.json,.txt,.md,.html,.htm,.docx,.pdf,.xlsx,application/json,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface FileImport {
  readonly kind: ImportSourceKind | 'unknown';
  readonly result: ImportResult;
  /** What was read, as text, to show beside the recognised tables (never as HTML). */
  readonly sourceText?: string;
}

const fail = (kind: FileImport['kind'], reason: string): FileImport => ({
  kind,
  result: { ok: false, reason },
});

/**
 * Reads a report from a file's bytes: the reader (src/io/read) tells the kind and refuses what
 * cannot be one, the importer for the kind does the rest.
 */
export async function importReportFile(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<FileImport> {
  const name = options.name ?? '文件';
  return importSniffed(bytes, await sniffFile(bytes, name), { ...options, name });
}

/** Runs the importer for what the reader recognised. */
async function importSniffed(
  bytes: Uint8Array,
  found: SniffedFile,
  options: ImportOptions & { readonly name: string },
): Promise<FileImport> {
  const { name } = options;
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
  const read = await readChosenFile({
    name: file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  });
  if (!read.ok) return fail('unknown', read.reason);
  return importSniffed(read.bytes, read.sniffed, { ...options, name: file.name });
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
