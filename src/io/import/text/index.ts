/** The plain-text / Markdown importer. */
export { parseReportText } from './parse-text.ts';
