/** The HTML importer (a saved web page, our web-page export, or HTML pasted from the clipboard). */
export { decodeTextBytes } from '../../read/decode-text.ts';
export { MAX_HTML_LENGTH, parseReportHtml, readReportHtml } from './parse-html.ts';
