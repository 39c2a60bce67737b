/**
 * The Word (.docx) export: renders a ReportDocument (report-document.ts) with the `docx`
 * library, in the browser and in Node alike. Sizes and fonts come from document-style.ts only.
 *
 * Tables are built from the template's full grid (layoutGrid): the anchor of a merged cell gets
 * `w:gridSpan` and, when it spans rows, `w:vMerge="restart"`; each later row it covers gets a
 * `w:vMerge="continue"` cell with the same span (Word needs those continuation cells); slots a
 * merged cell covers to the right of its anchor column are left out.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { GridSlot, LayoutCell, TableTemplate } from '../../../domain/index.ts';
import type { DocBlock, ReportDocument, TextRun as DocTextRun } from '../report-document.ts';
import {
  BODY,
  CHAR_SPACING_TWIPS,
  DRAFT_MARK,
  FIRST_LINE_INDENT,
  HEADING,
  INDENT_HEADINGS,
  KEEP_TABLES_TOGETHER,
  LINE_PITCH,
  PAGE,
  PAGE_NUMBER,
  SPACE_AFTER_TABLE_TWIPS,
  SUBHEADING,
  TABLE_BORDER,
  TABLE_CELL_MARGIN,
  TABLE_LABEL_COLUMNS_MM,
  TABLE_TEXT,
  TEXT_WIDTH,
  TITLE,
  mmToTwips,
  ptToHalfPoints,
  type FontChoice,
} from './document-style.ts';
import { STYLE_ID, fontTableXml, stylesXml } from './styles-xml.ts';

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** The run properties every run carries explicitly, so WPS and Word agree without styles. */
function runStyle(font: FontChoice, sizePt: number): IRunOptions {
  return {
    font: { ascii: font.latin, hAnsi: font.latin, eastAsia: font.eastAsia, cs: font.latin },
    size: ptToHalfPoints(sizePt),
    sizeComplexScript: ptToHalfPoints(sizePt),
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
}

const exactLine = (twips: number) => ({ line: twips, lineRule: LineRuleType.EXACT });

const bodyIndent = { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars };

function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    style: STYLE_ID.title,
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(TITLE.lineTwips), before: 0, after: TITLE.spaceAfterTwips },
    keepNext: true,
    children: [new TextRun({ ...runStyle(TITLE.font, TITLE.sizePt), text: title })],
  });
}

function headingParagraph(text: string, before: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { ...exactLine(LINE_PITCH), before, after: 0 },
    ...(INDENT_HEADINGS ? { indent: bodyIndent } : {}),
    keepNext: true,
    children: [
      new TextRun({
        ...runStyle(HEADING.font, HEADING.sizePt),
        characterSpacing: CHAR_SPACING_TWIPS,
        text,
      }),
    ],
  });
}

function bodyParagraph(runs: readonly DocTextRun[], before: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { ...exactLine(BODY.lineTwips), before, after: 0 },
    indent: bodyIndent,
    children: runs.map(
      (r) =>
        new TextRun({
          ...runStyle(r.subheading ? SUBHEADING.font : BODY.font, BODY.sizePt),
          characterSpacing: CHAR_SPACING_TWIPS,
          text: r.text,
        }),
    ),
  });
}

/* ---------- tables ---------- */

/** Grid column widths in twips: the table's label columns, then equal shares of the rest; the sum is TEXT_WIDTH. */
export function columnWidths(table: TableTemplate): number[] {
  const labels = TABLE_LABEL_COLUMNS_MM[table.id].slice(0, table.columnCount).map(mmToTwips);
  const shared = table.columnCount - labels.length;
  if (shared <= 0) throw new Error(`table ${table.id}: no columns left for the figures`);
  const rest = TEXT_WIDTH - labels.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / shared);
  const remainder = rest - each * shared;
  return [...labels, ...Array.from({ length: shared }, (_, i) => each + (i < remainder ? 1 : 0))];
}

const border = {
  style: BorderStyle.SINGLE,
  size: TABLE_BORDER.size,
  color: TABLE_BORDER.color,
} as const;
const allBorders = { top: border, bottom: border, left: border, right: border } as const;

function cellAlignment(cell: LayoutCell): Align {
  switch (cell.type) {
    case 'value':
      return AlignmentType.RIGHT;
    case 'label':
      return AlignmentType.LEFT;
    case 'header':
    case 'note':
      return AlignmentType.CENTER;
  }
}

function tableParagraph(text: string, alignment: Align, keepNext: boolean): Paragraph {
  return new Paragraph({
    // The style keeps table text off the line grid (w:snapToGrid w:val="0").
    style: STYLE_ID.tableText,
    alignment,
    spacing: { ...exactLine(TABLE_TEXT.lineTwips), before: 0, after: 0 },
    ...(keepNext ? { keepNext: true } : {}),
    children: [new TextRun({ ...runStyle(TABLE_TEXT.font, TABLE_TEXT.sizePt), text })],
  });
}

function tableBlock(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const { table, grid } = block;
  const widths = columnWidths(table);
  const spanWidth = (from: number, span: number) =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0);

  const rows = grid.map((line, r) => {
    const keepNext = KEEP_TABLES_TOGETHER && r < grid.length - 1;
    const cells: TableCell[] = [];
    line.forEach((slot: GridSlot, c) => {
      if (slot.anchorColumn !== c) return; // covered by a merged cell to its left
      const { cell } = slot;
      const columnSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      const common = {
        width: { size: spanWidth(c, columnSpan), type: WidthType.DXA },
        ...(columnSpan > 1 ? { columnSpan } : {}),
        borders: allBorders,
        verticalAlign: VerticalAlignTable.CENTER,
      };
      if (slot.anchorRow !== r) {
        cells.push(
          new TableCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [tableParagraph('', cellAlignment(cell), keepNext)],
          }),
        );
        return;
      }
      const text = cell.type === 'value' ? block.text(cell.cell) : cell.text;
      cells.push(
        new TableCell({
          ...common,
          ...(rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: [tableParagraph(text, cellAlignment(cell), keepNext)],
        }),
      );
    });
    return new TableRow({
      children: cells,
      ...(r < table.headerRowCount ? { tableHeader: true } : {}),
      cantSplit: true,
    });
  });

  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { ...TABLE_CELL_MARGIN },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

/* ---------- header and footer ---------- */

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE_ID.draftMark,
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            ...runStyle(DRAFT_MARK.font, DRAFT_MARK.sizePt),
            text: DRAFT_MARK.text,
            bold: DRAFT_MARK.bold,
            color: DRAFT_MARK.color,
          }),
        ],
      }),
    ],
  });
}

function pageNumberFooter(side: 'odd' | 'even' | 'centre'): Footer {
  const edge = PAGE_NUMBER.edgeIndentTwips;
  const placement =
    side === 'centre'
      ? { alignment: AlignmentType.CENTER }
      : side === 'odd'
        ? { alignment: AlignmentType.RIGHT, indent: { right: edge } }
        : { alignment: AlignmentType.LEFT, indent: { left: edge } };
  const style = runStyle(PAGE_NUMBER.font, PAGE_NUMBER.sizePt);
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_ID.pageNumber,
        ...placement,
        spacing: { ...exactLine(PAGE_NUMBER.lineTwips), before: 0, after: 0 },
        // The paragraph mark's run properties: Word formats the PAGE field's result with them.
        run: style,
        children: [
          new TextRun({
            ...style,
            children: [PAGE_NUMBER.before, PageNumber.CURRENT, PAGE_NUMBER.after],
          }),
        ],
      }),
    ],
  });
}

/* ---------- document ---------- */

/** The docx Document object of the report (exposed for tests and for other packers). */
export function buildDocxDocument(
  doc: ReportDocument,
  /** Paragraphs added after the report (e.g. the 图解 appendix, src/io/export/charts/docx-charts.ts). */
  appendix: readonly (Paragraph | Table)[] = [],
): Document {
  const children: (Paragraph | Table)[] = [titleParagraph(doc.title)];
  let before = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') children.push(headingParagraph(block.text, before));
    else if (block.kind === 'paragraph') children.push(bodyParagraph(block.runs, before));
    else children.push(tableBlock(block));
    before = block.kind === 'table' ? SPACE_AFTER_TABLE_TWIPS : 0;
  }
  children.push(...appendix);

  const outside = PAGE_NUMBER.placement === 'outside';
  const header = doc.draft ? draftHeader() : undefined;
  return new Document({
    title: doc.title,
    creator: doc.agency,
    description: `${doc.agency}${doc.year}年政府信息公开工作年度报告（${doc.format}年格式）`,
    evenAndOddHeaderAndFooters: outside,
    externalStyles: stylesXml(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        ...(header
          ? { headers: { default: header, ...(outside ? { even: draftHeader() } : {}) } }
          : {}),
        footers: outside
          ? { default: pageNumberFooter('odd'), even: pageNumberFooter('even') }
          : { default: pageNumberFooter('centre') },
        children,
      },
    ],
  });
}

/**
 * The .docx file of the report, as bytes (works in Node and in the browser).
 * @example const bytes = await renderDocx(buildReportDocument(report)); // starts with "PK"
 */
export async function renderDocx(
  doc: ReportDocument,
  appendix: readonly (Paragraph | Table)[] = [],
): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(buildDocxDocument(doc, appendix), false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return new Uint8Array(buffer);
}

/** The .docx file as a Blob with the Word MIME type, ready for a download link. */
export async function renderDocxBlob(
  doc: ReportDocument,
  appendix: readonly (Paragraph | Table)[] = [],
): Promise<Blob> {
  const bytes = await renderDocx(doc, appendix);
  return new Blob([bytes], { type: DOCX_MIME_TYPE });
}
