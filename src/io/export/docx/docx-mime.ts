/** The MIME type of a Word file (tiny: the exporter registry imports it up front). */
export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
