/** The plain-text / Markdown importer. */
export { parseReportText, type TextOrigin } from './parse-text.ts';
