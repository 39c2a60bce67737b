/**
 * Hostile and unusual zips for the tests of the zip reader and of the Word and Excel importers:
 * a streamed zip (sizes in data descriptors after the data, as LibreOffice writes every part),
 * headers patched to lie or to claim encryption, overlapping entries.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';

const view = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offset of an entry's central directory header. */
export function centralHeader(bytes: Uint8Array, name: string): number {
  const v = view(bytes);
  const wanted = strToU8(name);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (v.getUint32(at, true) !== 0x02014b50) continue;
    const length = v.getUint16(at + 28, true);
    const found = bytes.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && found.every((b, i) => b === wanted[i])) return at;
  }
  throw new Error(`no entry ${name}`);
}

/** An entry's local header: where it is, its flags, the size it states, where its data starts. */
export function localHeader(
  bytes: Uint8Array,
  name: string,
): { at: number; flags: number; size: number; data: number } {
  const v = view(bytes);
  const at = v.getUint32(centralHeader(bytes, name) + 42, true);
  return {
    at,
    flags: v.getUint16(at + 6, true),
    size: v.getUint32(at + 22, true),
    data: at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true),
  };
}

/** Sets the "encrypted" flag of an entry in both its headers, as a zip tool with a password does. */
export function setEncrypted(bytes: Uint8Array, name: string): Uint8Array {
  const v = view(bytes);
  const central = centralHeader(bytes, name);
  v.setUint16(central + 8, v.getUint16(central + 8, true) | 1, true);
  const local = localHeader(bytes, name).at;
  v.setUint16(local + 6, v.getUint16(local + 6, true) | 1, true);
  return bytes;
}

/** The directory and the local header of `name` both claim `size` bytes once inflated. */
export function lieAboutSize(bytes: Uint8Array, name: string, size = 1000): Uint8Array {
  const v = view(bytes);
  v.setUint32(centralHeader(bytes, name) + 24, size, true);
  v.setUint32(localHeader(bytes, name).at + 22, size, true);
  return bytes;
}

/** The files as fflate's streaming `Zip` writes them: each size in a data descriptor. */
export function streamedZip(files: Zippable): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, value] of Object.entries(files)) {
    const [data, options] = Array.isArray(value) ? value : [value, {}];
    if (!(data instanceof Uint8Array)) throw new Error('streamedZip: files only, no folders');
    const level = (options as { level?: number }).level;
    const file = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A zip whose directory lists entries of these names that all point at one deflated kernel of
 * `kernelBytes` zeros, stored once under the first name (the simplest overlapping-files bomb:
 * as many times the kernel once inflated as there are names).
 */
export function overlappingBomb(names: readonly string[], kernelBytes: number): Uint8Array {
  const first = names[0]!;
  const one = zipSync({ [first]: new Uint8Array(kernelBytes) }, { level: 9 });
  const central = centralHeader(one, first);
  const eocd = one.length - 22;
  const record = one.subarray(central, eocd);
  const tail = 46 + first.length;
  const count = names.length;
  const size = names.reduce((n, name) => n + record.length - first.length + name.length, 0);
  const out = new Uint8Array(central + size + 22);
  out.set(one.subarray(0, central));
  const v = view(out);
  let at = central;
  for (const name of names) {
    out.set(record.subarray(0, 46), at);
    v.setUint16(at + 28, name.length, true);
    out.set(strToU8(name), at + 46);
    out.set(record.subarray(tail), at + 46 + name.length);
    at += record.length - first.length + name.length;
  }
  out.set(one.subarray(eocd), at);
  v.setUint16(at + 8, count, true);
  v.setUint16(at + 10, count, true);
  v.setUint32(at + 12, size, true);
  v.setUint32(at + 16, central, true);
  return out;
}

/**
 * The files zipped with `name` as they are, then a bomb of `kernelBytes` zeros under the same
 * name, which the directory points to (with its sizes): a reader going through the local headers
 * in order sees the harmless part, one going by the directory (JSZip, Word) the bomb.
 */
export function decoyBeforeBomb(files: Zippable, name: string, kernelBytes: number): Uint8Array {
  const good = zipSync(files);
  const bomb = zipSync({ [name]: new Uint8Array(kernelBytes) }, { level: 9 });
  const goodCd = view(good).getUint32(good.length - 22 + 16, true);
  const bombCd = centralHeader(bomb, name);
  const out = new Uint8Array(good.length + bombCd);
  out.set(good.subarray(0, goodCd));
  out.set(bomb.subarray(0, bombCd), goodCd);
  out.set(good.subarray(goodCd), goodCd + bombCd);
  const v = view(out);
  const central = centralHeader(out, name);
  // CRC, compressed size and size from the bomb's record; its local header after the others.
  out.set(bomb.subarray(bombCd + 16, bombCd + 28), central + 16);
  v.setUint32(central + 42, goodCd, true);
  v.setUint32(out.length - 22 + 16, goodCd + bombCd, true);
  return out;
}
