/**
 * The zip reader of the Word and Excel importers, safe against hostile files: a part is
 * inflated by fflate's streaming unzip (`Unzip`, which reads the local headers, data
 * descriptors, ZIP64 sizes and stored or deflated data), fed 16 kB at a time, and its output is
 * counted as it comes: past the limit the reading stops, mid-entry, whatever the headers claim.
 * So a zip bomb (a few kB that inflate to gigabytes) or a directory that lies about sizes costs
 * at most the limit (plus what one 16 kB push can inflate to, about 16 MB), never minutes of work
 * or the memory.
 *
 * The central directory is still read by hand (`readZipDirectory`), for what fflate 0.8.3 does
 * not give: its `Unzip` never reads the directory (so a file cut short after the parts we need
 * would pass, and the number of entries is unknown until the end), neither `Unzip`'s files nor
 * `unzipSync`'s filter expose the general-purpose flags (so an encrypted entry would only show
 * as damaged data), and `unzipSync` inflates into a buffer of the size the directory states,
 * inflating a lying entry to its end and silently cutting it (a 1 kB claim over a 1 GB bomb:
 * 10 s of work and a truncated part), so it cannot be the reader either.
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
    const size = u32(bytes, at + 24);
    const nameEnd = at + 46 + u16(bytes, at + 28);
    const extraEnd = nameEnd + u16(bytes, at + 30);
    if (extraEnd > n) throw corrupt();
    const flags = u16(bytes, at + 8);
    entries.push({
      // Decoded as fflate decodes the local headers' names (UTF-8 only when flagged so), so that
      // a name in a local code page (old zip tools writing Chinese names) is the same in both.
      name: strFromU8(bytes.subarray(at + 46, nameEnd), (flags & 0x800) === 0),
      encrypted: (flags & 1) !== 0,
      size: size === 0xffffffff ? null : size,
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
  const limits = new Map<string, number>();
  for (const entry of directory) {
    const limit = limitOf(entry.name);
    if (limit === null) continue;
    if (entry.encrypted) throw new ZipError('encrypted', 'the entry is encrypted');
    if (entry.size !== null && (entry.size > limit || entry.size > total)) throw tooLarge();
    limits.set(entry.name, limit);
  }
  const parts = new Map<string, Uint8Array>();
  const wanted = limits.size;
  if (wanted === 0) return parts;

  // Not narrowed to null: the callbacks below set it.
  let failure = null as ZipError | null;
  let inflated = 0;
  let finished = 0;
  const unzip = new Unzip((file) => {
    const limit = limits.get(file.name);
    if (limit === undefined || failure) return;
    limits.delete(file.name);
    if (file.compression !== STORED && file.compression !== DEFLATED) {
      failure = new ZipError('unsupported', `compression method ${file.compression}`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = corrupt();
        return;
      }
      size += chunk.length;
      inflated += chunk.length;
      if (size > limit || inflated > total) {
        failure = tooLarge();
        return;
      }
      if (options.keep !== false) chunks.push(chunk);
      if (!final) return;
      finished++;
      if (options.keep !== false) parts.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Stops once the parts asked for are read (the directory has shown the file is whole).
    for (let from = 0; from < bytes.length && !failure && finished < wanted; from += CHUNK)
      unzip.push(bytes.subarray(from, from + CHUNK), from + CHUNK >= bytes.length);
  } catch {
    failure ??= corrupt();
  }
  if (failure) throw failure;
  // Every part asked for must have been found in the data, whole.
  if (finished < wanted) throw corrupt();
  return parts;
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
