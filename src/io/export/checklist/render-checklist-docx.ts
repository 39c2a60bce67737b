/**
 * The 审签单 as a Word document: A4, the report's fonts (styles-xml.ts), tables with thin
 * borders for the report's identity, the checks and the signatures; one or two pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { CHECKLIST_WORDS } from '../../../domain/index.ts';
import { PAGE, TEXT_WIDTH, TABLE_CELL_MARGIN } from '../docx/document-style.ts';
import { STYLE_ID, fontTableXml, settingsXml, stylesXml } from '../docx/styles-xml.ts';
import type { ChecklistDocument, ChecklistItem } from './checklist-document.ts';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: header ? STYLE_ID.tableHeader : STYLE_ID.tableText,
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun(text)],
      }),
    ],
  });
}

function table(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  headerRow: boolean,
): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: { ...TABLE_CELL_MARGIN, top: 60, bottom: 60 },
    borders,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          ...(headerRow && r === 0 ? { tableHeader: true } : {}),
          children: row.map((text, c) =>
            cell(text, widths[c]!, (headerRow && r === 0) || (!headerRow && c === 0)),
          ),
        }),
    ),
  });
}

const heading = (text: string) =>
  new Paragraph({
    style: STYLE_ID.heading1,
    spacing: { before: 200 },
    children: [new TextRun(text)],
  });

const small = (text: string) =>
  new Paragraph({
    style: STYLE_ID.tableText,
    alignment: AlignmentType.LEFT,
    children: [new TextRun(text)],
  });

function itemParagraphs(items: readonly ChecklistItem[], empty: string): Paragraph[] {
  if (items.length === 0) return [small(empty)];
  return items.flatMap((item, i) => [
    small(`${i + 1}. ${item.title}：${item.message}`),
    ...(item.note ? [small(`\u3000\u3000说明：${item.note}`)] : []),
  ]);
}

/** The docx Document of the 审签单. */
export function buildChecklistDocx(doc: ChecklistDocument): Document {
  const w = CHECKLIST_WORDS;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      style: STYLE_ID.title,
      spacing: { after: 0 },
      children: [new TextRun(doc.title)],
    }),
    new Paragraph({
      style: STYLE_ID.tableText,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`${doc.subtitle}\u3000${doc.reportTitle}`)],
    }),
    heading(w.identity),
    table(
      doc.identity.map((row) => [row.label, row.value]),
      [2000, TEXT_WIDTH - 2000],
      false,
    ),
    heading(w.checks),
    table(
      [[w.checkRule, w.checkResult], ...doc.checks.map((c) => [c.title, c.result])],
      [TEXT_WIDTH - 3200, 3200],
      true,
    ),
    heading(w.openWarnings),
    ...itemParagraphs(doc.openWarnings, w.noOpenWarnings),
    heading(w.notes),
    ...itemParagraphs(doc.notes, w.noNotes),
    heading(w.sources),
    ...(doc.sources.length === 0
      ? [small(w.noSources)]
      : doc.sources.map((s, i) => small(`${i + 1}. ${s}`))),
    heading(w.signatures),
    table(
      doc.signers.map((who) => [who, w.signLine, w.dateLine]),
      [1400, TEXT_WIDTH - 1400 - 4200, 4200],
      false,
    ),
  ];
  return new Document({
    title: `${doc.reportTitle}${doc.title}`,
    subject: doc.identity[0]?.value ?? '',
    creator: doc.identity[0]?.value ?? '',
    lastModifiedBy: doc.identity[0]?.value ?? '',
    externalStyles: stylesXml(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: 1440,
              bottom: 1247,
              left: 1418,
              right: 1247,
              header: 850,
              footer: 850,
              gutter: 0,
            },
          },
        },
        children,
      },
    ],
  });
}

/**
 * The 审签单 .docx as bytes.
 * @example await renderChecklistDocx(buildChecklist(report)) // "PK…"
 */
export async function renderChecklistDocx(
  doc: ChecklistDocument,
): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(buildChecklistDocx(doc), false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'word/settings.xml', data: settingsXml(false) },
  ]);
  return new Uint8Array(buffer);
}
