/**
 * The seeds as two kinds of HTML that are hard to read by hand, each imported through the file
 * dispatcher as GBK bytes (src/io/read decodes them) and expected to give the seed exactly, with
 * no warning:
 * - Word's "save as web page": mso styles and conditional comments everywhere, <o:p>, list
 *   numbers inside <![if !supportLists]>, no <tbody>, Word's hidden row of column widths;
 * - an old CMS template: upper-case tags, no end tags for P, TD, TR and TH, header rows as <TH>,
 *   <FONT> and <CENTER>, &nbsp; padding, a script and a comment that hold markup.
 */
import { describe, expect, it } from 'vitest';
import type { FixtureName } from '../../../domain/test-support/fixtures.ts';
import { importReportFile } from '../import-file.ts';
import { encodeGbk } from '../test-support/realistic/gov-page.ts';
import {
  outlineGrid,
  type OutlineBlock,
  type OutlineTable,
  type ReportOutline,
} from '../test-support/realistic/report-outline.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from '../test-support/realistic/seeds.ts';

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A heading's number ("一、") and its words, as Word numbers a list item. */
const numbered = (text: string): readonly [string, string] => {
  const m = /^([一二三四五六七八九十]+、)(.*)$/u.exec(text);
  return m ? [m[1]!, m[2]!] : ['', text];
};

function wordTable(table: OutlineTable): string {
  const width = outlineGrid(table)[0]!.length;
  const rows = table.rows.map((row, r) => {
    const cells = row.map((cell) => {
      const spans =
        (cell.colSpan ? ` colspan=${cell.colSpan}` : '') +
        (cell.rowSpan ? ` rowspan=${cell.rowSpan}` : '');
      const align = cell.figure ? 'right' : 'center';
      const lines = cell.text
        .split('\n')
        .map(
          (t) =>
            `<p class=MsoNormal align=${align} style='text-align:${align};mso-pagination:widow-orphan'><span style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";mso-bidi-font-family:宋体;mso-font-kerning:0pt'>${escape(t)}</span><span lang=EN-US style='font-size:10.5pt;mso-font-kerning:0pt'><o:p></o:p></span></p>`,
        )
        .join('\n  ');
      return `  <td width=${40 * (cell.colSpan ?? 1)}${spans} valign=center style='border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  ${lines}\n  </td>`;
    });
    return ` <tr style='mso-yfti-irow:${r};height:18.0pt'>\n${cells.join('\n')}\n </tr>`;
  });
  const widths = Array.from(
    { length: width },
    () => `  <td width=40 style='border:none'></td>`,
  ).join('\n');
  return `<div align=center>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600
 style='width:450.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
${rows.join('\n')}
 <![if !supportMisalignedColumns]>
 <tr height=0>
${widths}
 </tr>
 <![endif]>
</table>
</div>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`;
}

function wordBlock(block: OutlineBlock): string {
  switch (block.kind) {
    case 'title':
      return block.text
        .split('\n')
        .map(
          (t) =>
            `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><b style='mso-bidi-font-weight:normal'><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体'>${escape(t)}<span lang=EN-US><o:p></o:p></span></span></b></p>`,
        )
        .join('\n');
    case 'heading': {
      const [number, words] = numbered(block.text);
      return `<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-size:16.0pt;font-family:黑体;mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>${number}</span></span><![endif]><span style='font-size:16.0pt;font-family:黑体'>${escape(words)}<span lang=EN-US><o:p></o:p></span></span></p>`;
    }
    case 'paragraph':
      return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>${escape(block.text)}<span lang=EN-US><o:p></o:p></span></span></p>`;
    case 'table':
      return wordTable(block.table);
  }
}

/** The report as Word's "save as web page" (Web 页) writes it, in GBK. */
function wordWebPage(outline: ReportOutline): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>${escape(outline.title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>办公室</o:Author>
  <o:Pages>6</o:Pages>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify;}
p.MsoListParagraph {mso-style-priority:34; text-indent:21.0pt;}
@list l0:level1 {mso-level-number-format:chinese-counting; mso-level-text:%1、;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

${outline.blocks.map(wordBlock).join('\n\n')}

</div>

</body>

</html>
`;
}

function cmsBlock(block: OutlineBlock): string {
  switch (block.kind) {
    case 'title':
      return `<CENTER><FONT SIZE=5><B>${block.text.split('\n').map(escape).join('<BR>')}</B></FONT></CENTER>`;
    case 'heading':
      return `<P><FONT FACE=黑体>${escape(block.text)}</FONT>`;
    case 'paragraph':
      return `<P>&nbsp;&nbsp;&nbsp;&nbsp;${escape(block.text)}`;
    case 'table': {
      const { rows, headerRows } = block.table;
      const lines = rows.map((row, r) => {
        const tag = r < headerRows ? 'TH' : 'TD';
        const cells = row.map((cell) => {
          const spans =
            (cell.colSpan ? ` COLSPAN=${cell.colSpan}` : '') +
            (cell.rowSpan ? ` ROWSPAN=${cell.rowSpan}` : '');
          const text = cell.text.split('\n').map(escape).join('<BR>');
          return `<${tag}${spans}${cell.figure ? ' ALIGN=RIGHT' : ''}><P>${cell.figure ? `&nbsp;${text}&nbsp;` : text}`;
        });
        return `<TR>${cells.join('')}`;
      });
      return `<TABLE BORDER=1 CELLSPACING=0 WIDTH="100%">\n${lines.join('\n')}\n</TABLE>`;
    }
  }
}

/** The report as an old CMS template prints it: upper case, end tags left out. */
function oldCmsPage(outline: ReportOutline): string {
  return `<HTML><HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">
<TITLE>${escape(outline.title)}</TITLE>
<SCRIPT LANGUAGE=JavaScript>document.write("<TABLE><TR><TD>一、总体情况</TD><TD>99</TD></TR></TABLE>");</SCRIPT>
</HEAD>
<BODY BGCOLOR=#FFFFFF>
<!-- <TABLE><TR><TD>二、主动公开政府信息情况<TD>1 -->
${outline.blocks.map(cmsBlock).join('\n')}
</BODY></HTML>
`;
}

const PAGES: readonly (readonly [string, (outline: ReportOutline) => string])[] = [
  ['Word’s "save as web page"', wordWebPage],
  ['an old CMS template: upper case, no end tags, <TH> header rows', oldCmsPage],
];

describe('a page with markup that is hard to read by hand', () => {
  for (const name of SEED_NAMES)
    it.each(PAGES)(`${name}: %s`, async (_, page) => {
      const { report, outline } = realisticSeed(name as FixtureName);
      const html = page(outline);
      const { kind, result } = await importReportFile(encodeGbk(html), { name: `${name}.htm` });
      expect(kind).toBe('html');
      expectImportedAs(result, report);
    });
});
