/**
 * Reading a report file: bytes → size check → kind → report. Our own JSON is read here (UTF-8,
 * schema, 5 MB); every other kind (plain text, Markdown, HTML, Word .docx, Excel .xlsx, PDF) goes through the
 * importers' dispatcher (`importReportFile`, 20 MB). Every way a file can be unusable ends as a
 * value with a one-line Chinese reason (plus, for a report that fails the schema, the first few
 * problems), never as an exception.
 */
import { parseReportJson, type CellId, type Report } from '../domain/index.ts';
import { importReportFile } from '../io/import/import-file.ts';
import { FILE_LIMITS, isXlsxZip, READ_MESSAGES, tooLargeReason } from '../io/read/index.ts';
import type { ImportFinding, ImportSourceKind } from '../io/import/import.types.ts';
import { errorCode, type CliIo } from './cli-io.ts';

export type LoadResult =
  | {
      readonly ok: true;
      readonly report: Report;
      /** What the file was read as: our JSON, or the kind an importer read. */
      readonly kind: ImportSourceKind;
      /** What the importer noticed (recognised parts, uncertain figures…); empty for our JSON. */
      readonly importFindings: readonly ImportFinding[];
      /** The cells whose figures the importer is not sure of; empty for our JSON. */
      readonly uncertainCells: readonly CellId[];
    }
  | { readonly ok: false; readonly reason: string; readonly details: readonly string[] };

/** How many schema problems are listed under the summary line. */
export const MAX_LISTED_ISSUES = 5;
const fail = (reason: string, details: readonly string[] = []): LoadResult => ({
  ok: false,
  reason,
  details,
});

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The file name's extension, lower case, or '' when it has none. */
function extension(path: string): string {
  const name = fileName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Whether the first character after a UTF-8 BOM and ASCII white space is "{". */
function startsWithBrace(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i]!)) i++;
  return bytes[i] === 0x7b;
}

function tooBig(path: string, bytes: number, limit: number): LoadResult {
  return fail(tooLargeReason(fileName(path), bytes, limit) ?? '');
}

function readFailure(error: unknown): LoadResult {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('找不到这个文件');
    case 'EISDIR':
      return fail('这是一个文件夹，不是文件');
    case 'EACCES':
    case 'EPERM':
      return fail('没有读取这个文件的权限');
    default:
      return fail(
        `无法读取这个文件（${errorCode(error) ?? (error instanceof Error ? error.message : String(error))}）`,
      );
  }
}

/** Our own report JSON: the schema, with its problems listed under a summary line. */
function decodeJson(text: string): LoadResult {
  const parsed = parseReportJson(text);
  if (parsed.ok)
    return {
      ok: true,
      report: parsed.report,
      kind: 'json',
      importFindings: [],
      uncertainCells: [],
    };
  const messages = parsed.issues.map((issue) => issue.message);
  if (messages.length === 1) return fail(messages[0]!);
  const listed = messages.slice(0, MAX_LISTED_ISSUES);
  const rest = messages.length - listed.length;
  return fail(
    `不是有效的年度报告，发现 ${messages.length} 处问题`,
    rest > 0 ? [...listed, `……另有 ${rest} 处问题`] : listed,
  );
}

/** Any other kind, through the importers: their one-line reason, or the report and their findings. */
async function decodeImported(bytes: Uint8Array, path: string): Promise<LoadResult> {
  const { kind, result } = await importReportFile(bytes, { name: fileName(path) });
  if (!result.ok) return fail(result.reason);
  return {
    ok: true,
    report: result.report,
    kind: kind === 'unknown' ? result.source.kind : kind,
    importFindings: result.findings,
    uncertainCells: result.source.uncertainCells,
  };
}

/**
 * Turns a file's bytes into a report. The kind is decided by content first (a known binary
 * signature, or text that starts with "{"), the file name's extension being only a hint: text
 * that starts with "{" or a `.json` file is our report JSON (UTF-8); text, Markdown, HTML (UTF-8,
 * GBK or UTF-16), Word .docx, Excel .xlsx and PDF are read by the importers.
 * @example await decodeReport(new TextEncoder().encode('{"schema":"x"}'), 'a.json') // { ok: false, reason: '不是本工具的报告文件：…' }
 */
export async function decodeReport(bytes: Uint8Array, path: string): Promise<LoadResult> {
  if (bytes.length > FILE_LIMITS.file) return tooBig(path, bytes.length, FILE_LIMITS.file);
  if (bytes.length === 0) return fail(READ_MESSAGES.empty(fileName(path)));
  const ext = extension(path);
  // An old Office file: the reader says which (a locked or old Excel workbook, a WPS .et, a .doc).
  if (startsWith(bytes, OLE)) return decodeImported(bytes, path);
  // A zip is a Word document only when its name says so (or says nothing), or an Excel workbook
  // by its parts; .zip, .pptx… are not.
  if (startsWith(bytes, ZIP) && ext !== 'docx' && ext !== '' && !isXlsxZip(bytes))
    return fail(READ_MESSAGES.zipNotDocx(fileName(path)));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) || startsWith(bytes, ZIP))
    return decodeImported(bytes, path);
  const json = startsWithBrace(bytes) || ext === 'json';
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  // Text that is not UTF-8 (a GBK web page saved from a government website, a text file saved
  // by Notepad as ANSI or "Unicode"): the importers decode it. Our JSON is always UTF-8.
  if (utf16 && !json) return decodeImported(bytes, path);
  if (utf16) return fail('文件是 UTF-16（Unicode）编码，请另存为 UTF-8 编码后再读取');
  if (json && bytes.length > FILE_LIMITS.text) return tooBig(path, bytes.length, FILE_LIMITS.text);

  let text: string;
  try {
    // fatal: a GBK or binary file is refused rather than turned into replacement characters; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (!json) return decodeImported(bytes, path);
    return fail(
      '文件不是 UTF-8 编码的文本（可能是二进制文件，或使用了 GBK 等其他编码），无法读取；如果是文本，请另存为 UTF-8 编码',
    );
  }
  if (text.trim() === '') return fail(READ_MESSAGES.empty(fileName(path)));
  return json ? decodeJson(text) : decodeImported(bytes, path);
}

/** Reads and decodes a report file; a huge file is refused before it is read when its size is known. */
export async function loadReport(io: CliIo, path: string): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    if (io.fileSize) {
      const size = await io.fileSize(path);
      if (size > FILE_LIMITS.file) return tooBig(path, size, FILE_LIMITS.file);
    }
    bytes = await io.readFile(path);
  } catch (error) {
    return readFailure(error);
  }
  return decodeReport(bytes, path);
}
