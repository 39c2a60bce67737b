/** What pdf.js offers wherever it runs (pdfjs-env.ts sets it up for Node or the browser). */
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfEnvironment {
  readonly pdfjs: PdfJs;
  /** The worker to parse a document in (browser), or undefined: pdf.js's in-process one (Node). */
  worker(): PDFWorker | undefined;
  /** Ends a worker that is stuck (after a time-out); the next document gets a fresh one. */
  discardWorker(): void;
  /** A CMap file (e.g. "GBK-EUC-H.bcmap") as bytes, or null when it is not available. */
  cMap(file: string): Promise<Uint8Array | null>;
}
