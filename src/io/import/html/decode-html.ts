/**
 * The bytes of a saved web page as text. Pages from government websites are often in GBK /
 * GB2312 / GB18030 rather than UTF-8: the charset a <meta> declares is used, and a page that is
 * not UTF-8 and declares nothing is tried as GB18030 (which includes GBK and GB2312).
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

/** True when the bytes start (after a BOM and whitespace) with '<': markup, maybe a web page. */
export function startsLikeMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  return bytes[i] === 0x3c;
}

/**
 * The page as text, or null when it cannot be decoded.
 * @example decodeHtmlBytes(gbkBytes) // '<html><head><meta charset="gbk">…'
 */
export function decodeHtmlBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', false);
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
