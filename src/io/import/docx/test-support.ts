/**
 * Test-only: small .docx packages made with fflate (as Word and WPS write them: tables with
 * w:gridSpan and w:vMerge continuation cells), and the synthetic report of ../html/test-support.ts
 * turned into a Word document.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { readHtmlTables, tableGrid } from '../html/html-tables.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A paragraph of one run (with the `w` prefix). */
export const paragraph = (text: string): string =>
  `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** word/document.xml around a body (the `w` prefix unless another is given). */
export function documentXml(body: string, prefix = 'w'): string {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return prefix === 'w'
    ? xml
    : xml
        .replace(/(<\/?)w:/gu, `$1${prefix}:`)
        .replace(/ w:/gu, ` ${prefix}:`)
        .replace('xmlns:w=', `xmlns:${prefix}=`);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = (target: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

/** A .docx package: the main part at `main` (word/document.xml), plus any other parts. */
export function docxPackage(
  document: string,
  parts: Readonly<Record<string, string>> = {},
  main = 'word/document.xml',
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS(main)),
    [main]: strToU8(document),
  };
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return zipSync(files);
}

/**
 * An HTML table as Word writes it: each merged cell's first row has w:vMerge="restart", each
 * row below it a w:vMerge continuation cell (no value) with the same w:gridSpan.
 */
export function wordTable(html: string): string {
  const table = readHtmlTables(html)[0]!;
  const grid = tableGrid(table);
  const rows = grid.map((line, r) => {
    const cells: string[] = [];
    line.forEach((slot, c) => {
      if (!slot || slot.anchorColumn !== c) return;
      const span = slot.cell.colSpan > 1 ? `<w:gridSpan w:val="${slot.cell.colSpan}"/>` : '';
      const first = slot.anchorRow === r;
      const merge =
        slot.cell.rowSpan > 1 ? (first ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      const text = first ? slot.cell.text : '';
      cells.push(
        `<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${paragraph(text)}</w:tc>`,
      );
    });
    return `<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${cells.join('')}</w:tr>`;
  });
  const columns = grid[0]?.length ?? 0;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="900"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The body of an HTML report (paragraphs, headings and tables only) as a Word body. */
export function wordBody(html: string): string {
  const out: string[] = [];
  for (const m of html.matchAll(/<table[\s\S]*?<\/table>|<(p|h1)>([\s\S]*?)<\/\1>/gu)) {
    if (m[1] === undefined) out.push(wordTable(m[0]));
    else out.push(paragraph(m[2]!.replace(/<[^>]*>/gu, '')));
  }
  return out.join('');
}
