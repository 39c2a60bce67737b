/**
 * The Word (.docx) export: renders a ReportDocument (report-document.ts) with the `docx`
 * library, in the browser and in Node alike. Sizes and fonts come from document-style.ts; every
 * paragraph takes its look from a style of styles-xml.ts (正文, 标题, 一级标题, 二级标题, 落款,
 * 表格文字, 表头), so runs carry no direct formatting.
 *
 * Tables are built from the template's full grid (layoutGrid): the anchor of a merged cell gets
 * `w:gridSpan` and, when it spans rows, `w:vMerge="restart"`; each later row it covers gets a
 * `w:vMerge="continue"` cell with the same span (Word needs those continuation cells); slots a
 * merged cell covers to the right of its anchor column are left out. Tables run on across pages:
 * their header rows repeat (`w:tblHeader`) and no row splits (`w:cantSplit`).
 *
 * A vertical group label (三、本年度办理结果) is set in a column one character wide, so its
 * characters stand one under the other, upright, as on the printed form. Not with
 * `w:textDirection` (tbRl / tbRlV): LibreOffice 7.4 loses everything after a table whose
 * vertical merged cell runs across a page break.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
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
} from 'docx';
import type { GridSlot, LayoutCell, TableTemplate } from '../../../domain/index.ts';
import {
  isVerticalLabel,
  printedWidth,
  type DocBlock,
  type ReportDocument,
  type TextRun as DocTextRun,
} from '../report-document.ts';
import { DOCX_MIME_TYPE } from './docx-mime.ts';
import {
  BODY_CHAR_PITCH_PT,
  DRAFT_MARK,
  GRID_CHAR_SPACE,
  LINE_PITCH,
  PAGE,
  PAGE_NUMBER,
  SPACE_AFTER_TABLE_TWIPS,
  TABLE_BORDER,
  TABLE_CELL_MARGIN,
  TABLE_CHAR_MM,
  TABLE_LABEL_COLUMNS_MM,
  TABLE_PADDING_MM,
  TEXT_WIDTH,
  mmToTwips,
} from './document-style.ts';
import { STYLE_ID, fontTableXml, settingsXml, stylesXml } from './styles-xml.ts';

export { DOCX_MIME_TYPE };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function titleParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    style: STYLE_ID.title,
    // Agency, a line break, then year and title: a long agency wraps on its own lines.
    children: lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

function headingParagraph(text: string, before: number): Paragraph {
  return new Paragraph({
    style: STYLE_ID.heading1,
    ...(before > 0 ? { spacing: { before } } : {}),
    children: [new TextRun(text)],
  });
}

/** A narrative paragraph; one that is only a （一） lead sentence is a 二级标题 of its own. */
function bodyParagraph(runs: readonly DocTextRun[], before: number, keepNext = false): Paragraph {
  const onlyLead = runs.length === 1 && runs[0]!.subheading === true;
  return new Paragraph({
    style: onlyLead ? STYLE_ID.heading2 : STYLE_ID.body,
    ...(keepNext ? { keepNext: true } : {}),
    ...(before > 0 ? { spacing: { before } } : {}),
    children: runs.map((r) =>
      r.subheading && !onlyLead
        ? new TextRun({ text: r.text, style: STYLE_ID.subheadingRun })
        : new TextRun(r.text),
    ),
  });
}

/* ---------- tables ---------- */

/** A column `chars` 五号 characters wide, with 1 mm to spare (bold headers, rounding). */
const mm = (chars: number) => chars * TABLE_CHAR_MM + TABLE_PADDING_MM + 1;

/**
 * How many characters wide a figure column is: a label of up to three characters on one line,
 * a longer one two characters a line ("商业/企业"); at least 2½, so five digits fit.
 */
function labelChars(text: string): number {
  const width = Math.ceil(printedWidth(text));
  return width === 3 ? 3 : 2.5;
}

/**
 * Grid column widths in twips: the table's fixed label columns, the figure columns fitted to their
 * labels (the lowest header over each), the innermost label column taking the rest; the sum is
 * TEXT_WIDTH. A table without label columns (四) shares the width equally.
 */
export function columnWidths(
  table: TableTemplate,
  grid: readonly (readonly GridSlot[])[],
): number[] {
  const fixed = TABLE_LABEL_COLUMNS_MM[table.id].map(mmToTwips);
  const figureColumns = new Set<number>();
  for (const line of grid)
    for (const slot of line) if (slot.cell.type === 'value') figureColumns.add(slot.anchorColumn);
  const labelCount = table.columnCount - figureColumns.size;
  if (labelCount === 0) {
    const each = Math.floor(TEXT_WIDTH / table.columnCount);
    const rest = TEXT_WIDTH - each * table.columnCount;
    return Array.from({ length: table.columnCount }, (_, i) => each + (i < rest ? 1 : 0));
  }
  const figures = [...figureColumns].sort((a, b) => a - b);
  const figureWidths = new Map<number, number>();
  if (labelCount === fixed.length) {
    // 二: every label column is sized; the figure columns share the rest equally.
    const rest = TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0);
    const each = Math.floor(rest / figures.length);
    figures.forEach((c, i) =>
      figureWidths.set(c, each + (i < rest - each * figures.length ? 1 : 0)),
    );
  } else if (labelCount === fixed.length + 1) {
    const lowestHeader = (c: number): string => {
      for (let r = table.headerRowCount - 1; r >= 0; r--) {
        const cell = grid[r]?.[c]?.cell;
        if (cell && cell.type === 'header') return cell.text;
      }
      return '';
    };
    for (const c of figures) figureWidths.set(c, mmToTwips(mm(labelChars(lowestHeader(c)))));
  } else throw new Error(`table ${table.id}: ${labelCount} label columns, ${fixed.length} sized`);
  const used =
    fixed.reduce((a, b) => a + b, 0) + [...figureWidths.values()].reduce((a, b) => a + b, 0);
  const rest = TEXT_WIDTH - used;
  if (labelCount > fixed.length && rest < mmToTwips(mm(8)))
    throw new Error(`table ${table.id}: no room for the item labels`);
  let label = 0;
  return Array.from({ length: table.columnCount }, (_, c) => {
    if (figureWidths.has(c)) return figureWidths.get(c)!;
    const w = label < fixed.length ? fixed[label]! : rest;
    label++;
    return w;
  });
}

const border = {
  style: BorderStyle.SINGLE,
  size: TABLE_BORDER.size,
  color: TABLE_BORDER.color,
} as const;
const allBorders = { top: border, bottom: border, left: border, right: border } as const;
const tableBorders = { ...allBorders, insideHorizontal: border, insideVertical: border } as const;

function cellAlignment(cell: LayoutCell, vertical: boolean): Align {
  if (cell.type === 'label' && !vertical) return AlignmentType.LEFT;
  return AlignmentType.CENTER;
}

/** The lines of a cell: a label opening with （三） that does not fit its column goes on two lines, （三） / 不予公开. */
function cellLines(text: string, widthTwips: number): string[] {
  const m = /^([（(][一二三四五六七八九十]+[）)])(.+)$/.exec(text);
  const fits =
    printedWidth(text) * mmToTwips(TABLE_CHAR_MM) <= widthTwips - mmToTwips(TABLE_PADDING_MM);
  return m && !fits ? [m[1]!, m[2]!] : [text];
}

function tableParagraph(lines: readonly string[], header: boolean, alignment: Align): Paragraph {
  return new Paragraph({
    style: header ? STYLE_ID.tableHeader : STYLE_ID.tableText,
    alignment,
    children: lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

function tableBlock(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const { table, grid } = block;
  const widths = columnWidths(table, grid);
  const spanWidth = (from: number, span: number) =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0);

  const rows = grid.map((line, r) => {
    const cells: TableCell[] = [];
    line.forEach((slot: GridSlot, c) => {
      if (slot.anchorColumn !== c) return; // covered by a merged cell to its left
      const { cell } = slot;
      const columnSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      const vertical = isVerticalLabel(cell, c);
      const header = cell.type === 'header' || cell.type === 'note';
      const width = spanWidth(c, columnSpan);
      const common = {
        width: { size: width, type: WidthType.DXA },
        ...(columnSpan > 1 ? { columnSpan } : {}),
        borders: allBorders,
        verticalAlign: VerticalAlignTable.CENTER,
      };
      const alignment = cellAlignment(cell, vertical);
      if (slot.anchorRow !== r) {
        cells.push(
          new TableCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [tableParagraph([''], header, alignment)],
          }),
        );
        return;
      }
      const text = cell.type === 'value' ? block.text(cell.cell) : cell.text;
      const group = cell.type === 'label' && rowSpan > 1 && !vertical;
      const lines = group ? cellLines(text, width) : [text];
      cells.push(
        new TableCell({
          ...common,
          ...(rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: [tableParagraph(lines, cell.type === 'header', alignment)],
        }),
      );
    });
    return new TableRow({
      children: cells,
      ...(r < table.headerRowCount ? { tableHeader: true } : {}),
      cantSplit: true,
    });
  });

  return fullWidthTable(rows, widths);
}

/** A table across the text width, its columns fixed, centred, every border a thin line. */
function fullWidthTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { ...TABLE_CELL_MARGIN },
    borders: tableBorders,
  });
}

/**
 * A plain table of text (附：本年与上年数据对比): each figure column as wide as its longest text
 * (three characters at least), the first column left-aligned and taking the rest, figures
 * centred; the header row bold and repeated on each page.
 */
function textTableBlock(block: Extract<DocBlock, { kind: 'textTable' }>): Table {
  const all = [block.header, ...block.rows];
  const figures = block.header
    .slice(1)
    .map((_, i) =>
      mmToTwips(mm(Math.max(3, ...all.map((r) => Math.ceil(printedWidth(r[i + 1] ?? '')))))),
    );
  const widths = [TEXT_WIDTH - figures.reduce((a, b) => a + b, 0), ...figures];
  const row = (texts: readonly string[], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: texts.map(
        (text, c) =>
          new TableCell({
            width: { size: widths[c]!, type: WidthType.DXA },
            borders: allBorders,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              tableParagraph(
                [text],
                header,
                c === 0 && !header ? AlignmentType.LEFT : AlignmentType.CENTER,
              ),
            ],
          }),
      ),
    });
  return fullWidthTable([row(block.header, true), ...block.rows.map((r) => row(r, false))], widths);
}

/* ---------- 落款 and contact ---------- */

/** A right indent of `chars` body characters (the grid's pitch). */
const rightIndent = (chars: number) => ({ right: Math.round(chars * BODY_CHAR_PITCH_PT * 20) });

function closingParagraphs(doc: ReportDocument): Paragraph[] {
  const { agency, date, agencyIndent, dateIndent } = doc.closing;
  const out: Paragraph[] = [];
  // 正文下空一行 (one empty grid line), then the agency, the date on the next line.
  if (agency)
    out.push(
      new Paragraph({
        style: STYLE_ID.closing,
        keepNext: date !== undefined,
        spacing: { before: LINE_PITCH },
        indent: rightIndent(agencyIndent),
        children: [new TextRun(agency)],
      }),
    );
  if (date)
    out.push(
      new Paragraph({
        style: STYLE_ID.closing,
        ...(agency ? {} : { spacing: { before: LINE_PITCH } }),
        indent: rightIndent(dateIndent),
        children: [new TextRun(date)],
      }),
    );
  if (doc.contact) {
    doc.contact
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .forEach((line, i) =>
        out.push(
          new Paragraph({
            style: STYLE_ID.body,
            ...(i === 0 ? { spacing: { before: LINE_PITCH } } : {}),
            children: [new TextRun(line)],
          }),
        ),
      );
  }
  return out;
}

/* ---------- header and footer ---------- */

function draftHeader(text: string): Header {
  return new Header({
    children: [new Paragraph({ style: STYLE_ID.draftMark, children: [new TextRun(text)] })],
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
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_ID.pageNumber,
        ...placement,
        children: [
          new TextRun({ children: [PAGE_NUMBER.before, PageNumber.CURRENT, PAGE_NUMBER.after] }),
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
  const children: (Paragraph | Table)[] = [titleParagraph(doc.titleLines)];
  let before = 0;
  const closing = closingParagraphs(doc);
  doc.blocks.forEach((block, i) => {
    // The text's last paragraph keeps its end with the 落款, which never stands alone on a page.
    const keepNext = closing.length > 0 && i === doc.blocks.length - 1;
    if (block.kind === 'heading') children.push(headingParagraph(block.text, before));
    else if (block.kind === 'paragraph') children.push(bodyParagraph(block.runs, before, keepNext));
    else if (block.kind === 'table') children.push(tableBlock(block));
    else children.push(textTableBlock(block));
    before = block.kind === 'table' || block.kind === 'textTable' ? SPACE_AFTER_TABLE_TWIPS : 0;
  });
  children.push(...closing);
  children.push(...appendix);

  const outside = PAGE_NUMBER.placement === 'outside';
  const header = doc.draft ? draftHeader(DRAFT_MARK.text) : undefined;
  const description = `${doc.title}（${doc.format}年格式）`;
  return new Document({
    title: doc.title,
    subject: doc.agency,
    keywords: `${doc.year}年度 政府信息公开工作年度报告 ${doc.agency}`,
    description,
    creator: doc.agency || '政府信息公开工作年度报告',
    lastModifiedBy: doc.agency || '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: outside,
    externalStyles: stylesXml(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, gutter: 0 },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE_PITCH,
            charSpace: GRID_CHAR_SPACE,
          },
        },
        ...(header
          ? {
              headers: {
                default: header,
                ...(outside ? { even: draftHeader(DRAFT_MARK.text) } : {}),
              },
            }
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
    { path: 'word/settings.xml', data: settingsXml(PAGE_NUMBER.placement === 'outside') },
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
