/**
 * Telling spreadsheets apart from their first bytes, without loading a zip or Excel reader: the
 * dispatcher imports this, so it stays tiny.
 */

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const utf16 = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: readonly number[], from = 0): boolean {
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  outer: for (
    let i = bytes.indexOf(first, from);
    i !== -1 && i <= last;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const WORKBOOK_PART = ascii('xl/workbook.xml');

/**
 * Whether a zip (PK…) is an Excel workbook: its entries name `xl/workbook.xml` (names are stored
 * uncompressed, in the local headers and the central directory at the end).
 */
export function isXlsxZip(bytes: Uint8Array): boolean {
  // The central directory sits at the end; small files are searched whole.
  const tail = Math.max(0, bytes.length - 256 * 1024);
  return contains(bytes, WORKBOOK_PART, tail) || (tail > 0 && contains(bytes, WORKBOOK_PART));
}

const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');
const WORKBOOK_STREAM = utf16('Workbook');
const BOOK_STREAM = utf16('Book');
const WORD_STREAM = utf16('WordDocument');

const extensionOf = (name: string): string => /\.([^.\\/]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The one line for an OLE compound file (D0 CF 11 E0) that is a spreadsheet or locked: a file
 * saved with a password (Office then wraps the .xlsx or .docx in such a file), a WPS 表格 .et
 * file, an Excel 97–2003 .xls. Null for anything else (a Word 97–2003 .doc).
 */
export function excelOleReason(bytes: Uint8Array, name: string): string | null {
  const ext = extensionOf(name);
  if (contains(bytes, ENCRYPTED_PACKAGE))
    return `“${name}”设置了打开密码（已加密），无法读取；请在 Excel、Word 或 WPS 中取消密码并另存后再导入`;
  if (ext === 'et' || ext === 'ett')
    return `“${name}”是 WPS 表格（.et）文件，无法直接读取；请在 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入`;
  const word = contains(bytes, WORD_STREAM);
  if (
    ext === 'xls' ||
    ext === 'xlt' ||
    (!word && (contains(bytes, WORKBOOK_STREAM) || contains(bytes, BOOK_STREAM)))
  )
    return `“${name}”是旧版 Excel（.xls）文件，无法直接读取；请在 Excel 或 WPS 中另存为 .xlsx 后再导入`;
  return null;
}
