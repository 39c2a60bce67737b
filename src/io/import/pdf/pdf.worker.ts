/**
 * The pdf.js worker, as the browser bundle builds it (`./pdf.worker.ts?worker&inline` in
 * pdfjs-browser.ts). pdf.js's worker code starts listening by itself when it runs in a worker.
 */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
