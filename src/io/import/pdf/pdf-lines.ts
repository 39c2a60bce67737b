/**
 * Lines of text rebuilt from where pdf.js says each piece of text sits on the page.
 *
 * A PDF has no lines, only pieces of text drawn at positions. Two readings are built:
 * - `stream`: the pieces in the order the file draws them, a new line wherever the next piece
 *   does not continue the current one on the same baseline. Word, WPS and LibreOffice draw a
 *   table cell by cell, row by row, so a wrapped row label comes out before its figures and a
 *   merged group cell before the rows it spans: the shape of published PDF-to-text output,
 *   which the text importer reads.
 * - `position`: the pieces grouped by baseline (top to bottom) and sorted left to right, for
 *   files whose drawing order is not the reading order.
 * On one line, a gap wider than a character or two (between table cells) becomes a TAB, a
 * smaller one a space. Page numbers (a lone number at the top or foot of a page, "— 3 —",
 * "第 3 页") are left out; each page starts with a form feed; a line's indent (first-line
 * indent of a paragraph) is kept as leading spaces.
 */

/** A piece of text on a page, in page units with y growing downwards (as displayed). */
export interface PlacedText {
  readonly text: string;
  /** Left end of the text. */
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  /** Length along the baseline. */
  readonly width: number;
  /** Font size (height of the text). */
  readonly size: number;
}

export interface PageText {
  readonly width: number;
  readonly height: number;
  /** Horizontal text, in the order the page draws it. */
  readonly items: readonly PlacedText[];
}

export type LineOrder = 'stream' | 'position';

export interface PdfLine {
  /** The text, cells separated by TAB; no indent. */
  readonly text: string;
  /** 1-based page. */
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

export interface PdfText {
  /** The whole text: lines joined with LF, each page's first line after a form feed. */
  readonly text: string;
  /** The page of each line of `text` (index = line number − 1). */
  readonly pageOfLine: readonly number[];
  /** Page numbers left out. */
  readonly pageNumbers: number;
}

/** Same baseline: within this share of the font size. */
const BASELINE_TOLERANCE = 0.4;
/** A gap wider than this share of the font size is a space. */
const SPACE_GAP = 0.2;
/** A gap wider than this share of the font size separates table cells (TAB). */
const CELL_GAP = 1.5;
/** A piece starting this far left of where the previous one ended starts a new line. */
const BACKWARDS = 0.5;
/** Page numbers are looked for in this share of the page height at its top and foot. */
const MARGIN_BAND = 0.15;

const PAGE_NUMBER =
  /^(?:[-—–―－_~·•\s]*\d{1,4}[-—–―－_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;

/** Pieces as one line of text: small gaps become a space, cell-sized gaps a TAB. */
function joinPieces(pieces: readonly PlacedText[]): string {
  let out = '';
  let end = -Infinity;
  for (const p of pieces) {
    const gap = p.x - end;
    const size = Math.max(p.size, 1);
    if (out !== '') {
      if (gap > CELL_GAP * size) out += '\t';
      else if (gap > SPACE_GAP * size && !/\s$/u.test(out)) out += ' ';
    }
    out += p.text;
    end = Math.max(end, p.x + p.width);
  }
  return out.replace(/[ \t]+$/u, '').replace(/^[ \t]+/u, '');
}

function sameBaseline(a: PlacedText, b: PlacedText): boolean {
  return Math.abs(a.y - b.y) <= BASELINE_TOLERANCE * Math.max(a.size, b.size, 1);
}

/** A number, or part of one (full-width digits included). */
const NUMBER_PART = /^[0-9０-９.,．，]+$/u;
/**
 * A wrapped line of a cell is at most this many font sizes below the line before it (official
 * documents set lines on a 28.95 pt grid, so 10.5 pt table text wraps 2.8 sizes lower).
 */
const WRAPPED_LINE = 3.2;

/**
 * `item` is the rest of the number `last`, wrapped onto the next line of a narrow table cell
 * ("５５６９.２０" over "９２", or "８" over "２" in full-width digits): drawn right after it,
 * one line below, starting, ending or centred where it does.
 */
function wrapsNumber(last: PlacedText, item: PlacedText): boolean {
  const size = Math.max(last.size, item.size, 1);
  const below = item.y - last.y;
  if (below <= BASELINE_TOLERANCE * size || below > WRAPPED_LINE * size) return false;
  if (!NUMBER_PART.test(last.text.trim()) || !NUMBER_PART.test(item.text.trim())) return false;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.6 * size;
  return (
    near(item.x, last.x) ||
    near(item.x + item.width, last.x + last.width) ||
    near(item.x + item.width / 2, last.x + last.width / 2)
  );
}

/** Runs of pieces in drawing order: a run ends where the next piece is not its continuation. */
function streamRuns(items: readonly PlacedText[]): PlacedText[][] {
  const runs: PlacedText[][] = [];
  let run: PlacedText[] = [];
  let end = -Infinity;
  for (const item of items) {
    const last = run.at(-1);
    if (last !== undefined && wrapsNumber(last, item)) {
      // The number goes on where it was cut: one piece, no gap.
      run[run.length - 1] = {
        ...last,
        text: last.text + item.text,
        width: last.width + item.width,
      };
      end = Math.max(end, last.x + last.width + item.width);
      continue;
    }
    const continues =
      last !== undefined &&
      sameBaseline(last, item) &&
      item.x >= end - BACKWARDS * Math.max(item.size, last.size);
    if (!continues && run.length > 0) {
      runs.push(run);
      run = [];
      end = -Infinity;
    }
    run.push(item);
    end = Math.max(end, item.x + item.width);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Pieces grouped by baseline, top to bottom, each group left to right. */
function positionRuns(items: readonly PlacedText[]): PlacedText[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const runs: PlacedText[][] = [];
  let run: PlacedText[] = [];
  for (const item of sorted) {
    const first = run[0];
    if (first !== undefined && !sameBaseline(first, item)) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) runs.push(run);
  return runs.map((r) => r.sort((a, b) => a.x - b.x));
}

/**
 * The lines of one page, page numbers left out.
 * @example pageLines(page, 'stream', 1).lines[0].text // '一、本年新收政府信息公开申请数量\t82\t0…'
 */
export function pageLines(
  page: PageText,
  order: LineOrder,
  pageNumber: number,
): { lines: PdfLine[]; pageNumbers: number } {
  const items = page.items.filter((i) => i.text.trim() !== '');
  const runs = order === 'stream' ? streamRuns(items) : positionRuns(items);
  const lines: PdfLine[] = runs
    .map((run) => ({
      text: joinPieces(run),
      page: pageNumber,
      x: Math.min(...run.map((p) => p.x)),
      y: run.reduce((s, p) => s + p.y, 0) / run.length,
      size: Math.max(...run.map((p) => p.size)),
    }))
    .filter((l) => l.text !== '');
  if (lines.length === 0) return { lines, pageNumbers: 0 };
  // A page number is the top- or bottom-most line of the page, in its margin band.
  const top = Math.min(...lines.map((l) => l.y));
  const bottom = Math.max(...lines.map((l) => l.y));
  const band = MARGIN_BAND * page.height;
  const isPageNumber = (l: PdfLine): boolean =>
    PAGE_NUMBER.test(l.text.trim()) &&
    ((l.y === bottom && l.y >= page.height - band) || (l.y === top && l.y <= band));
  const kept = lines.filter((l) => !isPageNumber(l));
  return { lines: kept, pageNumbers: lines.length - kept.length };
}

/** The most common left edge of the page's lines (the text's left margin). */
function leftMargin(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const x = Math.round(l.x);
    counts.set(x, (counts.get(x) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [x, n] of counts)
    if (n > bestCount || (n === bestCount && x < best)) [best, bestCount] = [x, n];
  return best;
}

/** Indent in half-width characters: how far right of the margin the line starts. */
function indentOf(line: PdfLine, margin: number): string {
  const units = Math.round((line.x - margin) / (Math.max(line.size, 1) / 2));
  return units > 0 ? ' '.repeat(Math.min(units, 40)) : '';
}

/**
 * The text of all pages, as the text importer reads it.
 * @example pdfText(pages, 'stream').text.split('\n')[0] // '\f 外交部2024年政府信息公开工作年度报告'
 */
export function pdfText(pages: readonly PageText[], order: LineOrder): PdfText {
  const out: string[] = [];
  const pageOfLine: number[] = [];
  let pageNumbers = 0;
  pages.forEach((page, i) => {
    const { lines, pageNumbers: n } = pageLines(page, order, i + 1);
    pageNumbers += n;
    const margin = leftMargin(lines);
    lines.forEach((line, j) => {
      out.push(`${j === 0 && i > 0 ? '\f' : ''}${indentOf(line, margin)}${line.text}`);
      pageOfLine.push(i + 1);
    });
  });
  return { text: out.join('\n'), pageOfLine, pageNumbers };
}
