/**
 * The finished report as an ordered list of blocks (title, headings, paragraphs, tables), built
 * once from the report and its template. Every exporter (Word, HTML, text) renders these blocks,
 * so the order of sections, the headings and the table layouts are decided in one place.
 */
import {
  checkReport,
  findCell,
  getCellValue,
  getTemplate,
  layoutGrid,
  publicationDateWord,
  reportTitleYearLine,
  plainFigure,
  withTotals,
  type CellId,
  type CellTemplate,
  type FormatId,
  type GridSlot,
  type LayoutCell,
  type Report,
  type TableTemplate,
} from '../../domain/index.ts';
import { compareWithPrevious, comparisonItemLabel } from '../../domain/comparison/index.ts';
import { plain as plainNumber } from '../../domain/narrative/numbers.ts';
import { COMPARISON_EXPORT_WORDS } from '../../domain/wording/comparison-export.ts';
import { COMPARISON_WORDS } from '../../domain/wording/narrative.ts';

/** A run of text in a paragraph; a subheading run is the lead sentence of a （一） item (楷体 in Word). */
export interface TextRun {
  readonly text: string;
  readonly subheading?: boolean;
}

export type DocBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | {
      readonly kind: 'table';
      readonly table: TableTemplate;
      /** The full grid of the printed table (merged cells as anchor + covered slots). */
      readonly grid: readonly (readonly GridSlot[])[];
      /** The figure shown in a value cell ('' when not filled). */
      readonly text: (id: CellId) => string;
      readonly caption: string;
    }
  | {
      /** A plain table of text, one header row (the 附：本年与上年数据对比 table). */
      readonly kind: 'textTable';
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export interface ReportDocumentOptions {
  /** Append 附：本年与上年数据对比 (the figures that changed, largest change first) when the report has a previous one. */
  readonly comparison?: boolean;
}

/**
 * The 落款 at the end: the agency and, when the report has one, the date ("2025年1月20日"),
 * each right-aligned with its distance from the right edge in characters. GB/T 9704 (7.3.5.2,
 * 不加盖印章的公文): the agency 右空二字, the date on the next line starting two characters to the
 * right of the agency's first character; a date longer than that stays 右空二字 and the agency
 * moves left instead.
 */
export interface DocumentClosing {
  readonly agency: string;
  readonly date?: string;
  readonly agencyIndent: number;
  readonly dateIndent: number;
}

/** Printed width in characters: CJK and full-width 1, ASCII letters and digits ½. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return width;
}

function closing(agency: string, date: string | undefined): DocumentClosing {
  const a = printedWidth(agency);
  const d = date === undefined ? 0 : printedWidth(date);
  // An agency of more than half a line is simply 右空二字, the date under it 右空二字 too.
  if (a > 12)
    return { agency, ...(date !== undefined ? { date } : {}), agencyIndent: 2, dateIndent: 2 };
  // The date starts two characters right of the agency's start: its right indent is 2 + a − 2 − d.
  const dateIndent = date === undefined ? 2 : Math.max(2, a - d);
  const agencyIndent = date === undefined ? 2 : dateIndent + d + 2 - a;
  return { agency, ...(date !== undefined ? { date } : {}), agencyIndent, dateIndent };
}

export interface ReportDocument {
  /** "<agency><year>年政府信息公开工作年度报告" */
  readonly title: string;
  /**
   * The title as printed, agency on the first line and year and title on the second (one line
   * when the agency is empty): a long agency may wrap on its own, the title never breaks mid-word.
   */
  readonly titleLines: readonly string[];
  readonly closing: DocumentClosing;
  /** The contact paragraph after the 落款 (publication.contact), when the report has one. */
  readonly contact?: string;
  readonly agency: string;
  readonly year: number;
  readonly format: FormatId;
  /** The report still has open errors: exports say 草稿 in their header. */
  readonly draft: boolean;
  readonly blocks: readonly DocBlock[];
}

/** A figure as printed: plain digits, up to 6 decimals for 万元, nothing for an empty cell. */
export function formatFigure(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : plainFigure(v);
}

/**
 * A figure as printed in its cell. An amount in a column whose label names no unit (采购总金额 of
 * the 2019 format: reports filled it in 元 or 万元) says its unit, "12808万元", as 外交部 printed
 * it: a bare figure there cannot be read back, by a person or an importer, without guessing.
 */
export function cellFigure(cell: CellTemplate | undefined, v: number | null | undefined): string {
  const figure = formatFigure(v);
  const unitless = cell?.kind === 'money' && !cell.columnLabel.includes(cell.unit);
  return figure !== '' && unitless ? `${figure}${cell.unit}` : figure;
}

/**
 * A group label set vertically, as printed forms set 三、本年度办理结果: a label in the first
 * column that spans several rows beside further label columns (colSpan 1).
 */
export function isVerticalLabel(cell: LayoutCell, column: number): boolean {
  return (
    cell.type === 'label' && column === 0 && (cell.rowSpan ?? 1) > 1 && (cell.colSpan ?? 1) === 1
  );
}

// A short lead sentence or caption after （一） (at most 30 characters, ending in 。！？ or a colon);
// a long first sentence is body text, not a subheading.
const SUBHEADING = /^([（(][一二三四五六七八九十]+[）)][^。！？：:]{1,30}[。！？：:])(.*)$/s;

/** Splits narrative text into paragraphs; a paragraph opening with （一）… has that sentence as its subheading. */
export function narrativeParagraphs(text: string | undefined): DocBlock[] {
  return (text ?? '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const m = SUBHEADING.exec(line);
      const runs: TextRun[] = m
        ? [{ text: m[1]!, subheading: true }, ...(m[2] ? [{ text: m[2] }] : [])]
        : [{ text: line }];
      return { kind: 'paragraph', runs };
    });
}

const comparisonFigure = (n: number | null): string => (n === null ? '—' : plainNumber(n));

/**
 * The heading and table of 附：本年与上年数据对比: the figures that changed since the previous
 * report, largest change first; none without a previous report or when nothing changed.
 */
export function comparisonBlocks(report: Report): DocBlock[] {
  const changed = (compareWithPrevious(report) ?? []).filter(
    (r) => r.delta !== null && r.delta !== 0,
  );
  if (changed.length === 0) return [];
  const W = COMPARISON_WORDS;
  return [
    { kind: 'heading', text: COMPARISON_EXPORT_WORDS.heading },
    {
      kind: 'textTable',
      caption: COMPARISON_EXPORT_WORDS.heading,
      header: [W.item, W.current, W.previous, W.delta, W.rate],
      rows: changed.map((r) => [
        comparisonItemLabel(r),
        comparisonFigure(r.current),
        comparisonFigure(r.previous),
        r.deltaText,
        r.rateText,
      ]),
    },
  ];
}

/**
 * The report laid out for publishing, totals recomputed.
 * @example buildReportDocument(report).blocks[0] // { kind: 'paragraph', … } (the preamble) or the heading 一、总体情况
 */
export function buildReportDocument(
  report: Report,
  options: ReportDocumentOptions = {},
): ReportDocument {
  const full = withTotals(report);
  const template = getTemplate(full.format);
  const blocks: DocBlock[] = [...narrativeParagraphs(full.narrative?.preamble)];
  for (const section of template.sections) {
    blocks.push({ kind: 'heading', text: section.heading });
    if (section.kind === 'narrative') {
      blocks.push(...narrativeParagraphs(full.narrative?.[section.narrative]));
    } else {
      const table = template.tables[section.table];
      blocks.push({
        kind: 'table',
        table,
        grid: layoutGrid(table),
        text: (id) => cellFigure(findCell(template, id), getCellValue(full, id)),
        caption: section.heading,
      });
    }
  }
  if (options.comparison) blocks.push(...comparisonBlocks(report));
  const yearLine = reportTitleYearLine(full.year);
  const agency = full.agency.trim();
  const date = full.publication?.date;
  const contact = full.publication?.contact?.trim();
  return {
    title: `${agency}${yearLine}`,
    titleLines: agency ? [agency, yearLine] : [yearLine],
    closing: closing(agency, date ? publicationDateWord(date) : undefined),
    ...(contact ? { contact } : {}),
    agency,
    year: full.year,
    format: full.format,
    draft: checkReport(full, { mode: 'final' }).some((f) => f.severity === 'error'),
    blocks,
  };
}

/** "外交部-2024年度-政府信息公开工作年度报告-2021格式.docx": agency, year and format, safe on Windows. */
export function exportFileName(
  report: Pick<Report, 'agency' | 'year' | 'format'>,
  extension: string,
  kind = '政府信息公开工作年度报告',
): string {
  const agency = report.agency.replace(/[\\/:*?"<>|\s]+/g, '_') || '未命名机关';
  return `${agency}-${report.year}年度-${kind}-${report.format}格式.${extension}`;
}
