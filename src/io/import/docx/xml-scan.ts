/**
 * A small, tolerant, streaming XML scanner (pure TypeScript, no DOM): start tags, end tags and
 * text, reported to a handler as they come, without building a tree or token list, so a large
 * part costs one pass. Comments, processing instructions and declarations are skipped; CDATA is
 * text. Attributes are read on demand (`xmlAttribute`). Malformed markup is skipped, never fatal.
 */

export interface XmlHandler {
  /** `attributes` is the raw text between the name and '>' (read it with xmlAttribute). */
  start(name: string, attributes: string, selfClosing: boolean): void;
  end(name: string): void;
  /** Raw text, entities not decoded (see decodeXml); CDATA content as is. */
  text(raw: string, cdata: boolean): void;
}

const TAG = /<(\/?)([^\s/>!?"'<=]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;

/** Scans the whole document, calling the handler in document order. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      handler.text(xml.slice(pos), false);
      return;
    }
    if (lt > pos) handler.text(xml.slice(pos, lt), false);
    const next = xml[lt + 1];
    if (next === '!' && xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      pos = close < 0 ? n : close + 3;
    } else if (next === '!' && xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      handler.text(xml.slice(lt + 9, close < 0 ? n : close), true);
      pos = close < 0 ? n : close + 3;
    } else if (next === '!' || next === '?') {
      const close = xml.indexOf('>', lt + 2);
      pos = close < 0 ? n : close + 1;
    } else {
      TAG.lastIndex = lt;
      const m = TAG.exec(xml);
      if (!m) {
        pos = lt + 1; // a stray '<': skipped
        continue;
      }
      pos = TAG.lastIndex;
      if (m[1]) handler.end(m[2]!);
      else handler.start(m[2]!, m[3]!, m[4] === '/');
    }
  }
}

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function fromCodePoint(code: number): string {
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
    ? '\ufffd'
    : String.fromCodePoint(code);
}

/**
 * Decodes XML's character references; anything else stays as written.
 * @example decodeXml('a &lt;b&gt; &#20013;') // 'a <b> 中'
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name!] ?? '';
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every attribute of a start tag's raw attribute text, values decoded. */
export function xmlAttributes(attributes: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTE))
    if (!out.has(m[1]!)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** One attribute's value (decoded), or undefined. */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  if (!attributes.includes(name)) return undefined;
  return xmlAttributes(attributes).get(name);
}
