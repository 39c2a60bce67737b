/**
 * A small, tolerant HTML tokenizer (pure TypeScript, no DOM): start tags with their attributes,
 * end tags and decoded text. It reads what the HTML export writes and what government websites,
 * CMS editors and Word's "save as web page" produce: upper-case tags, unquoted attributes,
 * comments and Word's conditional comments, entities with or without their semicolon. It does not
 * build a tree; `readHtmlTables` (html-tables.ts) builds tables from the tokens.
 */

export type HtmlToken =
  | {
      readonly type: 'start';
      /** Lower-case tag name. */
      readonly name: string;
      /** Lower-case attribute names; values decoded; the first of repeated attributes wins. */
      readonly attributes: ReadonlyMap<string, string>;
      readonly selfClosing: boolean;
    }
  | { readonly type: 'end'; readonly name: string }
  /** Text with its entities decoded (whitespace as written). */
  | { readonly type: 'text'; readonly text: string };

/** Elements whose content is not markup and is skipped (no tokens). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'template']);
/** Elements whose content is text only (entities decoded, no tags). */
const RCDATA = new Set(['title', 'textarea']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  micro: 'µ',
  para: '¶',
  sect: '§',
  cent: '¢',
  pound: '£',
  yen: '¥',
  euro: '€',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  le: '≤',
  ge: '≥',
  ne: '≠',
  minus: '−',
  prime: '′',
  Prime: '″',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
};

/** Named references that browsers also accept without the semicolon (the common ones). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** Numeric references 0x80–0x9F mean windows-1252 characters (HTML spec); the ones in use. */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x85: 0x2026,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x99: 0x2122,
};

const REFERENCE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g;

function fromCodePoint(code: number): string {
  const mapped = WINDOWS_1252[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(mapped);
}

/** Decodes character references (&amp; &#20013; &#x4E2D; &nbsp …); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      const char = name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
      if (char === undefined) return whole;
      return semi || LEGACY.has(name!) ? char : whole;
    },
  );
}

const WHITESPACE = /[\t\n\f\r ]/;
const TAG_NAME = /[A-Za-z][^\t\n\f\r />]*/y;

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** Reads the attributes of a start tag from `from`; returns them and the index after '>'. */
function readAttributes(
  html: string,
  from: number,
): { attributes: Map<string, string>; selfClosing: boolean; end: number } {
  const attributes = new Map<string, string>();
  const n = html.length;
  let j = from;
  let selfClosing = false;
  for (;;) {
    while (j < n && (WHITESPACE.test(html[j]!) || html[j] === '/')) {
      selfClosing = html[j] === '/' && html[j + 1] === '>';
      j++;
    }
    if (j >= n) return { attributes, selfClosing, end: n };
    if (html[j] === '>') return { attributes, selfClosing, end: j + 1 };
    selfClosing = false;
    const nameStart = j;
    j++; // the first character may be anything, even '='
    while (
      j < n &&
      !WHITESPACE.test(html[j]!) &&
      html[j] !== '/' &&
      html[j] !== '>' &&
      html[j] !== '='
    )
      j++;
    const name = html.slice(nameStart, j).toLowerCase();
    while (j < n && WHITESPACE.test(html[j]!)) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < n && WHITESPACE.test(html[j]!)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        const stop = close < 0 ? n : close;
        value = html.slice(j + 1, stop);
        j = close < 0 ? n : close + 1;
      } else {
        const start = j;
        while (j < n && !WHITESPACE.test(html[j]!) && html[j] !== '>') j++;
        value = html.slice(start, j);
      }
    }
    if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
}

/** Index of the end tag `</name` (any case) at or after `from`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'ig');
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/**
 * Splits HTML into start tags, end tags and text.
 * @example tokenizeHtml('<TD class=x>1&amp;2</td>') // start td {class: x}, text "1&2", end td
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const n = html.length;
  let textStart = 0;
  let i = 0;
  const flushText = (end: number): void => {
    if (end > textStart)
      tokens.push({ type: 'text', text: decodeEntities(html.slice(textStart, end)) });
  };
  const skipTo = (to: number): void => {
    i = to;
    textStart = to;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      skipTo(close < 0 ? n : close + 3);
    } else if (next === '!' || next === '?') {
      // <!DOCTYPE …>, <![if …]>, <![endif]>, <?xml …?>: bogus comments up to the next '>'
      flushText(lt);
      const close = html.indexOf('>', lt + 2);
      skipTo(close < 0 ? n : close + 1);
    } else if (next === '/') {
      flushText(lt);
      TAG_NAME.lastIndex = lt + 2;
      const m = TAG_NAME.exec(html);
      const close = html.indexOf('>', lt + 2);
      if (m) tokens.push({ type: 'end', name: m[0].toLowerCase() });
      skipTo(close < 0 ? n : close + 1);
    } else if (isAsciiLetter(next)) {
      flushText(lt);
      TAG_NAME.lastIndex = lt + 1;
      const name = TAG_NAME.exec(html)![0].toLowerCase();
      const { attributes, selfClosing, end } = readAttributes(html, lt + 1 + name.length);
      tokens.push({ type: 'start', name, attributes, selfClosing });
      skipTo(end);
      if (!selfClosing && (RAW_TEXT.has(name) || RCDATA.has(name))) {
        const close = findEndTag(html, name, end);
        const stop = close < 0 ? n : close;
        if (RCDATA.has(name) && stop > end)
          tokens.push({ type: 'text', text: decodeEntities(html.slice(end, stop)) });
        const gt = close < 0 ? -1 : html.indexOf('>', close);
        tokens.push({ type: 'end', name });
        skipTo(gt < 0 ? n : gt + 1);
      }
    } else {
      i = lt + 1; // a lone '<' is text
    }
  }
  flushText(n);
  return tokens;
}
