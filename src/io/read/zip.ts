/**
 * Just enough of the ZIP format to take one part out of a .docx safely: the central directory
 * is read by hand (names, sizes, offsets, the encryption flag), and a part is inflated with
 * fflate's streaming inflater in small chunks, stopping as soon as the output passes the limit,
 * whatever the directory claims. So a zip bomb (a few kB that inflate to gigabytes) or a
 * directory that lies about sizes costs at most the limit, never minutes of work or the memory.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As the directory states it (may lie; the inflater checks). */
  readonly size: number;
  readonly localOffset: number;
}

export class ZipError extends Error {
  constructor(
    readonly why: 'notZip' | 'corrupt' | 'encrypted' | 'unsupported' | 'tooLarge',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;
const CHUNK = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** A little-endian 64-bit field; values past 2^53 are as good as infinite here. */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

const corrupt = (): ZipError => new ZipError('corrupt', 'zip structure is damaged or truncated');

/** The entries of the central directory. Throws ZipError. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const n = bytes.length;
  if (n < 22 || u32(bytes, 0) !== LOCAL) throw new ZipError('notZip', 'not a zip file');
  let eocd = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    u32(bytes, eocd - 20) === EOCD64_LOCATOR
  ) {
    const at = u64(bytes, eocd - 12);
    if (at + 56 > n || u32(bytes, at) !== EOCD64) throw corrupt();
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipError('unsupported', 'too many entries');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > n || u32(bytes, at) !== CENTRAL) throw corrupt();
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const nameEnd = at + 46 + nameLength;
    const extraEnd = nameEnd + extraLength;
    if (extraEnd > n) throw corrupt();
    // ZIP64: the fields set to 0xFFFFFFFF are in the extra field 0x0001, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      for (let x = nameEnd; x + 4 <= extraEnd;) {
        const id = u16(bytes, x);
        const length = u16(bytes, x + 2);
        if (id === 1) {
          let y = x + 4;
          if (size === 0xffffffff) {
            size = u64(bytes, y);
            y += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, y);
            y += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(bytes, y);
          break;
        }
        x += 4 + length;
      }
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)),
      method,
      encrypted: (flags & 1) !== 0,
      compressedSize,
      size,
      localOffset,
    });
    at = extraEnd + commentLength;
  }
  return entries;
}

/**
 * The bytes of an entry, at most `limit` of them. Throws ZipError: encrypted, an unknown
 * compression method, damaged data, or more than `limit` bytes once inflated.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.encrypted) throw new ZipError('encrypted', 'the entry is encrypted');
  if (entry.size > limit) throw new ZipError('tooLarge', 'the entry is too large');
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) throw corrupt();
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipError('tooLarge', 'the entry is too large');
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipError('unsupported', `compression method ${entry.method}`);

  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ZipError('tooLarge', 'the entry inflates past the limit');
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let from = 0; from < data.length || from === 0; from += CHUNK) {
      const last = from + CHUNK >= data.length;
      inflater.push(data.subarray(from, from + CHUNK), last);
      if (last) break;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw corrupt();
  }
  if (!done) throw corrupt();
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
