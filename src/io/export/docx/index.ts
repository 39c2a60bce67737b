/**
 * The Word export. Import it with `await import('…/io/export/docx/index.ts')` in the app so the
 * `docx` library stays out of the initial bundle; the command line imports it directly.
 */
export { DOCX_MIME_TYPE, buildDocxDocument, renderDocx, renderDocxBlob } from './render-docx.ts';
export * as docxStyle from './document-style.ts';
