/**
 * The bytes of a saved web page or a text file as text. Pages from government websites are often
 * in GBK / GB2312 / GB18030 rather than UTF-8, and so are text files Notepad saves as "ANSI" on a
 * Chinese Windows: the charset a <meta> declares is used, and bytes that are not UTF-8 and
 * declare nothing are tried as GB18030 (which includes GBK and GB2312). UTF-16 needs its BOM
 * (Notepad's "Unicode" writes one).
 */

const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu;

function decode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return null;
  }
}

/**
 * The page or text file as text, or null when it cannot be decoded.
 * @example decodeTextBytes(gbkBytes) // '<html><head><meta charset="gbk">…'
 */
export function decodeTextBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', true);
  const utf8 = decode(bytes, 'utf-8', true);
  if (utf8 !== null) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = META_CHARSET.exec(head)?.[1];
  if (declared && !/^utf-?8$/iu.test(declared)) {
    const text = decode(bytes, declared, false);
    if (text !== null) return text;
  }
  return decode(bytes, 'gb18030', true);
}
