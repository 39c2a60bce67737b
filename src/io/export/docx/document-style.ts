/**
 * Every measurement of the Word export in one place, as named defaults: page, margins, type,
 * lines and characters, page number, draft mark and the tables' column widths. The values
 * follow GB/T 9704-2012《党政机关公文格式》 (版心, 字体字号, 行数字数, 标题, 正文, 页码) as
 * government offices set up their Word templates; the arithmetic is written next to each
 * number so it can be checked. render-docx.ts and styles-xml.ts take every size and font from
 * here.
 *
 * Units: Word stores lengths in twips (1/20 pt, 1/1440 inch) and font sizes in half-points.
 */
import type { TableId } from '../../../domain/index.ts';

/** Millimetres → twips (1 inch = 25.4 mm = 1440 twips), rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

/** Points → twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points → the half-points of `w:sz`. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/* ---------- page (GB/T 9704: 幅面, 页边与版心尺寸) ---------- */

/** A4, 210 × 297 mm → 11906 × 16838 twips. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/**
 * 天头 37 mm, 订口 (left) 28 mm; with the 156 × 225 mm 版心 this leaves 35 mm below and 26 mm
 * on the right: 297 − 37 − 225 = 35, 210 − 28 − 156 = 26.
 */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** Where the 草稿 header sits above the text block (only drafts have a header). */
export const HEADER_DISTANCE_MM = 15;

/**
 * The footer's distance from the bottom edge of the page. GB/T 9704 (页码) puts the 一字线 of the
 * page number 7 mm below the text block, i.e. 35 − 7 = 28 mm above the page edge. The footer
 * paragraph is one line of PAGE_NUMBER_LINE_PT (18 pt ≈ 6.35 mm) whose dashes sit about at its
 * middle (≈ 3.2 mm above its bottom), so the footer's bottom goes at 28 − 3.2 ≈ 25 mm.
 */
export const FOOTER_DISTANCE_MM = 25;

export const PAGE = {
  width: mmToTwips(PAGE_MM.width), // 11906
  height: mmToTwips(PAGE_MM.height), // 16838
  margin: {
    top: mmToTwips(MARGIN_MM.top), // 2098
    bottom: mmToTwips(MARGIN_MM.bottom), // 1984
    left: mmToTwips(MARGIN_MM.left), // 1587
    right: mmToTwips(MARGIN_MM.right), // 1474
    header: mmToTwips(HEADER_DISTANCE_MM), // 850
    footer: mmToTwips(FOOTER_DISTANCE_MM), // 1417
  },
} as const;

/** The text block (版心): 11906 − 1587 − 1474 = 8845 twips ≈ 156 mm wide; 16838 − 2098 − 1984 = 12756 twips = 225 mm high. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/* ---------- type sizes (Chinese 字号) ---------- */

export const FONT_SIZE_PT = {
  /** 二号 */
  er: 22,
  /** 三号 */
  san: 16,
  /** 四号 */
  si: 14,
  /** 小四 */
  xiaoSi: 12,
  /** 五号 */
  wu: 10.5,
  /** 小五 */
  xiaoWu: 9,
} as const;

/* ---------- fonts ---------- */

/**
 * A font for Chinese text (`w:rFonts w:eastAsia`) with the name Word and WPS should use when
 * it is not installed (written as `w:altName` in word/fontTable.xml), and the font for Latin
 * letters and digits (`w:ascii`, `w:hAnsi`).
 */
export interface FontChoice {
  readonly eastAsia: string;
  /** The substitute for eastAsia, e.g. 仿宋 for 仿宋_GB2312 (Windows since Vista has 仿宋 / FangSong). */
  readonly fallback?: string;
  readonly latin: string;
}

const LATIN = 'Times New Roman';

export const FONTS = {
  /** 标题: 方正小标宋简体 (GB/T 9704, 标题); offices without it see 宋体. */
  title: { eastAsia: '方正小标宋简体', fallback: '宋体', latin: LATIN },
  /** 正文: 仿宋_GB2312 (正文), falling back to 仿宋 / FangSong. */
  body: { eastAsia: '仿宋_GB2312', fallback: '仿宋', latin: LATIN },
  /** 第一层 一、: 黑体 (SimHei, on every Windows). */
  heading: { eastAsia: '黑体', latin: LATIN },
  /** 第二层 （一）: 楷体_GB2312, falling back to 楷体 / KaiTi (on every Windows). */
  subheading: { eastAsia: '楷体_GB2312', fallback: '楷体', latin: LATIN },
  /** 页码: 四号半角宋体阿拉伯数字 (页码). */
  pageNumber: { eastAsia: '宋体', latin: '宋体' },
  /** Tables: 宋体 (GB/T 9704 sets no face for tables; 宋体 is on every Windows and reads well small). */
  table: { eastAsia: '宋体', latin: LATIN },
  /** The 草稿 mark in the header. */
  draft: { eastAsia: '黑体', latin: LATIN },
} as const satisfies Record<string, FontChoice>;

/** The fonts' GB2312 character set for word/fontTable.xml (`w:charset w:val="86"`, i.e. 134). */
export const GB2312_CHARSET = '86';

/* ---------- lines and characters (GB/T 9704, 行数和字数: 22 lines of 28 characters) ---------- */

/**
 * Line pitch 579 twips = 28.95 pt: 22 lines take 22 × 579 = 12738 twips ≤ the 12756-twip text
 * block, and a 23rd would not fit (23 × 579 = 13317). Body paragraphs use it as their exact line
 * spacing, and the section's line grid (`w:docGrid w:type="lines" w:linePitch="579"`, Word's
 * 页面设置 › 文档网格 › 只指定行网格, 每页 22 行) says the same.
 */
export const LINE_PITCH = 579;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/**
 * 28 characters a line from the document grid, as the official 公文 templates set it (Word's
 * 页面设置 › 文档网格 › 指定行和字符网格, 每行 28 字, 每页 22 行): `w:docGrid w:type="linesAndChars"
 * w:charSpace="-842"`, i.e. a character pitch of 16 − 842/4096 = 15.79 pt, and 28 × 15.79 =
 * 442.2 pt fills the 442.25-pt text block. No character spacing is set on any run.
 *
 * LibreOffice (and with it the PDF check of the tests) gives a character wider than its grid cell
 * two cells (14 characters a line); the body's characters are therefore drawn at 98 % width
 * (`w:w="98"`, 15.68 pt), one cell each. Word and WPS, which fit the characters to the grid
 * anyway, show no difference.
 */
export const GRID_CHAR_SPACE = -842;
export const BODY_CHAR_PITCH_PT = FONT_SIZE_PT.san + GRID_CHAR_SPACE / 4096;
export const GRID_CHAR_SCALE_PERCENT = 98;

/**
 * First-line indent 左空二字: 200 hundredths of a character (`w:firstLineChars`, used by Word and
 * WPS), and for other readers two character pitches, 2 × 15.75 pt = 31.5 pt = 630 twips.
 */
export const FIRST_LINE_INDENT = {
  chars: 200,
  twips: ptToTwips(2 * BODY_CHAR_PITCH_PT),
} as const;

/**
 * GB/T 9704 (正文): 每个自然段左空二字. The 一、 and （一） headings are natural paragraphs of the
 * text too, so they are indented like the body; set to false to put them flush left.
 */
export const INDENT_HEADINGS = true;

export const BODY = {
  font: FONTS.body,
  sizePt: FONT_SIZE_PT.san,
  lineTwips: LINE_PITCH,
} as const;

export const TITLE = {
  font: FONTS.title,
  sizePt: FONT_SIZE_PT.er,
  /** Two lines, agency / year and title, 35 pt apart (off the grid, which would give each two lines) … */
  lineTwips: ptToTwips(35),
  /** … followed by one empty grid line before the text (标题下空一行). */
  spaceAfterTwips: LINE_PITCH,
} as const;

export const HEADING = { font: FONTS.heading, sizePt: FONT_SIZE_PT.san } as const;
export const SUBHEADING = { font: FONTS.subheading } as const;

/* ---------- page number and draft mark ---------- */

/**
 * Where the page number goes. GB/T 9704 (页码): 单页码居右空一字，双页码居左空一字 ('outside': odd
 * pages right, even pages left, one 四号 character from the edge of the text block); 'centre'
 * puts it in the middle of every page, as many offices do.
 */
export type PageNumberPlacement = 'outside' | 'centre';

export const PAGE_NUMBER = {
  placement: 'outside' as PageNumberPlacement,
  font: FONTS.pageNumber,
  sizePt: FONT_SIZE_PT.si,
  /** "— 1 —": 一字线 (U+2014) either side, separated by a space. */
  before: '— ',
  after: ' —',
  /** 空一字: one 四号 character, 14 pt = 280 twips. */
  edgeIndentTwips: ptToTwips(FONT_SIZE_PT.si),
  /** An exact 18 pt line, so the footer's height does not depend on the font's metrics. */
  lineTwips: ptToTwips(18),
} as const;

/** The header of a report that still has open errors. */
export const DRAFT_MARK = {
  text: '草稿',
  font: FONTS.draft,
  sizePt: FONT_SIZE_PT.san,
  bold: true,
  color: 'C00000',
} as const;

/* ---------- tables ---------- */

export const TABLE_TEXT = {
  font: FONTS.table,
  /** 五号 10.5 pt: two characters fit the 10.4 mm columns of table 四. */
  sizePt: FONT_SIZE_PT.wu,
  /**
   * An exact 13.5 pt line (270 twips, 1.29 × the type size), off the body's line grid: the same
   * height in Word (宋体) and LibreOffice (whose CJK substitute has a taller natural line), so
   * table 三 fits one page: 36 lines × 13.5 pt + 31 rows × 1.7 pt padding ≈ 540 pt, plus the
   * heading's 28.95 pt, within the 637.8 pt text block.
   */
  lineTwips: 270,
} as const;

/** Thin single borders on every cell: `w:sz` is in eighths of a point (4 = 0.5 pt). */
export const TABLE_BORDER = { style: 'single', size: 4, color: '000000' } as const;

/** Cell padding: 0.7 mm left and right (Word's default is 1.9 mm), 0.3 mm top and bottom. */
export const TABLE_CELL_MARGIN = { left: 40, right: 40, top: 17, bottom: 17 } as const;

/** A 五号 character is 3.7 mm wide; cells lose 1.4 mm to their left and right padding. */
export const TABLE_CHAR_MM = 3.7;
export const TABLE_PADDING_MM = 1.4;

/**
 * Column widths in millimetres, per table, for the label columns at the left; the figure columns
 * are fitted to their labels (render-docx: a label of up to three characters on one line, a longer
 * one two characters a line, "商业/企业"), and the innermost label column takes what is left of the
 * 156 mm text block (every table is exactly 8845 twips wide).
 *
 * - 二 (4 columns): 信息内容 40 mm, the three figure columns share the rest.
 * - 三 (10 columns): 三、本年度办理结果 set vertically, 6 mm; （三）不予公开 on two lines
 *   （三） / 不予公开, 17.2 mm (four characters and 1 mm to spare); the item labels take the rest (≈ 54 mm).
 * - 四 (15 columns): no label column; 15 × 10.4 mm, 结果维持 on two lines of two characters.
 */
export const TABLE_LABEL_COLUMNS_MM: Readonly<Record<TableId, readonly number[]>> = {
  active: [40],
  requests: [6, 4 * TABLE_CHAR_MM + TABLE_PADDING_MM + 1],
  reviews: [],
};

/** Space above the paragraph that follows a table: half a body line (LibreOffice rounds it up to the next grid line). */
export const SPACE_AFTER_TABLE_TWIPS = Math.round(LINE_PITCH / 2);
