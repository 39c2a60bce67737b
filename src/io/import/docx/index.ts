/** The Word (.docx) importer. */
export {
  MAX_DOCUMENT_XML_BYTES,
  MAX_DOCX_BYTES,
  parseReportDocx,
  readReportDocx,
} from './parse-docx.ts';
