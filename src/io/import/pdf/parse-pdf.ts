/**
 * PDF → report: the text of the PDF with positions (read-pdf.ts), rebuilt into lines
 * (pdf-lines.ts), read by the plain-text importer — the same one that reads published
 * PDF-to-text output. Findings get the page of the line they name.
 *
 * Refused with one Chinese line: not a PDF, damaged, with a password, more than 100 pages,
 * reading longer than 10 s, no text layer (a scanned PDF), text that cannot be decoded, and
 * everything the text importer refuses (no annual report's tables in it).
 */
import { note } from '../../../domain/index.ts';
import type { ImportFinding, ImportOptions, ImportResult } from '../import.types.ts';
import { parseReportText } from '../text/index.ts';
import { VIEWER_ORDER_REASON } from '../text/viewer-order.ts';
import { tooLargeReason } from '../../read/limits.ts';
import { pdfText, type LineOrder, type PdfText } from './pdf-lines.ts';
import { pdfEnvironment } from './pdfjs-env.ts';
import { readPdf, type PdfReading, type ReadPdfOptions } from './read-pdf.ts';

/** The same limit as every other file the app imports. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

export const SCANNED_PDF = '这是扫描的 PDF（没有文字层），无法读取文字：请使用 Word 原件或网页版本';

export interface PdfImportOptions extends ImportOptions {
  /** Reading the PDF gives up after this long (default 10 s). */
  readonly timeLimitMs?: number;
}

export interface PdfImport {
  readonly result: ImportResult;
  /** The text read from the PDF (as the text importer got it), when there was any. */
  readonly text?: string;
}

const fail = (reason: string, text?: string): PdfImport => ({
  result: { ok: false, reason },
  ...(text !== undefined ? { text } : {}),
});

/**
 * Fewer visible characters than this in the whole file, or than MIN_TEXT_PER_PAGE a page (page
 * numbers not counted): no text layer, or only a header or footer added to scanned pages.
 */
const MIN_TEXT = 20;
const MIN_TEXT_PER_PAGE = 15;

/** "%PDF-" within the first kilobyte, as PDF readers accept it. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Characters a font without a proper text mapping gives: private use, replacement, controls. */
// eslint-disable-next-line no-control-regex
const UNREADABLE = /[\uE000-\uF8FF\uFFFD\u0000-\u001F]/gu;

/** True when a result is as good as it gets: recognised, nothing uncertain, no error. */
function clean(result: ImportResult): boolean {
  return (
    result.ok &&
    result.source.uncertainCells.length === 0 &&
    !result.findings.some((f) => f.severity === 'error')
  );
}

/** Orders results: recognised first, then fewer errors, fewer uncertain cells, more cells. */
function score(result: ImportResult): number[] {
  if (!result.ok) return [0, 0, 0, 0];
  return [
    1,
    -result.findings.filter((f) => f.severity === 'error').length,
    -result.source.uncertainCells.length,
    result.source.cells.filter((c) => c.value !== null).length,
  ];
}

function better(a: ImportResult, b: ImportResult): boolean {
  const [sa, sb] = [score(a), score(b)];
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! > sb[i]!;
  return false;
}

/** Adds the page to every finding that names a line. */
function withPages(findings: readonly ImportFinding[], text: PdfText): ImportFinding[] {
  return findings.map((f) => {
    const line = f.source?.line;
    const page = line !== undefined ? text.pageOfLine[line - 1] : undefined;
    return page !== undefined && f.source ? { ...f, source: { ...f.source, page } } : f;
  });
}

/**
 * Reads an annual report from a PDF, and gives the text that was read.
 * @example (await readReportPdf(bytes, { name: 'a.pdf' })).result.ok
 */
export async function readReportPdf(
  bytes: Uint8Array,
  options: PdfImportOptions = {},
): Promise<PdfImport> {
  const name = options.name ?? 'PDF 文件';
  if (bytes.length === 0) return fail(`“${name}”是空文件`);
  const tooLarge = tooLargeReason(name, bytes.length, MAX_PDF_BYTES);
  if (tooLarge) return fail(tooLarge);
  if (!hasPdfHeader(bytes)) return fail(`“${name}”不是 PDF 文件`);

  const readOptions: ReadPdfOptions = {
    name,
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
  };
  const reading = await readPdf(bytes, readOptions);
  if (!reading.ok) return fail(reading.reason);
  return reportFromText(reading, { ...options, name });
}

/**
 * The report in the text of a PDF's pages (as readPdf gives it): refused when there is no text
 * or it cannot be decoded; read in drawing order, and by position when that reads better.
 */
export function reportFromText(
  reading: Extract<PdfReading, { ok: true }>,
  options: ImportOptions & { readonly name: string },
): PdfImport {
  const { name } = options;
  const drawn = pdfText(reading.pages, 'stream');
  const visible = drawn.text.replace(/\s+/gu, '');
  if (visible.length < Math.max(MIN_TEXT, MIN_TEXT_PER_PAGE * reading.pages.length)) {
    if (reading.missingCMaps.length > 0)
      return fail(
        `“${name}”使用了未嵌入的字体（编码 ${reading.missingCMaps.join('、')}），本工具无法读取其中的文字：请使用 Word 原件或网页版本`,
      );
    return fail(SCANNED_PDF);
  }
  const unreadable = visible.match(UNREADABLE)?.length ?? 0;
  if (unreadable / visible.length > 0.3)
    return fail(
      `“${name}”中的文字无法正确提取（字体没有文字对照表），无法读取：请使用 Word 原件或网页版本`,
    );

  // The drawing order first (the usual reading order); by position when that reads better.
  let best: { order: LineOrder; text: PdfText; result: ImportResult } | undefined;
  for (const order of ['stream', 'position'] as const) {
    const text = order === 'stream' ? drawn : pdfText(reading.pages, order);
    const result = parseReportText(text.text, options);
    // Refused as drawn in viewer order: the position reading's reason says more about a PDF.
    const viewerOrder = best?.result.ok === false && best.result.reason === VIEWER_ORDER_REASON;
    if (!best || viewerOrder || better(result, best.result)) best = { order, text, result };
    if (clean(result)) break;
  }
  const { order, text, result } = best!;
  if (!result.ok) return fail(result.reason, text.text);

  const notes: ImportFinding[] = [];
  if (order === 'position') notes.push(note('import.pdf.positionOrder', 'info', {}));
  if (reading.skipped > 0)
    notes.push(note('import.pdf.rotatedText', 'info', { count: reading.skipped }));
  if (reading.missingCMaps.length > 0)
    notes.push(note('import.pdf.missingCMap', 'warning', { encodings: [...reading.missingCMaps] }));
  return {
    result: {
      ok: true,
      report: result.report,
      findings: [...notes, ...withPages(result.findings, text)],
      source: { ...result.source, kind: 'pdf' },
    },
    text: text.text,
  };
}

/**
 * Loads pdf.js and starts its worker ahead of a PDF (e.g. when the import controls are shown),
 * so that the first PDF is read sooner. Never fails: the import itself reports any problem.
 */
export async function preparePdfImport(): Promise<void> {
  try {
    (await pdfEnvironment()).worker();
  } catch {
    // readPdf says so when a PDF arrives.
  }
}

/**
 * Reads an annual report from a PDF.
 * @example (await parseReportPdf(readFileSync('report.pdf'))).ok
 */
export async function parseReportPdf(
  bytes: Uint8Array,
  options: PdfImportOptions = {},
): Promise<ImportResult> {
  return (await readReportPdf(bytes, options)).result;
}
