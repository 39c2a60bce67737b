/**
 * pdf.js in the browser (see pdfjs-env.ts): reached only through a dynamic import, so pdf.js and
 * its worker stay out of the first page's JavaScript.
 *
 * - The worker is `./pdf.worker.ts?worker&inline`: the worker code is inlined in this chunk and
 *   started from a blob: URL, which both builds' CSP allow (worker-src blob:), including the
 *   single file opened from disk, which has no origin to load a worker file from. It is handed
 *   to pdf.js as its worker port, so pdf.js never tries to load a worker of its own.
 * - CMaps: the predefined CMaps of simplified Chinese fonts (Adobe-GB1), for PDFs whose Chinese
 *   fonts are not embedded. Each is bundled as data (`?url&inline`, a data: URL decoded here),
 *   loaded only when a PDF asks for it. Any other CMap is reported missing, never fetched.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import PdfJsWorker from './pdf.worker.ts?worker&inline';
import type { PdfEnvironment } from './pdfjs-types.ts';

type DataUrl = () => Promise<{ default: string }>;

const CMAPS: Readonly<Record<string, DataUrl>> = {
  'Adobe-GB1-UCS2.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap?url&inline'),
  'GB-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GB-EUC-H.bcmap?url&inline'),
  'GB-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GB-EUC-V.bcmap?url&inline'),
  'GBpc-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GBpc-EUC-H.bcmap?url&inline'),
  'GBpc-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GBpc-EUC-V.bcmap?url&inline'),
  'GBK-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GBK-EUC-H.bcmap?url&inline'),
  'GBK-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GBK-EUC-V.bcmap?url&inline'),
  'GBKp-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GBKp-EUC-H.bcmap?url&inline'),
  'GBKp-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GBKp-EUC-V.bcmap?url&inline'),
  'GBK2K-H.bcmap': () => import('pdfjs-dist/cmaps/GBK2K-H.bcmap?url&inline'),
  'GBK2K-V.bcmap': () => import('pdfjs-dist/cmaps/GBK2K-V.bcmap?url&inline'),
  'UniGB-UCS2-H.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap?url&inline'),
  'UniGB-UCS2-V.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UCS2-V.bcmap?url&inline'),
  'UniGB-UTF16-H.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UTF16-H.bcmap?url&inline'),
  'UniGB-UTF16-V.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UTF16-V.bcmap?url&inline'),
};

/** The bytes of a base64 data: URL. */
function dataUrlBytes(url: string): Uint8Array | null {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || !url.slice(0, comma).endsWith(';base64')) return null;
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

interface Running {
  readonly port: Worker;
  readonly worker: pdfjs.PDFWorker;
}
let running: Running | undefined;

export function browserEnvironment(): PdfEnvironment {
  return {
    pdfjs,
    worker() {
      if (!running) {
        const port = new PdfJsWorker({ name: 'pdf.js' });
        running = { port, worker: pdfjs.PDFWorker.create({ port }) };
      }
      return running.worker;
    },
    discardWorker() {
      running?.worker.destroy();
      running?.port.terminate();
      running = undefined;
    },
    async cMap(file) {
      const load = Object.hasOwn(CMAPS, file) ? CMAPS[file] : undefined;
      return load ? dataUrlBytes((await load()).default) : null;
    },
  };
}
