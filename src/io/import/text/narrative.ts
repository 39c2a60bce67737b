/**
 * The narrative sections out of extracted text: which lines are not text of the section (page
 * numbers, running headers, stray table fragments), and the remaining lines joined back into
 * paragraphs (PDF extraction breaks every printed line and puts spaces around numbers).
 */
import { compact, type SourceLine } from './normalise.ts';
import { isFiguresOnly, isPageNumber, splitFigures } from './figures.ts';
import { anywhereMatch, similarity } from './label-match.ts';
import { isWebChrome } from './web-chrome.ts';

export type LineRole =
  /** Text of the section. */
  | 'text'
  /** A page number ("7", "- 7 -", "第 7 页"). */
  | 'pageNumber'
  /** The report title repeated at the top of a page, or another line repeated page after page. */
  | 'runningHeader'
  /** The website around a report copied from a web page (meta line, tools, footer). */
  | 'webChrome'
  /** Only figures: a table row whose figures landed in the text. */
  | 'figures'
  /** A labelled table row ("四、结转下年度继续办理 3 0 0 0 0 0 3"): a table run past a heading. */
  | 'tableRow'
  /**
   * Table header text ("行政复议 行政诉讼", "持 正 果 结") or a table's section heading: a table
   * broken into the text.
   */
  | 'fragment';

export interface LineContext {
  /** The title, compacted ('' when none was found). */
  readonly title: string;
  /** Every character of the tables' header and label texts. */
  readonly headerChars: ReadonlySet<string>;
  /** The tables' header and label texts, compacted. */
  readonly headerTexts: ReadonlySet<string>;
  /** The forms of the row labels of the format's tables (see table-rows.ts). */
  readonly rowLabels: readonly (readonly string[])[];
  /** The headings of the table sections, compacted (one printed out of order is table text). */
  readonly tableHeadings: readonly string[];
  /** Compacted lines printed three times or more (page headers and footers). */
  readonly repeated: ReadonlySet<string>;
}

/**
 * Lines of words printed at least three times: running headers and footers, not text. (Lines
 * of figures repeat too, e.g. "0 0 0 0 0 0 0" in table 三: they are not headers.)
 */
export function repeatedLines(lines: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const c = compact(line.text);
    if (c.length >= 4 && c.length <= 40 && /\p{Script=Han}{2}/u.test(c) && !/\d/u.test(c))
      counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([c]) => c));
}

/** A number wrapped onto a line of its own, its measure word on the next: "发布信息\n1600\n条". */
const CONTINUES = /^[件条次个项篇份场期家人万亿余多元%]/u;

/**
 * What a line found inside a narrative section is; `next` is the line after it in the section
 * (a lone number followed by its measure word is text, not a page number).
 */
export function classifyLine(line: SourceLine, ctx: LineContext, next?: SourceLine): LineRole {
  const text = line.text;
  if (isPageNumber(text)) return next && CONTINUES.test(next.text) ? 'text' : 'pageNumber';
  const c = compact(text);
  if (ctx.title && c.length >= 6 && (c === ctx.title || (ctx.title.includes(c) && /报告/u.test(c))))
    return 'runningHeader';
  if (ctx.repeated.has(c)) return 'runningHeader';
  if (isWebChrome(text)) return 'webChrome';
  if (isFiguresOnly(text, 2)) return 'figures';
  if (isTableRow(text, ctx)) return 'tableRow';
  if (ctx.tableHeadings.some((h) => similarity(c, h) >= 0.8)) return 'fragment';
  const tokens = text.split(' ');
  const headerBit = (t: string): boolean =>
    ctx.headerTexts.has(compact(t)) ||
    (/^\p{Script=Han}{1,2}$/u.test(t) && [...t].every((ch) => ctx.headerChars.has(ch)));
  if (tokens.length >= 2 && c.length <= 60 && tokens.every(headerBit)) return 'fragment';
  return 'text';
}

/** A row label (clearly one of the format's) followed by at least two figures. */
function isTableRow(text: string, ctx: LineContext): boolean {
  const pieces = splitFigures(text);
  const figures = pieces.filter((p) => p.kind === 'figure').length;
  if (figures < 2 || pieces[0]?.kind !== 'text' || pieces.at(-1)?.kind !== 'figure') return false;
  const label = compact(
    pieces
      .filter((p) => p.kind === 'text')
      .map((p) => p.text)
      .join(''),
  );
  return label.length <= 60 && ctx.rowLabels.some((forms) => anywhereMatch(forms, label) >= 0.9);
}

const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’';
const SPACE_NEAR_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu');

/**
 * One printed line as text: spaces next to Chinese characters (which extraction puts around
 * numbers and at joins) removed, other runs of spaces made one.
 * @example cleanSpaces('全年举行例行记者会 230 场') // '全年举行例行记者会230场'
 */
export function cleanSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(SPACE_NEAR_CJK, '').trim();
}

const PARAGRAPH_START =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]{1,3}[，,、])/u;
const SENTENCE_END = /[。！？!?；;：:…”’）)]$/u;

/**
 * Joins a section's lines into paragraphs. A new paragraph starts after a line that ends a
 * sentence when the next line opens a numbered item (（一）, 一是, 1.), is indented, or the
 * sentence line was visibly shorter than the section's full lines.
 */
export function joinParagraphs(
  printed: readonly { readonly text: string; readonly indent: number }[],
): string {
  const lines = printed
    .map((l) => ({ text: cleanSpaces(l.text), indent: l.indent }))
    .filter((l) => l.text !== '');
  const texts = lines.map((l) => l.text);
  if (texts.length === 0) return '';
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const paragraphs: string[] = [];
  let current = '';
  texts.forEach((text, i) => {
    if (current === '') {
      current = text;
      return;
    }
    const prev = texts[i - 1]!;
    const ends = SENTENCE_END.test(prev);
    const starts =
      PARAGRAPH_START.test(text) ||
      lines[i]!.indent >= 2 ||
      (full >= 10 && prev.length < full * 0.8);
    if (ends && starts) {
      paragraphs.push(current);
      current = text;
    } else {
      current += /[A-Za-z0-9]$/u.test(current) && /^[A-Za-z0-9]/u.test(text) ? ` ${text}` : text;
    }
  });
  paragraphs.push(current);
  return paragraphs.join('\n');
}
