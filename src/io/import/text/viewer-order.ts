/**
 * Text copied out of a PDF viewer, or written by `pdftotext` without `-layout`: a table's cells
 * come in the order the PDF draws them, so a row's figures may come before its label and page
 * numbers ("-2-") between them. Such text cannot be read reliably: a figure would be given to
 * the wrong row. It is recognised and refused, pointing to the PDF itself (read by position).
 */
import { isFiguresOnly, isPageNumber, splitFigures } from './figures.ts';
import { compact } from './normalise.ts';
import type { TableLine } from './records.ts';

/**
 * More figures in a row than the widest row of the tables has (table 四: 15) with no word
 * between them: at least two rows printed without their labels, which only the drawing order
 * does (a table row per line or a cell per line always has its label before its figures).
 */
const MAX_FIGURES_WITHOUT_LABEL = 15;

/** Fewer row labels out of place than this is a label wrapped oddly, not the drawing order. */
const MIN_OUT_OF_PLACE = 2;
/** The share of row labels out of place from which the text is in drawing order. */
const MIN_SHARE = 0.2;

export const VIEWER_ORDER_REASON =
  '这段文字里表格的数字排在栏目名称之前（从 PDF 阅读器复制、或 pdftotext 不加 -layout 导出的文字常这样），无法可靠地对应到栏目：请直接导入 PDF 文件本身（按版面位置读取），或从 Word / 网页复制表格';

/**
 * True when the table's row labels, printed on lines of their own, follow figures and are not
 * followed by figures: the figures came first (drawing order). A label printed before its
 * figures (a cell per line) or all labels before all figures (flagged by position) is not this.
 */
export function inViewerOrder(
  lines: readonly TableLine[],
  rowLabels: readonly (readonly string[])[],
): boolean {
  if (longestFigureRun(lines) > MAX_FIGURES_WITHOUT_LABEL) return true;
  const forms = new Set(rowLabels.flat());
  let labels = 0;
  let outOfPlace = 0;
  lines.forEach(({ line }, i) => {
    if (!forms.has(compact(line.text))) return;
    labels++;
    const before = lines[i - 1]?.line.text;
    const after = lines[i + 1]?.line.text;
    if (
      before !== undefined &&
      isFiguresOnly(before) &&
      (after === undefined || !isFiguresOnly(after))
    )
      outOfPlace++;
  });
  return outOfPlace >= MIN_OUT_OF_PLACE && outOfPlace >= labels * MIN_SHARE;
}

/** The most figures on consecutive figure-only lines (page numbers left aside). */
function longestFigureRun(lines: readonly TableLine[]): number {
  let run = 0;
  let longest = 0;
  for (const { line } of lines) {
    if (isPageNumber(line.text) && !/^\d+$/u.test(line.text.trim())) continue;
    if (isFiguresOnly(line.text)) {
      run += splitFigures(line.text).length;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return longest;
}
