/**
 * An HTML page or fragment as the lines the text importer reads (no DOM: the tokens htmlparser2
 * reads, html-tokens.ts, and the table reader built on them, html-tables.ts).
 *
 * - Block elements (p, div, h1–h6, li, br …) end a line; whitespace is collapsed as a browser
 *   does, and a line break in the source between two Chinese characters (a wrapped source line)
 *   is dropped rather than made a space.
 * - A table (one with no table inside it) becomes one line per row from its full grid, rowspan /
 *   colspan expanded (document-text.ts). A table holding other tables, a single column or a
 *   cell of long text is page layout: its cells are read as blocks.
 * - Never read: script, style, template, iframe (the tokenizer leaves out their content), noscript,
 *   nav, aside, select, button, textarea, svg, math, object, canvas, audio, video, and elements
 *   hidden with `hidden` or an inline `display: none` / `visibility: hidden`. Nothing is
 *   executed; text is only text.
 * - Each line remembers the elements around it, so that a saved page can be cut down to the
 *   element holding the report (navigation, sidebars and footers around it left out).
 */
import { readTable, tableGrid } from './html-tables.ts';
import { tokenizeHtml, type HtmlToken } from './html-tokens.ts';
import { isLayoutGrid, tableLines, type DocumentLine } from './document-text.ts';

export interface HtmlLine extends DocumentLine {
  /** The containers (div, section, td …) around the line, outermost first, as token indexes. */
  readonly ancestors: readonly number[];
}

export interface HtmlReading {
  readonly lines: HtmlLine[];
  /** The text of the page's <title>, if any. */
  readonly title?: string;
  /** Blank figure cells written as placeholders. */
  readonly blanks: number;
}

/** Elements whose content is not the report (menus, controls, media). */
const SKIPPED = new Set([
  'noscript',
  'nav',
  'aside',
  'select',
  'button',
  'textarea',
  'svg',
  'math',
  'object',
  'canvas',
  'audio',
  'video',
  'map',
  'datalist',
  'title',
  'script',
  'style',
  'template',
  'iframe',
]);

/** Elements that end a line where they start and end. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements that may hold the report (the candidates for the report's container). */
const CONTAINER = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'form',
  'center',
  'blockquote',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'dl',
  'dd',
  'header',
  'footer',
  'figure',
]);

/**
 * How deep containers are told apart: deeper ones (pages that leave thousands of elements open)
 * are not candidates for the report's element, which keeps reading such a page linear.
 */
const MAX_CONTAINER_DEPTH = 200;

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF“”‘’]/u;

/** Whitespace collapsed; a wrapped source line between Chinese characters joined without a space. */
function collapse(text: string): string {
  return text
    .replace(/[\t\n\f\r ]+/gu, (space: string, at: number, all: string) =>
      /[\n\r]/u.test(space) && CJK.test(all[at - 1] ?? '') && CJK.test(all[at + space.length] ?? '')
        ? ''
        : ' ',
    )
    .trim();
}

const HIDDEN_STYLE = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

function isHidden(token: Extract<HtmlToken, { type: 'start' }>): boolean {
  const a = token.attributes;
  return a.has('hidden') || HIDDEN_STYLE.test(a.get('style') ?? '');
}

/** Which tables (in the order of their start tags) hold no other table: data tables. */
function leafTables(tokens: readonly HtmlToken[]): boolean[] {
  const leaf: boolean[] = [];
  const open: number[] = [];
  for (const t of tokens) {
    if (t.type === 'start' && t.name === 'table') {
      for (const k of open) leaf[k] = false;
      leaf.push(true);
      open.push(leaf.length - 1);
    } else if (t.type === 'end' && t.name === 'table') open.pop();
  }
  return leaf;
}

/** Reads the page into lines. */
export function readHtmlLines(html: string): HtmlReading {
  const tokens = tokenizeHtml(html);
  const leaf = leafTables(tokens);

  const lines: HtmlLine[] = [];
  let title: string | undefined;
  let blanks = 0;
  const containers: { id: number; end: number }[] = [];
  const counts = new Map<string, number>();
  let block = 'body';
  let buffer = '';
  let pre = 0;
  let tableIndex = -1;

  // The containers open at a token, shared by the lines until one opens or ends (elements
  // nest, so the innermost open container always ends first).
  let open: number[] | undefined;
  const ancestors = (i: number): readonly number[] => {
    while (containers.length > 0 && containers.at(-1)!.end < i) {
      containers.pop();
      open = undefined;
    }
    return (open ??= containers.map((c) => c.id));
  };
  const flush = (i: number): void => {
    const text = pre > 0 ? buffer.replace(/[\t\f\r ]+/gu, ' ').trim() : collapse(buffer);
    buffer = '';
    if (text !== '') lines.push({ text, path: block, tableRow: false, ancestors: ancestors(i) });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'text') {
      if (pre === 0) buffer += token.text;
      else {
        const parts = token.text.split(/\r\n|\r|\n/u);
        parts.forEach((part, k) => {
          if (k > 0) flush(i);
          buffer += part;
        });
      }
      continue;
    }
    const { name } = token;
    if (token.type === 'end') {
      if (BLOCK.has(name)) flush(i);
      if (name === 'pre' && pre > 0) pre--;
      continue;
    }
    // Where the element ends; undefined for a void element (no content).
    const end = token.end > i ? token.end : undefined;
    if (name === 'title' && title === undefined && tokens[i + 1]?.type === 'text') {
      const next = tokens[i + 1] as Extract<HtmlToken, { type: 'text' }>;
      title = collapse(next.text);
    }
    if (end !== undefined && (SKIPPED.has(name) || isHidden(token))) {
      if (BLOCK.has(name)) flush(i);
      // The tables skipped still count in the tables' numbers (their paths).
      for (let k = i; k < end; k++) {
        const t = tokens[k]!;
        if (t.type === 'start' && t.name === 'table') tableIndex++;
      }
      i = end;
      continue;
    }
    if (name === 'table') {
      tableIndex++;
      const grid = leaf[tableIndex] ? tableGrid(readTable(tokens, i)) : undefined;
      // A statistical table: one line per row. A layout table: read on as blocks.
      if (grid && !isLayoutGrid(grid)) {
        flush(i);
        const rows = tableLines(grid, `table[${tableIndex + 1}]`);
        const around = [...ancestors(i), i];
        for (const line of rows.lines) lines.push({ ...line, ancestors: around });
        blanks += rows.blanks;
        i = end ?? tokens.length;
        continue;
      }
    }
    if (name === 'br') {
      flush(i);
      continue;
    }
    if (!BLOCK.has(name)) continue;
    flush(i);
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    block = `${name}[${n}]`;
    if (name === 'pre' && end !== undefined) pre++;
    if (CONTAINER.has(name) && end !== undefined && ancestors(i).length < MAX_CONTAINER_DEPTH) {
      containers.push({ id: i, end });
      open = undefined;
    }
  }
  flush(tokens.length);
  return { lines, blanks, ...(title ? { title } : {}) };
}
