/**
 * Bundles one of the bench's in-page entries (./page/*.ts) into a self-contained IIFE string with
 * Vite's own builder (production mode, minified, nothing written to disk). Used instead of passing
 * functions to page.evaluate: tsx would wrap named functions in `__name(...)` helpers that do not
 * exist in the page, and bundling lets the page run the real src/domain code.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';

export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: path.dirname(entry),
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      copyPublicDir: false,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name: 'xxgkBench', fileName: 'bench' },
      // pdfjs-env.ts's Node branch (and pdf.js's own) read import.meta.url; never run in a page.
      rolldownOptions: { checks: { emptyImportMeta: false } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const chunk = out.output.find(
      (o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry,
    );
    if (chunk) return chunk.code;
  }
  throw new Error(`bench: bundling ${entry} produced no entry chunk`);
}
