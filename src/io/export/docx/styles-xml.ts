/**
 * The package parts the `docx` library cannot express through its options, written from the
 * named defaults of document-style.ts:
 *
 * - word/styles.xml (passed as the Document's `externalStyles`): the real styles of the report, so
 *   that Word's and WPS's style lists and navigation pane show its structure and a change to a
 *   style changes every paragraph of it: 正文 (Normal: 仿宋_GB2312 三号, justified, indented two
 *   characters, on the 28.95-pt line grid), 标题 (Title: 方正小标宋简体 二号), the built-in
 *   headings restyled in black — 一级标题 (heading 1, 黑体, outline level 1), 二级标题 (heading 2,
 *   楷体_GB2312, outline level 2), heading 3 (仿宋_GB2312 bold) — a character style for a （一）
 *   lead sentence run into its paragraph, the 落款, and the styles kept off the line grid
 *   (`w:snapToGrid w:val="0"`): table text and headers, the page number and the 草稿 mark.
 * - word/settings.xml (a Packer override): odd and even footers, and 标点压缩
 *   (`w:characterSpacingControl w:val="compressPunctuation"`), so a line ending in 、，。 keeps its
 *   punctuation inside the text block instead of hanging it in the margin or dropping it.
 * - word/fontTable.xml (a Packer override): every font used, each Chinese one with its
 *   substitute (`w:altName`, e.g. 仿宋 for 仿宋_GB2312) and the GB2312 character set, so Word and
 *   WPS pick a Chinese font of the same kind on a PC that lacks the named one.
 */
import {
  BODY,
  DRAFT_MARK,
  FIRST_LINE_INDENT,
  FONTS,
  GB2312_CHARSET,
  GRID_CHAR_SCALE_PERCENT,
  HEADING,
  LINE_PITCH,
  PAGE_NUMBER,
  SUBHEADING,
  TABLE_TEXT,
  TITLE,
  ptToHalfPoints,
  type FontChoice,
} from './document-style.ts';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Style ids used by render-docx.ts. */
export const STYLE_ID = {
  body: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  subheadingRun: 'XxgkSubheadingChar',
  closing: 'XxgkClosing',
  tableText: 'XxgkTableText',
  tableHeader: 'XxgkTableHeader',
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

function fonts(font: FontChoice): string {
  const f = escapeXml(font.latin);
  return `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${escapeXml(font.eastAsia)}" w:cs="${f}"/>`;
}

function runProperties(font: FontChoice, sizePt: number, extra = ''): string {
  const sz = ptToHalfPoints(sizePt);
  return (
    `<w:rPr>${fonts(font)}${extra}<w:color w:val="000000"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>`
  );
}

const scale = (percent: number) => `<w:w w:val="${percent}"/>`;
const exactLine = (twips: number, before = 0, after = 0) =>
  `<w:spacing w:before="${before}" w:after="${after}" w:line="${twips}" w:lineRule="exact"/>`;
const bodyIndent = `<w:ind w:firstLine="${FIRST_LINE_INDENT.twips}" w:firstLineChars="${FIRST_LINE_INDENT.chars}"/>`;

interface StyleSpec {
  readonly id: string;
  readonly name: string;
  readonly aliases?: string;
  readonly type?: 'paragraph' | 'character';
  readonly custom?: boolean;
  readonly basedOn?: string;
  readonly next?: string;
  readonly pPr?: string;
  readonly rPr: string;
}

function style(s: StyleSpec): string {
  const type = s.type ?? 'paragraph';
  return (
    `<w:style w:type="${type}"${s.custom ? ' w:customStyle="1"' : ''} w:styleId="${s.id}">` +
    `<w:name w:val="${s.name}"/>` +
    (s.aliases ? `<w:aliases w:val="${s.aliases}"/>` : '') +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    `<w:qFormat/>` +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    s.rPr +
    `</w:style>`
  );
}

/** A paragraph style kept off the line grid, at its own size and full character width. */
function offGrid(
  id: string,
  name: string,
  font: FontChoice,
  sizePt: number,
  pPr: string,
  extraRun = '',
): string {
  return style({
    id,
    name,
    custom: true,
    basedOn: STYLE_ID.body,
    pPr: `<w:snapToGrid w:val="0"/>${pPr}<w:ind w:firstLine="0" w:firstLineChars="0"/>`,
    rPr: runProperties(font, sizePt, `${extraRun}${scale(100)}`),
  });
}

/** word/styles.xml: document defaults, 正文, 标题, the headings, the 落款 and the off-grid styles. */
export function stylesXml(): string {
  const body = runProperties(BODY.font, BODY.sizePt);
  const gridRun = (font: FontChoice, extra = '') =>
    runProperties(font, BODY.sizePt, `${extra}${scale(GRID_CHAR_SCALE_PERCENT)}`);
  const heading = (level: number, pPrExtra = '') =>
    `<w:keepNext/><w:keepLines/>${exactLine(LINE_PITCH)}${bodyIndent}${pPrExtra}<w:outlineLvl w:val="${level}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault>${body}</w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>` +
    style({
      id: STYLE_ID.body,
      name: 'Normal',
      aliases: '正文',
      pPr: `<w:widowControl/><w:overflowPunct w:val="0"/>${exactLine(LINE_PITCH)}${bodyIndent}<w:jc w:val="both"/>`,
      rPr: gridRun(BODY.font),
    }) +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    style({
      id: STYLE_ID.title,
      name: 'Title',
      aliases: '报告标题',
      basedOn: STYLE_ID.body,
      next: STYLE_ID.body,
      pPr:
        `<w:keepNext/><w:keepLines/><w:snapToGrid w:val="0"/>` +
        exactLine(TITLE.lineTwips, 0, TITLE.spaceAfterTwips) +
        `<w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/>`,
      rPr: runProperties(TITLE.font, TITLE.sizePt, scale(100)),
    }) +
    style({
      id: STYLE_ID.heading1,
      name: 'heading 1',
      aliases: '一级标题',
      basedOn: STYLE_ID.body,
      next: STYLE_ID.body,
      pPr: heading(0),
      rPr: gridRun(HEADING.font),
    }) +
    style({
      id: STYLE_ID.heading2,
      name: 'heading 2',
      aliases: '二级标题',
      basedOn: STYLE_ID.body,
      next: STYLE_ID.body,
      pPr: heading(1),
      rPr: gridRun(SUBHEADING.font),
    }) +
    style({
      id: STYLE_ID.heading3,
      name: 'heading 3',
      aliases: '三级标题',
      basedOn: STYLE_ID.body,
      next: STYLE_ID.body,
      pPr: heading(2),
      rPr: gridRun(BODY.font, '<w:b/><w:bCs/>'),
    }) +
    style({
      id: STYLE_ID.subheadingRun,
      name: '二级标题字符',
      type: 'character',
      custom: true,
      rPr: `<w:rPr>${fonts(SUBHEADING.font)}</w:rPr>`,
    }) +
    style({
      id: STYLE_ID.closing,
      name: '落款',
      custom: true,
      basedOn: STYLE_ID.body,
      pPr: `<w:keepLines/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="right"/>`,
      rPr: gridRun(BODY.font),
    }) +
    offGrid(
      STYLE_ID.tableText,
      '表格文字',
      TABLE_TEXT.font,
      TABLE_TEXT.sizePt,
      exactLine(TABLE_TEXT.lineTwips) + '<w:jc w:val="center"/>',
    ) +
    offGrid(
      STYLE_ID.tableHeader,
      '表头',
      TABLE_TEXT.font,
      TABLE_TEXT.sizePt,
      exactLine(TABLE_TEXT.lineTwips) + '<w:jc w:val="center"/>',
      '<w:b/><w:bCs/>',
    ) +
    offGrid(
      STYLE_ID.pageNumber,
      '页码',
      PAGE_NUMBER.font,
      PAGE_NUMBER.sizePt,
      exactLine(PAGE_NUMBER.lineTwips),
    ) +
    offGrid(
      STYLE_ID.draftMark,
      '草稿标记',
      DRAFT_MARK.font,
      DRAFT_MARK.sizePt,
      '<w:jc w:val="right"/>',
      `<w:b/><w:bCs/><w:color w:val="${DRAFT_MARK.color}"/>`,
    ) +
    '</w:styles>'
  );
}

/** word/settings.xml: odd and even footers when asked, 标点压缩, Word 2013 compatibility. */
export function settingsXml(evenAndOddHeaders: boolean): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:settings xmlns:w="${W_NS}">` +
    `<w:defaultTabStop w:val="420"/>` +
    (evenAndOddHeaders ? '<w:evenAndOddHeaders/>' : '') +
    `<w:characterSpacingControl w:val="compressPunctuation"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `</w:settings>`
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
