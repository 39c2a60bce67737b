/**
 * The package parts the `docx` library cannot express through its options, written from the
 * named defaults of document-style.ts:
 *
 * - word/styles.xml (passed as the Document's `externalStyles`): the Normal style at 三号
 *   仿宋_GB2312, which both Word and LibreOffice use as the base of text typed later
 *   (with the 0.25 pt squeeze that gives 28 characters a line), and the paragraph styles whose
 *   text must stay off the line grid (`w:pPr/w:snapToGrid w:val="0"`, a paragraph property `docx`
 *   does not offer): the title (LibreOffice would give its 二号 line two grid lines), table
 *   text, the page number and the 草稿 mark.
 * - word/fontTable.xml (a Packer override): every font used, each Chinese one with its
 *   substitute (`w:altName`, e.g. 仿宋 for 仿宋_GB2312) and the GB2312 character set, so Word and
 *   WPS pick a Chinese font of the same kind on a PC that lacks the named one.
 */
import {
  BODY,
  CHAR_SPACING_TWIPS,
  DRAFT_MARK,
  FONTS,
  GB2312_CHARSET,
  PAGE_NUMBER,
  TABLE_TEXT,
  TITLE,
  ptToHalfPoints,
  type FontChoice,
} from './document-style.ts';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Paragraph style ids used by render-docx.ts. */
export const STYLE_ID = {
  title: 'XxgkTitle',
  tableText: 'XxgkTableText',
  pageNumber: 'XxgkPageNumber',
  draftMark: 'XxgkDraftMark',
} as const;

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function runProperties(font: FontChoice, sizePt: number, extra = ''): string {
  const f = escapeXml(font.latin);
  const sz = ptToHalfPoints(sizePt);
  return (
    `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${escapeXml(font.eastAsia)}" w:cs="${f}"/>` +
    `${extra}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>`
  );
}

/** A paragraph style kept off the line grid, at its own size, without the body's squeeze. */
function offGridStyle(
  id: string,
  name: string,
  font: FontChoice,
  sizePt: number,
  extraRun = '',
): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/>` +
    `<w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    runProperties(font, sizePt, `${extraRun}<w:spacing w:val="0"/>`) +
    `</w:style>`
  );
}

/** word/styles.xml: document defaults, Normal, the default table style and the off-grid styles. */
export function stylesXml(): string {
  const body = runProperties(BODY.font, BODY.sizePt);
  // Normal also carries the body's 0.25 pt squeeze, so text typed later keeps 28 characters a line.
  const normal = runProperties(
    BODY.font,
    BODY.sizePt,
    `<w:spacing w:val="${CHAR_SPACING_TWIPS}"/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault>${body}</w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr>${normal}</w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    offGridStyle(STYLE_ID.title, '年报标题', TITLE.font, TITLE.sizePt) +
    offGridStyle(STYLE_ID.tableText, '年报表格文字', TABLE_TEXT.font, TABLE_TEXT.sizePt) +
    offGridStyle(STYLE_ID.pageNumber, '年报页码', PAGE_NUMBER.font, PAGE_NUMBER.sizePt) +
    offGridStyle(
      STYLE_ID.draftMark,
      '年报草稿标记',
      DRAFT_MARK.font,
      DRAFT_MARK.sizePt,
      `<w:b/><w:bCs/><w:color w:val="${DRAFT_MARK.color}"/>`,
    ) +
    '</w:styles>'
  );
}

/** word/fontTable.xml naming every font of FONTS, Chinese ones with their substitute and character set. */
export function fontTableXml(): string {
  const entries = new Map<string, string>();
  for (const font of Object.values(FONTS) as FontChoice[]) {
    const alt = font.fallback ? `<w:altName w:val="${escapeXml(font.fallback)}"/>` : '';
    entries.set(
      font.eastAsia,
      `<w:font w:name="${escapeXml(font.eastAsia)}">${alt}<w:charset w:val="${GB2312_CHARSET}"/>` +
        `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    );
  }
  for (const font of Object.values(FONTS) as FontChoice[]) {
    if (!entries.has(font.latin))
      entries.set(
        font.latin,
        `<w:font w:name="${escapeXml(font.latin)}"><w:charset w:val="00"/>` +
          `<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
      );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${W_NS}">${[...entries.values()].join('')}</w:fonts>`
  );
}
