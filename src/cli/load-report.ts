/**
 * Reading a report file: bytes → size check → kind → UTF-8 text → schema → Report. Every way a
 * file can be unusable ends as a value with a one-line Chinese reason (plus, for a report that
 * fails the schema, the first few problems), never as an exception.
 */
import { MAX_INPUT_BYTES, parseReportJson, type Report } from '../domain/index.ts';
import { errorCode, type CliIo } from './cli-io.ts';

export type LoadResult =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly reason: string; readonly details: readonly string[] };

/** How many schema problems are listed under the summary line. */
export const MAX_LISTED_ISSUES = 5;

const MB = 1024 * 1024;

type UnsupportedKind = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf';
type InputKind = 'json' | UnsupportedKind;

const EXTENSIONS: Readonly<Record<string, InputKind>> = {
  json: 'json',
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  doc: 'doc',
  pdf: 'pdf',
};

/** Read after "尚不支持读取". */
const KIND_NAMES: Readonly<Record<UnsupportedKind, string>> = {
  text: '纯文本（.txt）文件',
  markdown: ' Markdown（.md）文件',
  html: '网页（.html）文件',
  docx: ' Word（.docx）文件',
  doc: ' Word 97-2003（.doc）文件',
  pdf: ' PDF 文件',
};

const fail = (reason: string, details: readonly string[] = []): LoadResult => ({
  ok: false,
  reason,
  details,
});

function extensionKind(path: string): InputKind | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? undefined : EXTENSIONS[name.slice(dot + 1).toLowerCase()];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The kind told by the file's first bytes, for the binary formats a clerk is likely to try. */
function magicKind(bytes: Uint8Array, path: string): InputKind | 'zip' | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc'; // OLE compound file
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return extensionKind(path) === 'docx' ? 'docx' : 'zip';
  return undefined;
}

function unsupported(kind: UnsupportedKind): LoadResult {
  if (kind === 'doc')
    return fail(
      '不能读取 Word 97-2003（.doc）文件，请在 Word 或 WPS 中另存为 .docx；目前只能读取本工具的 JSON 报告',
    );
  return fail(
    `尚不支持读取${KIND_NAMES[kind]}（将在后续版本提供），目前只能读取本工具的 JSON 报告`,
  );
}

function sizeText(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB（${bytes} 字节）`;
}

function tooBig(bytes: number): LoadResult {
  return fail(
    `文件大小为 ${sizeText(bytes)}，超过 ${MAX_INPUT_BYTES / MB} MB 的上限，不像是一份年度报告，已拒绝读取`,
  );
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

/**
 * Turns a file's bytes into a report. The kind is decided by content first (a known binary
 * signature, or text that starts with "{"), then by the file name's extension.
 * @example decodeReport(new TextEncoder().encode('{"schema":"x"}'), 'a.json') // { ok: false, reason: '不是本工具的报告文件：…' }
 */
export function decodeReport(bytes: Uint8Array, path: string): LoadResult {
  if (bytes.length > MAX_INPUT_BYTES) return tooBig(bytes.length);
  if (bytes.length === 0) return fail('文件是空的');
  const magic = magicKind(bytes, path);
  if (magic === 'zip')
    return fail(
      '这是一个压缩包（或 Excel 等 Office 文件），不是年度报告；目前只能读取本工具的 JSON 报告',
    );
  if (magic && magic !== 'json') return unsupported(magic);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return fail('文件是 UTF-16（Unicode）编码，请另存为 UTF-8 编码后再读取');
  }

  let text: string;
  try {
    // fatal: a GBK or binary file is refused rather than turned into replacement characters; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const kind = extensionKind(path);
    if (kind && kind !== 'json') return unsupported(kind);
    return fail(
      '文件不是 UTF-8 编码的文本（可能是二进制文件，或使用了 GBK 等其他编码），无法读取；如果是文本，请另存为 UTF-8 编码',
    );
  }

  const start = text.trimStart();
  const kind: InputKind | undefined = start.startsWith('{') ? 'json' : extensionKind(path);
  if (kind === undefined) {
    if (start === '') return fail('文件是空的');
    if (/^<(!doctype\s+html|html)[\s>]/i.test(start)) return unsupported('html');
    return fail('无法识别文件类型：内容不是 JSON，目前只能读取本工具的 JSON 报告（.json）');
  }
  if (kind !== 'json') return unsupported(kind);

  const parsed = parseReportJson(text);
  if (parsed.ok) return { ok: true, report: parsed.report };
  const messages = parsed.issues.map((issue) => issue.message);
  if (messages.length === 1) return fail(messages[0]!);
  const listed = messages.slice(0, MAX_LISTED_ISSUES);
  const rest = messages.length - listed.length;
  return fail(
    `不是有效的年度报告，发现 ${messages.length} 处问题`,
    rest > 0 ? [...listed, `……另有 ${rest} 处问题`] : listed,
  );
}

/** Reads and decodes a report file; a huge file is refused before it is read when its size is known. */
export async function loadReport(io: CliIo, path: string): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    if (io.fileSize) {
      const size = await io.fileSize(path);
      if (size > MAX_INPUT_BYTES) return tooBig(size);
    }
    bytes = await io.readFile(path);
  } catch (error) {
    return readFailure(error);
  }
  return decodeReport(bytes, path);
}
