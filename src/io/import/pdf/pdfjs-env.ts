/**
 * Where pdf.js runs: the only module that knows the difference between Node and the browser.
 *
 * - Both use pdf.js's legacy build (`pdfjs-dist/legacy/build/pdf.mjs`): the one that runs on
 *   Node 20 and in older Chromium-based browsers alike. It is loaded on first use only.
 * - Node (the command line, the tests): pdf.js runs its worker code in-process (its "fake
 *   worker", which imports `pdf.worker.mjs` beside `pdf.mjs`); CMaps are read from pdfjs-dist's
 *   own `cmaps/` folder.
 * - Browser (`./pdfjs-browser.ts`): a real Web Worker built into the bundle with `?worker&inline`
 *   (a blob: URL, allowed by the CSP's worker-src, and the only kind of worker the single-file
 *   build can hold); CMaps for Chinese (GB) fonts are bundled as data. Nothing is fetched.
 */
import type { PdfEnvironment, PdfJs } from './pdfjs-types.ts';

export type { PdfEnvironment, PdfJs } from './pdfjs-types.ts';

/** See nodeEnvironment. */
const NODE_WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

const isNode = (): boolean =>
  typeof process !== 'undefined' && typeof process.versions?.node === 'string';

let environment: Promise<PdfEnvironment> | undefined;

/** pdf.js, loaded once, set up for where this runs. */
export function pdfEnvironment(): Promise<PdfEnvironment> {
  if (!environment) {
    environment = isNode()
      ? nodeEnvironment()
      : import('./pdfjs-browser.ts').then((m) => m.browserEnvironment());
    // A failed load (e.g. a chunk that could not be read) may be retried with the next file.
    environment.catch(() => (environment = undefined));
  }
  return environment;
}

/**
 * Built-ins that the legacy build's core-js polyfills replace on Node 20 (V8 11), for edge
 * cases pdf.js does not depend on. Its `Array.prototype.push` is a slow script function that
 * would slow down everything after it in the process (the text importer too), and its JSON and
 * `Function.prototype.toString` would change them for the whole process: put back once loaded.
 */
const PATCHED: readonly (readonly [object, string])[] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
];

async function nodeEnvironment(): Promise<PdfEnvironment> {
  const saved = PATCHED.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key));
  let pdfjs: PdfJs;
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js's worker code, run in-process (pdf.js finds it on globalThis.pdfjsWorker). Named
    // through a variable so that the browser bundle does not carry a second copy of it.
    await import(/* @vite-ignore */ NODE_WORKER);
  } finally {
    PATCHED.forEach(([owner, key], i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(owner, key, descriptor);
    });
  }
  // Through process.getBuiltinModule, so that no bundler sees a Node module here.
  const fs = process.getBuiltinModule('node:fs/promises');
  const path = process.getBuiltinModule('node:path');
  const { createRequire } = process.getBuiltinModule('node:module');
  const cMaps = path.join(
    path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'cmaps',
  );
  return {
    pdfjs,
    worker: () => undefined,
    discardWorker: () => {},
    async cMap(file) {
      if (!/^[\w.-]+\.bcmap$/u.test(file)) return null;
      try {
        return new Uint8Array(await fs.readFile(path.join(cMaps, file)));
      } catch {
        return null;
      }
    },
  };
}
