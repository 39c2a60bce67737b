/**
 * HTML → report: a page saved from a government website or from our web-page export, or a
 * fragment pasted from the clipboard (Word, WPS, a browser). The page is read into lines
 * (html-lines.ts: tables by their rowspan / colspan grid), cut down to the report, and read by
 * the plain-text importer (document-text.ts).
 *
 * Cutting a saved page down to the report: the report is the innermost element that holds both
 * its first and its last section heading (一 … 六); what lies outside it (the site's navigation,
 * sidebars, footer) is left out, except the title printed just above it. Without two headings
 * the whole page is read. Whatever comes before the title is left out too. When no title is
 * printed, the page's <title> is used, cut at its separators ("…年度报告_某某市人民政府").
 *
 * The HTML is only tokenized: nothing in it is executed, no element is created, and the text
 * read from it is plain text.
 */
import { note } from '../../../domain/index.ts';
import type { ImportFinding, ImportOptions, ImportResult } from '../import.types.ts';
import {
  beyondTextLimits,
  blankCellsNote,
  headingLines,
  importDocumentLines,
  isTitle,
  titleLines,
  type DocumentImport,
  type DocumentLine,
} from './document-text.ts';
import { readHtmlLines, type HtmlLine } from './html-lines.ts';
import { HtmlTooDeepError, MAX_OPEN_ELEMENTS } from './html-tokens.ts';
import { agencyIn, isAgencyLine } from '../text/title.ts';

/** Larger than any page holding one annual report (the dispatcher refuses larger files). */
export const MAX_HTML_LENGTH = 20 * 1024 * 1024;
/** How far above the report's element its title may stand (lines). */
const TITLE_DISTANCE = 60;

const fail = (reason: string): DocumentImport => ({ result: { ok: false, reason } });

/** The innermost container the two lines share, if any. */
function sharedContainer(a: HtmlLine, b: HtmlLine): number | undefined {
  let shared: number | undefined;
  for (let k = 0; k < Math.min(a.ancestors.length, b.ancestors.length); k++) {
    if (a.ancestors[k] !== b.ancestors[k]) break;
    shared = a.ancestors[k];
  }
  return shared;
}

/**
 * The page's <title> cut at its separators: the part that reads as a report title, and the
 * agency it names ("2024年政府信息公开工作年度报告_某某市人民政府": the other part).
 */
function titleFromHead(
  title: string | undefined,
): { readonly head: string; readonly agency?: string } | undefined {
  if (!title) return undefined;
  const parts = title
    .split(/\s*(?:[_|｜]|\s[-–—]\s|——|--)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const head = parts.find(isTitle);
  if (!head) return undefined;
  const agency =
    agencyIn(head) ||
    parts.find((part) => part !== head && isAgencyLine(part))?.replace(/\s+/gu, '');
  return agency ? { head, agency } : { head };
}

/**
 * Reads an annual report from HTML: the result, and the text that was read (the lines the
 * findings' line numbers refer to).
 * @example readReportHtml('<h1>某某局2024年政府信息公开工作年度报告</h1><h2>一、总体情况</h2>…').result.ok
 */
export function readReportHtml(html: string, options: ImportOptions = {}): DocumentImport {
  const name = options.name ?? '网页';
  if (html.length > MAX_HTML_LENGTH)
    return fail(
      `“${name}”超过 ${MAX_HTML_LENGTH / 1024 / 1024} MB，不像是一份年度报告的网页，未读取`,
    );
  if (html.trim() === '') return fail(`“${name}”是空的`);
  let reading: ReturnType<typeof readHtmlLines>;
  try {
    reading = readHtmlLines(html);
  } catch (e) {
    if (!(e instanceof HtmlTooDeepError)) throw e;
    return fail(
      `“${name}”的网页标记嵌套超过 ${MAX_OPEN_ELEMENTS} 层，不像是一份年度报告的网页，未读取`,
    );
  }
  const all = reading.lines;
  if (all.length === 0) return fail(`“${name}”里没有文字，无法识别为年度报告`);

  if (beyondTextLimits(all)) return importDocumentLines(all, 'html', options, []);

  const notes: ImportFinding[] = [];
  const headings = headingLines(all);
  let lines: DocumentLine[] = all;
  let firstHeading = headings[0];

  // A saved page: keep the element that holds the report (and its title just above it).
  const container =
    headings.length >= 2 ? sharedContainer(all[headings[0]!]!, all[headings.at(-1)!]!) : undefined;
  if (container !== undefined) {
    const start = all.findIndex((l) => l.ancestors.includes(container));
    const inside = all.filter((l) => l.ancestors.includes(container));
    if (inside.length < all.length) {
      const headingInside = inside.indexOf(all[headings[0]!]!);
      const above =
        titleLines(inside, 0, headingInside) === undefined
          ? titleLines(all, Math.max(0, start - TITLE_DISTANCE), start, true)
          : undefined;
      lines = above ? [...all.slice(above.first, above.last + 1), ...inside] : inside;
      firstHeading = lines.indexOf(all[headings[0]!]!);
      notes.push(note('import.html.outside', 'info', { count: all.length - lines.length }));
    }
  }

  // Whatever comes before the title is not the report; no title printed: the page's <title>.
  const title = titleLines(lines, 0, firstHeading ?? lines.length);
  let pageTitleAgency: string | undefined;
  if (title && title.first > 0) {
    notes.push(note('import.html.beforeTitle', 'info', { count: title.first }));
    lines = lines.slice(title.first);
  } else if (!title) {
    const fromHead = titleFromHead(reading.title);
    if (fromHead) {
      lines = [{ text: fromHead.head, path: 'title', tableRow: false }, ...lines];
      pageTitleAgency = fromHead.agency;
      notes.push(
        note('import.html.titleFromHead', 'info', { title: reading.title ?? fromHead.head }),
      );
    }
  }
  notes.push(...blankCellsNote(reading.blanks));
  return importDocumentLines(lines, 'html', options, notes, pageTitleAgency);
}

/**
 * Reads an annual report from HTML.
 * @example parseReportHtml(readFileSync('report.html', 'utf8')).ok
 */
export function parseReportHtml(html: string, options: ImportOptions = {}): ImportResult {
  return readReportHtml(html, options).result;
}
