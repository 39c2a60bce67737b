/**
 * The text of a PDF with positions, page by page, through pdf.js (loaded on first use, see
 * pdfjs-env.ts). Every failure becomes one Chinese line: not a PDF, damaged, password,
 * too many pages, too slow, a CMap that is not available.
 *
 * pdf.js is set up for a page under a strict CSP and without network: no `eval`
 * (isEvalSupported: false), no font loading into the page, no system fonts, no WebAssembly, no
 * fetching by the worker (useWorkerFetch: false): the CMaps it asks for come from
 * `PdfEnvironment.cMap` or are reported missing.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unifyIdeographs } from './look-alikes.ts';
import type { PageText, PlacedText } from './pdf-lines.ts';
import { pdfEnvironment, type PdfEnvironment } from './pdfjs-env.ts';

/** Annual reports have 5–30 pages; a much longer PDF is something else. */
export const MAX_PDF_PAGES = 100;
/** Reading the PDF gives up after this long. */
export const PDF_TIME_LIMIT_MS = 10_000;

export type PdfReading =
  | {
      readonly ok: true;
      readonly pages: readonly PageText[];
      /** Pieces of text left out because they are not horizontal (rotated or vertical). */
      readonly skipped: number;
      /** CMaps the PDF asked for that are not available (its text may be missing). */
      readonly missingCMaps: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

export interface ReadPdfOptions {
  /** The file name, for messages. */
  readonly name?: string;
  /** Default PDF_TIME_LIMIT_MS. */
  readonly timeLimitMs?: number;
}

const fail = (reason: string): PdfReading => ({ ok: false, reason });

class TimeOut extends Error {}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string'
    ? err.name
    : '';
}

function reasonFor(err: unknown, name: string): string {
  const what = `“${name}”`;
  switch (errorName(err)) {
    case 'PasswordException':
      return `${what}是加密的 PDF（需要打开密码），无法读取：请先在 PDF 阅读器中取消密码，或使用 Word 原件`;
    case 'InvalidPDFException':
      return `${what}不是有效的 PDF 文件（文件已损坏或不完整），无法读取`;
    default:
      return `${what}无法作为 PDF 读取（文件可能已损坏或不完整）`;
  }
}

/**
 * A pdf.js "binary data factory" (built-in CMaps, standard fonts, WebAssembly) that fetches
 * nothing: CMaps come from the environment, anything else is refused (pdf.js then does without).
 */
function dataFactory(env: PdfEnvironment, missing: Set<string>) {
  return class NoFetchDataFactory {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const data = kind === 'cMapUrl' ? await env.cMap(filename) : null;
      if (data) return data;
      if (kind === 'cMapUrl') missing.add(filename.replace(/\.bcmap$/u, ''));
      throw new Error(`${filename} is not available (nothing is fetched)`);
    }
  };
}

/** The horizontal text of one page, in display coordinates (y down). */
async function pageText(
  doc: PDFDocumentProxy,
  env: PdfEnvironment,
  n: number,
): Promise<{ page: PageText; skipped: number }> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PlacedText[] = [];
  let skipped = 0;
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, x, y] = env.pdfjs.Util.transform(
      viewport.transform,
      item.transform,
    ) as number[];
    const size = Math.hypot(c!, d!);
    // Horizontal, left to right, upright: anything else (stamps, vertical headers) is left out.
    if (!(a! > 0 && Math.abs(b!) <= 0.05 * a! && d! < 0) || item.dir === 'ttb') {
      skipped++;
      continue;
    }
    items.push({
      text: unifyIdeographs(item.str),
      x: x!,
      y: y!,
      width: item.width,
      size: size > 0 ? size : item.height,
    });
  }
  page.cleanup();
  return { page: { width: viewport.width, height: viewport.height, items }, skipped };
}

async function readDocument(
  task: PDFDocumentLoadingTask,
  env: PdfEnvironment,
  name: string,
  missing: Set<string>,
  deadline: number,
): Promise<PdfReading> {
  const doc = await task.promise;
  if (doc.numPages > MAX_PDF_PAGES)
    return fail(
      `“${name}”有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页，不像是一份年度报告，未读取`,
    );
  const pages: PageText[] = [];
  let skipped = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    if (performance.now() >= deadline) throw new TimeOut();
    const read = await pageText(doc, env, n);
    pages.push(read.page);
    skipped += read.skipped;
  }
  return { ok: true, pages, skipped, missingCMaps: [...missing].sort() };
}

/**
 * Reads the text of a PDF with positions.
 * @example (await readPdf(bytes)).ok // false with a reason for a PDF with a password
 */
export async function readPdf(
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<PdfReading> {
  const name = options.name ?? 'PDF 文件';
  let env: PdfEnvironment;
  try {
    env = await pdfEnvironment();
  } catch {
    return fail('读取 PDF 的组件没有加载成功，请刷新页面后重试');
  }
  const missing = new Set<string>();
  const task = env.pdfjs.getDocument({
    // A copy: pdf.js hands the bytes over to its worker, leaving the caller's array empty.
    data: bytes.slice(),
    worker: env.worker(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    BinaryDataFactory: dataFactory(env, missing),
    verbosity: env.pdfjs.VerbosityLevel.ERRORS,
  });
  // (No onPassword: a PDF that needs a password fails with a PasswordException.)
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeLimit = options.timeLimitMs ?? PDF_TIME_LIMIT_MS;
  const deadline = performance.now() + timeLimit;
  const timeOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeOut()), timeLimit);
  });
  let stuck = false;
  try {
    return await Promise.race([readDocument(task, env, name, missing, deadline), timeOut]);
  } catch (err) {
    if (!(err instanceof TimeOut)) return fail(reasonFor(err, name));
    stuck = true;
    return fail(
      `读取“${name}”超过 ${timeLimit >= 1000 ? `${Math.round(timeLimit / 1000)} 秒` : `${timeLimit} 毫秒`}仍未完成，已放弃：文件可能过大或已损坏`,
    );
  } finally {
    clearTimeout(timer);
    // A busy or dead worker never answers pdf.js's "terminate": do not wait for it.
    const destroyed = task.destroy().then(
      () => true,
      () => true,
    );
    const answered =
      !stuck &&
      (await Promise.race([destroyed, new Promise<false>((r) => setTimeout(r, 1000, false))]));
    if (!answered) env.discardWorker();
  }
}
