/**
 * The zip reader of the Word and Excel importers, safe against hostile files. Each part is read
 * by fflate's streaming unzip (`Unzip`: the local header, stored or deflated data) started at
 * the local header the central directory points to, fed 16 kB at a time, its output counted as
 * it comes: past the limit the reading stops, mid-entry, whatever the headers claim. So a zip bomb (a few kB that
 * inflate to gigabytes) or headers that lie about sizes cost at most the limit (plus what one
 * 16 kB push can inflate to, about 16 MB), never minutes of work or the memory.
 *
 * The central directory is read by hand (`readZipDirectory`), for what fflate 0.8.3 does not
 * give:
 * - where each part is. `Unzip` run over the whole file reads the local headers in order and
 *   never the directory; but exceljs (JSZip) and Word read the parts the directory points to, so
 *   the Excel guard must inflate those very bytes: a decoy part of the same name earlier in the
 *   file, or a part hidden inside another's stored data, would otherwise pass the guard and
 *   reach exceljs unchecked. `unzipSync`'s filter sees the directory's names and sizes but no
 *   offsets, and it inflates into a buffer of the size the directory states, inflating a lying
 *   part to its end and silently cutting it (a 1 kB claim over a 1 GB bomb: 10 s of work and a
 *   truncated part), so it cannot read the parts either;
 * - the general-purpose flags: neither `Unzip`'s files nor `unzipSync`'s filter expose them, so an
 *   encrypted part would only show as damaged data;
 * - that the file is whole (the directory at its end) and how many parts it has, before any
 *   inflating;
 * - where a part written with a data descriptor ends (LibreOffice writes every part so, sizes
 *   after the data): `Unzip` searches the data for the descriptor's signature, which compressed
 *   data or an image can hold by chance, cutting the part short; it is given the directory's
 *   sizes in the local header instead.
 */
import { strFromU8, Unzip, UnzipInflate } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  readonly encrypted: boolean;
  /**
   * The size once inflated as the directory states it (it may lie; the reading counts), or
   * null when it is in a ZIP64 extra field (then only the count while inflating applies).
   */
  readonly size: number | null;
  /** Where its local header starts. */
  readonly localOffset: number;
  /** Its data's length in the file, as the directory states it (where it ends for JSZip too). */
  readonly compressedSize: number;
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
/** fflate's `Unzip` inflates each pushed chunk whole before it hands out a byte. */
const CHUNK = 16 * 1024;
const STORED = 0;
const DATA_DESCRIPTOR = 8;
const DEFLATED = 8;

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
const tooLarge = (): ZipError => new ZipError('tooLarge', 'the entry inflates past the limit');

/** The entries of the central directory (see the top of the file for why by hand). Throws ZipError. */
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
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > n || u32(bytes, at) !== CENTRAL) throw corrupt();
    let size: number | null = u32(bytes, at + 24);
    let localOffset = u32(bytes, at + 42);
    let compressedSize = u32(bytes, at + 20);
    const nameEnd = at + 46 + u16(bytes, at + 28);
    const extraEnd = nameEnd + u16(bytes, at + 30);
    if (extraEnd > n) throw corrupt();
    // ZIP64: the fields set to 0xFFFFFFFF are in the extra field 0x0001, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      for (let x = nameEnd; x + 4 <= extraEnd; x += 4 + u16(bytes, x + 2)) {
        if (u16(bytes, x) !== 1) continue;
        let y = x + 4;
        if (size === 0xffffffff) {
          size = y + 8 <= extraEnd ? u64(bytes, y) : null;
          y += 8;
        }
        if (compressedSize === 0xffffffff && y + 8 <= extraEnd) {
          compressedSize = u64(bytes, y);
          y += 8;
        }
        if (localOffset === 0xffffffff && y + 8 <= extraEnd) localOffset = u64(bytes, y);
        break;
      }
    }
    if (localOffset + 30 > n || u32(bytes, localOffset) !== LOCAL) throw corrupt();
    const flags = u16(bytes, at + 8);
    entries.push({
      // Decoded as fflate decodes the local headers' names (UTF-8 only when flagged so), so that
      // a name in a local code page (old zip tools writing Chinese names) is the same in both.
      name: strFromU8(bytes.subarray(at + 46, nameEnd), (flags & 0x800) === 0),
      encrypted: (flags & 1) !== 0,
      size: size === 0xffffffff ? null : size,
      localOffset,
      compressedSize,
    });
    at = extraEnd + u16(bytes, at + 32);
  }
  return entries;
}

export interface ZipReadOptions {
  /** The most all the parts read may inflate to together (default: no limit but each part's). */
  readonly total?: number;
  /** Keep the parts' bytes (default); false only counts them (a check that they inflate). */
  readonly keep?: boolean;
}

/**
 * Inflates the entries of `directory` that `limitOf` gives a limit (null: not read), each
 * stopped past its limit and all past `options.total`. Returns the bytes by name (empty when not
 * kept). Throws ZipError: an encrypted entry, an unknown compression method, damaged or missing
 * data, more than a limit once inflated.
 * @example readZipParts(bytes, readZipDirectory(bytes), (name) => (name === 'word/document.xml' ? 50e6 : null))
 */
export function readZipParts(
  bytes: Uint8Array,
  directory: readonly ZipEntry[],
  limitOf: (name: string) => number | null,
  options: ZipReadOptions = {},
): Map<string, Uint8Array> {
  const total = options.total ?? Infinity;
  const chosen = directory.flatMap((entry) => {
    const limit = limitOf(entry.name);
    if (limit === null) return [];
    if (entry.encrypted) throw new ZipError('encrypted', 'the entry is encrypted');
    if (entry.size !== null && (entry.size > limit || entry.size > total)) throw tooLarge();
    return [{ entry, limit }];
  });
  const parts = new Map<string, Uint8Array>();
  let inflated = 0;
  for (const { entry, limit } of chosen) {
    let size = 0;
    const withinLimits = (length: number): boolean => {
      size += length;
      inflated += length;
      return size <= limit && inflated <= total;
    };
    const part = readEntry(bytes, entry, withinLimits, options.keep !== false);
    if (options.keep !== false) parts.set(entry.name, part);
  }
  return parts;
}

/**
 * One entry, read by fflate's `Unzip` from its local header on. `more(length)` is told each
 * chunk's length once inflated and says whether to go on. Throws ZipError.
 */
function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  more: (length: number) => boolean,
  keep: boolean,
): Uint8Array {
  // Not narrowed to null: the callbacks below set them.
  let failure = null as ZipError | null;
  let done = null as Uint8Array | null;
  let size = 0;
  let seen = false;
  const unzip = new Unzip((file) => {
    // Only the file at the offset: what follows it is other entries.
    if (seen) return;
    seen = true;
    if (file.name !== entry.name) {
      failure = corrupt();
      return;
    }
    if (file.compression !== STORED && file.compression !== DEFLATED) {
      failure = new ZipError('unsupported', `compression method ${file.compression}`);
      return;
    }
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure || done) return;
      if (error) {
        failure = corrupt();
        return;
      }
      size += chunk.length;
      if (!more(chunk.length)) {
        failure = tooLarge();
        return;
      }
      if (keep) chunks.push(chunk);
      if (final) done = concat(chunks, keep ? size : 0);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // The local header as written, but with the directory's sizes and no data descriptor: fflate
  // then takes exactly the bytes the directory gives (as JSZip and Word do) instead of looking
  // for the descriptor's signature in the data, which compressed data can hold by chance.
  const at = entry.localOffset;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  // An empty stored part: `Unzip` reads a local header only once some byte follows it.
  if (entry.compressedSize === 0 && u16(bytes, at + 8) === STORED) return new Uint8Array(0);
  const header = bytes.slice(at, start);
  const view = new DataView(header.buffer);
  view.setUint16(6, view.getUint16(6, true) & ~DATA_DESCRIPTOR, true);
  view.setUint32(18, entry.compressedSize, true);
  view.setUint32(22, Math.min(entry.size ?? 0, 0xfffffffe), true);
  const data = bytes.subarray(start, end);
  try {
    unzip.push(header, data.length === 0);
    for (let from = 0; from < data.length && !failure && !done; from += CHUNK)
      unzip.push(data.subarray(from, from + CHUNK), from + CHUNK >= data.length);
  } catch {
    failure ??= corrupt();
  }
  if (failure) throw failure;
  if (!done) throw corrupt();
  return done;
}

/** One part's bytes (see readZipParts). Throws ZipError. */
export function readZipPart(
  bytes: Uint8Array,
  directory: readonly ZipEntry[],
  name: string,
  limit: number,
): Uint8Array {
  const part = readZipParts(bytes, directory, (n) => (n === name ? limit : null)).get(name);
  if (!part) throw corrupt();
  return part;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
