/**
 * HTML as a flat list of tokens (start tags, end tags, decoded text), read by htmlparser2: the
 * HTML importer's only reader of markup. htmlparser2 is tolerant of what government websites, CMS
 * editors and Word's "save as web page" produce (upper-case tags, unquoted attributes, missing end
 * tags, comments and Word's conditional comments, every HTML entity) and closes what a page leaves
 * open, so every start tag of an element with content has exactly one end tag here.
 *
 * Nothing is executed and no element is created: what comes out is names, attribute strings and
 * text. The content of script, style, template, iframe, xmp, noembed and noframes is left out.
 */
import { Parser } from 'htmlparser2';

export type HtmlToken =
  | {
      readonly type: 'start';
      /** Lower-case tag name (`o:p` for Word's `<o:p>`). */
      readonly name: string;
      /** Lower-case attribute names; values decoded; the first of repeated attributes wins. */
      readonly attributes: ReadonlyMap<string, string>;
      /**
       * The index of the element's end token: the parser closes an element the page leaves open
       * where a browser would (at the end of the element holding it, at the latest). A void
       * element (br, img, hr …) has no content and no end token: `end` is its own index.
       */
      readonly end: number;
    }
  | { readonly type: 'end'; readonly name: string }
  /** Text with its entities decoded (whitespace as written); adjacent text is one token. */
  | { readonly type: 'text'; readonly text: string };

type StartToken = Extract<HtmlToken, { type: 'start' }>;
type MutableStart = { -readonly [K in keyof StartToken]: StartToken[K] };

/** Elements whose content is not markup of the page and is left out (no tokens). */
const UNREAD = new Set(['script', 'style', 'template', 'iframe', 'xmp', 'noembed', 'noframes']);

/** Elements with no content and no end tag (htmlparser2's list, as the HTML spec has them). */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/**
 * Elements open at once beyond which a page is refused. Real report pages nest a few dozen deep;
 * htmlparser2's time grows with the square of the open elements (100,000 unclosed <div>s, 500 kB,
 * take 10 s), so a page built to hang the importer stops here within milliseconds.
 */
export const MAX_OPEN_ELEMENTS = 1000;

/** The page nests elements deeper than MAX_OPEN_ELEMENTS: not a report page. */
export class HtmlTooDeepError extends Error {
  constructor() {
    super(`more than ${MAX_OPEN_ELEMENTS} elements open at once`);
    this.name = 'HtmlTooDeepError';
  }
}

/**
 * Splits HTML into start tags, end tags and text. Throws HtmlTooDeepError for a page nested
 * deeper than MAX_OPEN_ELEMENTS.
 * @example tokenizeHtml('<TD class=x>1&amp;2') // start td {class: x} (end 2), text "1&2", end td
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  /** The start tokens of the open elements, innermost last. */
  const open: MutableStart[] = [];
  /** The last start tag read (its attributes come after its name). */
  let last: MutableStart | undefined;
  /** How deep inside an unread element the parser is (0: reading). */
  let unread = 0;
  let text = '';
  const flushText = (): void => {
    if (text !== '') tokens.push({ type: 'text', text });
    text = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        const isVoid = VOID.has(name);
        last = undefined;
        if (unread > 0) {
          if (!isVoid) unread++;
          return;
        }
        flushText();
        last = { type: 'start', name, attributes: NO_ATTRIBUTES, end: tokens.length };
        tokens.push(last);
        if (isVoid) return;
        if (open.length >= MAX_OPEN_ELEMENTS) throw new HtmlTooDeepError();
        open.push(last);
        if (UNREAD.has(name)) unread = 1;
      },
      onopentag(name, attributes) {
        // The attributes of the tag just started (a tag cut off by the end of the page has none).
        if (last?.name === name) last.attributes = new Map(Object.entries(attributes));
        last = undefined;
      },
      ontext(data) {
        if (unread === 0) text += data;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (unread > 1) {
          unread--;
          return;
        }
        unread = 0;
        flushText();
        const start = open.pop();
        if (!start) return;
        start.end = tokens.length;
        tokens.push({ type: 'end', name });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flushText();
  return tokens;
}
