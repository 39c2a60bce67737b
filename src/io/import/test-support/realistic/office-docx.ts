/**
 * Test-only: a report as an office types it in Word or WPS (not as our exporter writes it), as
 * raw WordprocessingML zipped with fflate: 仿宋_GB2312 paragraphs with a first-line indent,
 * headings as bold 黑体 paragraphs (no heading styles), bold 楷体 lead sentences, runs split
 * where Word splits them (revision ids, proofing marks, a bookmark, a figure "82" as "8" + "2"),
 * the tables in the official layout with w:gridSpan and w:vMerge, table 三's header over three
 * rows, figures right-aligned, w:lastRenderedPageBreak marks inside table cells, and optionally
 * an empty trailing column, a table continued on the next page as a second table ("续表"), and
 * landscape section breaks around the tables.
 */
import { strToU8, zipSync } from 'fflate';
import {
  outlineGrid,
  type OutlineBlock,
  type OutlineTable,
  type ReportOutline,
} from './report-outline.ts';

export interface OfficeDocxOptions {
  /** Every table has one more column at the right, left empty (a table drawn too wide). */
  readonly emptyTrailingColumn?: boolean;
  /** Table 三 broken after this many body rows into a second table that repeats the header. */
  readonly continuedAfterRow?: number;
  /** The tables on landscape pages: a section break before and after each. */
  readonly landscapeTables?: boolean;
  /**
   * What a document edited in Word collects: totals as formula fields ({=SUM(LEFT)}), a figure
   * changed with track changes on, tables inside content controls. (LibreOffice recalculates
   * such fields and prints tracked deletions struck through: not for its conversions.)
   */
  readonly editedInWord?: boolean;
  /** Table 三's items numbered by Word's list numbering: their "1." is not in the text. */
  readonly listNumbering?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A deterministic stream of "random" revision ids; and the list in use (numbering). */
class Rsid {
  readonly lists = { id: 0 };
  private n = 0x00a1b2c3;
  next(): string {
    this.n = (this.n * 1103515245 + 12345) >>> 0;
    return (this.n & 0xffffff).toString(16).toUpperCase().padStart(8, '0');
  }
}

const FANGSONG =
  '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>';

function run(text: string, rsid: Rsid, props = ''): string {
  const space = /^\s|\s$/u.test(text) ? ' xml:space="preserve"' : '';
  return `<w:r w:rsidR="${rsid.next()}"><w:rPr>${FANGSONG}${props}<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t${space}>${escapeXml(text)}</w:t></w:r>`;
}

/** Text split into runs at places Word splits them (edits, proofing, language changes). */
function splitRuns(text: string, rsid: Rsid, props = ''): string {
  const out: string[] = [];
  let at = 0;
  let k = 0;
  while (at < text.length) {
    // Digits and the text around them are typed at different times: separate runs.
    const digits = /\d+/u.exec(text.slice(at));
    let end = Math.min(text.length, at + 7 + ((k * 5) % 11));
    if (digits && digits.index === 0) end = at + digits[0].length;
    else if (digits && at + digits.index < end) end = at + digits.index;
    out.push(run(text.slice(at, end), rsid, props));
    if (k % 4 === 1) out.push('<w:proofErr w:type="spellStart"/>');
    if (k % 4 === 2) out.push('<w:proofErr w:type="spellEnd"/>');
    at = end;
    k++;
  }
  return out.join('');
}

function paragraphXml(block: Exclude<OutlineBlock, { kind: 'table' }>, rsid: Rsid): string {
  switch (block.kind) {
    case 'title':
      return `<w:p w:rsidR="${rsid.next()}"><w:pPr><w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:pPr>${splitRuns(block.text, rsid, '<w:b/>')}</w:p>`;
    case 'heading':
      return `<w:p w:rsidR="${rsid.next()}"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:b/></w:rPr></w:pPr>${splitRuns(block.text, rsid, '<w:b/><w:bCs/>')}</w:p>`;
    case 'paragraph': {
      const lead = block.lead ?? '';
      const body = block.text.slice(lead.length);
      const bookmark =
        body.length > 40
          ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
          : '';
      return `<w:p w:rsidR="${rsid.next()}" w:rsidRDefault="${rsid.next()}"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>${lead ? splitRuns(lead, rsid, '<w:b/>') : ''}${splitRuns(body.slice(0, 20), rsid)}${bookmark}${splitRuns(body.slice(20), rsid)}</w:p>`;
    }
  }
}

/** A cell's paragraphs: labels centred (a '\n' starts a new paragraph), figures right-aligned. */
/** How a cell is written: a figure, a total as a formula field, a figure changed with tracking. */
type CellStyle = 'label' | 'figure' | 'formula' | 'tracked';

function cellParagraphs(
  text: string,
  style: CellStyle,
  rsid: Rsid,
  pageMark: boolean,
  numbered: boolean,
  lists: { id: number },
): string {
  const small = '<w:sz w:val="21"/><w:szCs w:val="21"/>';
  const rPr = `<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/>${small}</w:rPr>`;
  const mark = pageMark ? '<w:r><w:lastRenderedPageBreak/></w:r>' : '';
  const jc = style === 'label' ? 'center' : 'right';
  const r = (t: string, tag = 'w:t'): string =>
    `<w:r w:rsidR="${rsid.next()}">${rPr}<${tag}>${escapeXml(t)}</${tag}></w:r>`;
  const field = (char: string): string => `<w:r><w:fldChar w:fldCharType="${char}"/></w:r>`;
  if (style !== 'label') {
    const pPr = `<w:pPr><w:widowControl/><w:jc w:val="${jc}"/>${rPr}</w:pPr>`;
    // Word splits a typed number into one run per keystroke burst: "82" → "8", "2".
    const runs = [...text].map((ch) => r(ch)).join('');
    if (style === 'formula')
      return `<w:p>${pPr}${mark}${field('begin')}${r(' =SUM(LEFT) ', 'w:instrText')}${field('separate')}${runs}${field('end')}</w:p>`;
    if (style === 'tracked')
      return `<w:p>${pPr}${mark}<w:del w:id="90" w:author="办公室" w:date="2025-01-15T09:00:00Z">${r(`${text}9`, 'w:delText')}</w:del><w:ins w:id="91" w:author="办公室" w:date="2025-01-15T09:00:00Z">${runs}</w:ins></w:p>`;
    return `<w:p>${pPr}${mark}${runs}</w:p>`;
  }
  // Word's list numbering: "1." is drawn by the numbering, not typed; each group's list
  // starts again at 1.
  const item = numbered ? /^(\d+)\.(.*)$/su.exec(text) : null;
  if (item?.[1] === '1') lists.id++;
  const num = item ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${lists.id}"/></w:numPr>` : '';
  const pPr = `<w:pPr><w:widowControl/>${num}<w:jc w:val="${jc}"/>${rPr}</w:pPr>`;
  return (item ? item[2]! : text)
    .split('\n')
    .map((line, i) => `<w:p>${pPr}${i === 0 ? mark : ''}${r(line)}</w:p>`)
    .join('');
}

const TEXT_WIDTH = 8844;

function tableXml(
  table: OutlineTable,
  rsid: Rsid,
  options: OfficeDocxOptions,
  rows: readonly number[],
): string {
  const grid = outlineGrid(table);
  const columns = Math.max(...grid.map((r) => r.length)) + (options.emptyTrailingColumn ? 1 : 0);
  // Label columns three times as wide as figure columns (an empty trailing column is narrow).
  const labelColumn = Array.from(
    { length: columns },
    (_, c) => c < (grid[0]?.length ?? 0) && !grid.some((row) => row[c]?.cell.figure),
  );
  const unit = TEXT_WIDTH / labelColumn.reduce((n, label) => n + (label ? 3 : 1), 0);
  const widths = labelColumn.map((label) => Math.floor(unit * (label ? 3 : 1)));
  const width = (from: number, span: number): number =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const trs = rows.map((r, i) => {
    const line = grid[r]!;
    const tcs: string[] = [];
    for (let c = 0; c < line.length;) {
      const slot = line[c]!;
      const span = slot.cell.colSpan ?? 1;
      const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
      const merged = (slot.cell.rowSpan ?? 1) > 1;
      const first = slot.row === r;
      const vMerge = merged ? (first ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      const edited = options.editedInWord === true;
      const style: CellStyle = !slot.cell.figure
        ? 'label'
        : edited && c + span === line.length
          ? 'formula'
          : edited && r === table.headerRows && c + span === line.length - 1
            ? 'tracked'
            : 'figure';
      const content = first
        ? cellParagraphs(
            slot.cell.text,
            style,
            rsid,
            i === 12 && c === 0,
            options.listNumbering === true,
            rsid.lists,
          )
        : '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>';
      tcs.push(
        `<w:tc><w:tcPr><w:tcW w:w="${width(c, span)}" w:type="dxa"/>${gridSpan}${vMerge}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`,
      );
      c += span;
    }
    if (options.emptyTrailingColumn)
      tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${widths.at(-1)!}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`);
    const header = r < table.headerRows ? '<w:tblHeader/>' : '';
    return `<w:tr w:rsidR="${rsid.next()}"><w:trPr><w:cantSplit/>${header}<w:trHeight w:val="397"/><w:jc w:val="center"/></w:trPr>${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${width(0, columns)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${trs.join('')}</w:tbl>`;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

const SECTION_PORTRAIT =
  '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>';
const SECTION_LANDSCAPE =
  '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" w:header="851" w:footer="1474" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>';

function tablesXml(
  table: OutlineTable,
  rsid: Rsid,
  options: OfficeDocxOptions,
  index: number,
): string {
  const all = range(0, table.rows.length);
  const split = options.continuedAfterRow;
  if (index !== 1 || split === undefined) return tableXml(table, rsid, options, all);
  // 续表: the table breaks at a page; its second part repeats the header rows.
  const cut = table.headerRows + split;
  const header = range(0, table.headerRows);
  return (
    tableXml(table, rsid, options, range(0, cut)) +
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
    `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run('续表', rsid)}</w:p>` +
    tableXml(table, rsid, options, [...header, ...range(cut, table.rows.length)])
  );
}

/** word/document.xml of the report. */
export function officeDocumentXml(outline: ReportOutline, options: OfficeDocxOptions = {}): string {
  const rsid = new Rsid();
  let tables = 0;
  const body = outline.blocks.map((block) => {
    if (block.kind !== 'table') return paragraphXml(block, rsid);
    const index = tables++;
    const plain = tablesXml(block.table, rsid, options, index);
    // A table inside a content control, as templates with fill-in fields have them.
    const xml = options.editedInWord
      ? `<w:sdt><w:sdtPr><w:alias w:val="统计表"/><w:id w:val="${1000 + index}"/></w:sdtPr><w:sdtContent>${plain}</w:sdtContent></w:sdt>`
      : plain;
    if (!options.landscapeTables) return xml;
    // A section break ends the portrait pages before the table and the landscape page after it.
    return `<w:p><w:pPr>${SECTION_PORTRAIT}</w:pPr></w:p>${xml}<w:p><w:pPr>${SECTION_LANDSCAPE}</w:pPr></w:p>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>${body.join('')}${SECTION_PORTRAIT}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style></w:styles>`;

const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;

/** List numbering "1." "2." …: one list per group of table 三's items (numIds 1–20). */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>${Array.from(
  { length: 20 },
  (_, i) =>
    `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
).join('')}</w:numbering>`;

const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>`;

/** The .docx package of the report as an office makes it. */
export function officeDocx(outline: ReportOutline, options: OfficeDocxOptions = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'docProps/app.xml': strToU8(APP),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
    'word/document.xml': strToU8(officeDocumentXml(outline, options)),
    'word/styles.xml': strToU8(STYLES),
    'word/footer1.xml': strToU8(FOOTER),
    'word/numbering.xml': strToU8(NUMBERING),
  });
}
