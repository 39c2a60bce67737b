/** The .xlsx bytes as a file for the browser to download (tiny: the app imports it up front). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: XLSX_MIME });
}
