/**
 * One way in for a file: its kind recognised from the bytes (not the name), its size checked
 * against the one table of limits (limits.ts), text decoded (UTF-8, GBK / GB18030, UTF-16 with a
 * BOM), and what cannot be a report refused with one Chinese line. The app's import, the
 * 查看报告文件 viewer and the command line all read files through here.
 */
import { excelOleReason, isXlsxZip } from './sniff-office.ts';
import { READ_MESSAGES, tooLargeToRead } from './limits.ts';

export type SniffedFile =
  | { readonly kind: 'pdf' }
  | { readonly kind: 'docx' }
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unknown'; readonly reason: string };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .doc / .xls

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Control characters in text mean binary data (a renamed image, an archive …). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/**
 * What the bytes are: a PDF, a zip (an Excel workbook by its parts, else a Word document, for the
 * importers to open), text (decoded),
 * or nothing readable (with the reason).
 * @example (await sniffFile(bytes, 'a.pdf')).kind // 'pdf'
 */
export async function sniffFile(bytes: Uint8Array, name: string): Promise<SniffedFile> {
  const refuse = (reason: string): SniffedFile => ({ kind: 'unknown', reason });
  if (bytes.length === 0) return refuse(READ_MESSAGES.empty(name));
  const tooLarge = tooLargeToRead(name, bytes.length);
  if (tooLarge) return refuse(tooLarge);
  if (startsWith(bytes, PDF)) return { kind: 'pdf' };
  if (startsWith(bytes, ZIP)) return { kind: isXlsxZip(bytes) ? 'xlsx' : 'docx' };
  if (startsWith(bytes, OLE))
    return refuse(excelOleReason(bytes, name) ?? READ_MESSAGES.oldOffice(name));
  let text = decodeUtf8(bytes);
  if (text === null) {
    // Not UTF-8: a web page saved from a government website (GBK / GB18030 or its declared
    // charset), or a text file Notepad saved as ANSI (GBK on a Chinese Windows) or "Unicode".
    const { decodeTextBytes } = await import('./decode-text.ts');
    text = decodeTextBytes(bytes);
  }
  if (text === null) return refuse(READ_MESSAGES.notText(name));
  if (looksBinary(text)) return refuse(READ_MESSAGES.binary(name));
  return { kind: 'text', text };
}

/** A chosen file (the browser's File, or a file on disk): its size first, then its bytes. */
export interface FileSource {
  readonly name: string;
  readonly size: number;
  readonly bytes: () => Promise<Uint8Array>;
}

export type ReadFile =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly sniffed: SniffedFile }
  | { readonly ok: false; readonly reason: string };

/** Reads a chosen file: refused by its size before a byte is read, then sniffed. */
export async function readChosenFile(file: FileSource): Promise<ReadFile> {
  const tooLarge = tooLargeToRead(file.name, file.size);
  if (tooLarge) return { ok: false, reason: tooLarge };
  const bytes = await file.bytes();
  return { ok: true, bytes, sniffed: await sniffFile(bytes, file.name) };
}
