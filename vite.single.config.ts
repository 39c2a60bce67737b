/**
 * Second build of `npm run build`: the whole app as ONE self-contained HTML file,
 * dist/xxgk-nianbao-offline.html, that works opened straight from disk (file://) on an offline PC.
 *
 * - vite-plugin-singlefile inlines the JS and CSS; with Vite 8 it sets rolldown
 *   `codeSplitting: false`, so lazy `import()`s (docx export, pdf.js, ...) and the CSS they import
 *   end up in the same inline script and style.
 * - It writes into dist/ next to the normal build (emptyOutDir: false), under its own name, so the
 *   normal dist/index.html is left alone. Run it after `vite build`, never alone before it.
 * - The CSP plugin hashes the inline <script>/<style> into the policy and fails the build if
 *   anything (a chunk, a worker, an asset) was left as a separate file. Workers must therefore be
 *   imported with `?worker&inline` (a blob: URL, allowed by worker-src) to work in this file.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/csp.ts';

export const SINGLE_FILE_NAME = 'xxgk-nianbao-offline.html';

export default defineConfig({
  base: './',
  plugins: [
    react(),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME, removeViteModuleLoader: false }),
    cspPlugin('single-file', SINGLE_FILE_NAME),
  ],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    // Nothing to preload: every module is in the one inline script.
    modulePreload: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
