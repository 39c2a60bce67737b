import { describe, expect, it } from 'vitest';
import { readHtmlTables, tableGrid, type HtmlTable } from './html-tables.ts';
import { tokenizeHtml, type HtmlToken } from './html-tokens.ts';

/** The text of the tokens, as one string per text token. */
const textsOf = (tokens: readonly HtmlToken[]): string[] =>
  tokens.flatMap((t) => (t.type === 'text' ? [t.text] : []));

const texts = (table: HtmlTable): string[][] => table.rows.map((r) => r.cells.map((c) => c.text));

describe('tokenizeHtml', () => {
  it('reads tags, attributes in every quoting style, and decoded text', () => {
    const tokens = tokenizeHtml(
      `<TD Class=num data-cell="a.b" title='x &amp; y' hidden rowspan = 2>1&lt;2</Td><br/>`,
    );
    expect(tokens).toEqual([
      {
        type: 'start',
        name: 'td',
        attributes: new Map([
          ['class', 'num'],
          ['data-cell', 'a.b'],
          ['title', 'x & y'],
          ['hidden', ''],
          ['rowspan', '2'],
        ]),
        end: 2,
      },
      { type: 'text', text: '1<2' },
      { type: 'end', name: 'td' },
      { type: 'start', name: 'br', attributes: new Map(), end: 3 },
    ]);
  });

  it('skips comments, Word conditional comments, doctype, script and style content', () => {
    const tokens = tokenizeHtml(
      '<!DOCTYPE html><!--[if gte mso 9]><xml><w:x>no</w:x></xml><![endif]--><![if !supportLists]>a<![endif]>' +
        '<script>if (a < b) document.write("<td>x</td>")</script><style>td{}</style><title>T &amp; U</title>b',
    );
    expect(textsOf(tokens)).toEqual(['a', 'T & U', 'b']);
    expect(tokens.some((t) => t.type === 'start' && t.name === 'td')).toBe(false);
  });

  it('keeps a lone < and unterminated markup as far as it goes', () => {
    expect(tokenizeHtml('a < b')).toEqual([{ type: 'text', text: 'a < b' }]);
    expect(tokenizeHtml('x<!-- open')).toEqual([{ type: 'text', text: 'x' }]);
    const open = tokenizeHtml('<td class="a');
    expect(open[0]).toMatchObject({ type: 'start', name: 'td' });
  });

  it('decodes named, decimal and hex references, with or without the semicolon where browsers do', () => {
    const decoded = (html: string): string => textsOf(tokenizeHtml(html)).join('');
    expect(decoded('&amp;&lt;&gt;&quot;&#39;&nbsp;&ldquo;中&rdquo;&#20013;&#x6587;&#150;')).toBe(
      '&<>"\'\u00a0“中”中文–',
    );
    expect(decoded('&amp &nbsp x')).toBe('& \u00a0 x');
    expect(decoded('&unknown; &ldquo &#0; &#xD800;')).toBe('&unknown; &ldquo \ufffd \ufffd');
    expect(decoded('&constructor; &__proto__;')).toBe('&constructor; &__proto__;');
    expect(decoded('<td title="&quot;a&quot;">&mdash;&hellip;&times;&yen;&#x2014;')).toBe('—…×¥—');
  });
});

describe('readHtmlTables', () => {
  it('reads sloppy markup: missing end tags, upper case, rows outside a section', () => {
    const [table] = readHtmlTables(`
      <TABLE border=1>
        <TR><TH colspan=2>申请人情况<TH>x
        <tr><td>1<td>&nbsp;2&nbsp;<td>
      </TABLE>`);
    expect(texts(table!)).toEqual([
      ['申请人情况', 'x'],
      ['1', '2', ''],
    ]);
    expect(table!.rows[0]!.cells[0]).toMatchObject({ header: true, colSpan: 2, rowSpan: 1 });
    expect(table!.attributes.get('border')).toBe('1');
  });

  it('keeps line breaks inside cells and collapses other whitespace', () => {
    const [table] = readHtmlTables(
      '<table><tr><td><p>（二）部分公开</p><p>（区分处理的，\n   只计这一情形）</p></td><td>a<br>b</td></tr></table>',
    );
    expect(texts(table!)).toEqual([['（二）部分公开\n（区分处理的， 只计这一情形）', 'a\nb']]);
  });

  it('reads sections, caption and nested tables (in start order, text kept apart)', () => {
    const tables = readHtmlTables(`
      <table><caption> 表 三 </caption>
        <thead><tr><th>h</th></tr></thead>
        <tbody><tr><td>outer<table><tr><td>inner</td></tr></table>after</td></tr></tbody>
        <tbody><tr><td>second group</td></tr></tbody>
      </table>
      <table><tr><td>last</td></tr></table>`);
    expect(tables.map(texts)).toEqual([
      [['h'], ['outerafter'], ['second group']],
      [['inner']],
      [['last']],
    ]);
    expect(tables[0]!.caption).toBe('表 三');
    expect(tables[0]!.rows.map((r) => [r.section, r.group])).toEqual([
      ['thead', 0],
      ['tbody', 1],
      ['tbody', 2],
    ]);
  });

  it('reads a table left open at the end of the document', () => {
    expect(readHtmlTables('<table><tr><td>1<td>2').map(texts)).toEqual([[['1', '2']]]);
  });

  it('reads spans tolerantly: junk, zero and huge values', () => {
    const [table] = readHtmlTables(
      '<table><tr><td rowspan="2x" colspan=" 3">a</td><td colspan=0>b</td><td colspan=99999 rowspan=abc>c</td></tr></table>',
    );
    expect(table!.rows[0]!.cells.map((c) => [c.rowSpan, c.colSpan])).toEqual([
      [2, 3],
      [1, 1],
      [1, 1000],
    ]);
  });
});

describe('readHtmlTables on markup as offices publish it', () => {
  it('reads Word’s "save as web page" table: mso styles, <o:p>, conditional rows, no <tbody>', () => {
    const [table, ...more] = readHtmlTables(`<div class=WordSection1>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:15.6pt'>
  <td width=189 colspan=2 rowspan=2 valign=top style='width:5.0cm;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>
  <p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体;mso-ascii-font-family:"Times New Roman"'>信息内容<span lang=EN-US><o:p></o:p></span></span></p>
  </td>
  <td width=95 style='width:2.0cm'><p class=MsoNormal><span lang=EN-US style='mso-bidi-font-size:10.5pt'>本年<br>
  制发件数<o:p></o:p></span></p></td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td width=95><p class=MsoNormal align=right><span lang=EN-US>1<o:p></o:p></span><span lang=EN-US>2</span></p></td>
 </tr>
 <![if !supportMisalignedColumns]>
 <tr height=0><td width=94 style='border:none'></td><td width=95 style='border:none'></td><td width=95 style='border:none'></td></tr>
 <![endif]>
</table>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div>`);
    expect(more).toEqual([]);
    expect(texts(table!)).toEqual([['信息内容', '本年\n制发件数'], ['12'], ['', '', '']]);
    expect(tableGrid(table!).map((line) => line.map((s) => s?.cell.text ?? null))).toEqual([
      ['信息内容', '信息内容', '本年\n制发件数'],
      ['信息内容', '信息内容', '12'],
      ['', '', ''],
    ]);
  });

  it('reads a CMS table with no end tags, upper-case tags, <th>, &nbsp; and unclosed <p>s', () => {
    const [table] = readHtmlTables(`<TABLE BORDER=1 WIDTH=100%>
<CAPTION>表三&nbsp;收到和处理政府信息公开申请情况
<TR><TH ROWSPAN=2><P>申请人<BR>情况<TH COLSPAN=2><P>法人或其他组织
<TR><TH><P>商业企业<TH><P>科研机构
<TR><TD><P>一、本年新收<TD><P ALIGN=right>&nbsp;12&nbsp;<TD><P>3
<TR><TD>二、上年结转<TD>0<TD>&nbsp;
</TABLE><P>表后文字`);
    expect(table!.caption).toBe('表三 收到和处理政府信息公开申请情况');
    expect(texts(table!)).toEqual([
      ['申请人\n情况', '法人或其他组织'],
      ['商业企业', '科研机构'],
      ['一、本年新收', '12', '3'],
      ['二、上年结转', '0', ''],
    ]);
    expect(table!.rows.flatMap((r) => r.cells.map((c) => c.header))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(tableGrid(table!)[1]!.map((s) => s?.cell.text)).toEqual([
      '申请人\n情况',
      '商业企业',
      '科研机构',
    ]);
  });

  it('reads a table nested in an unclosed cell as a table of its own', () => {
    const tables = readHtmlTables(
      '<table><tr><td>左<p>栏<table><tr><td>内<td>表</table><td>右<tr><td>下</table>',
    );
    expect(tables.map(texts)).toEqual([[['左\n栏', '右'], ['下']], [['内', '表']]]);
  });

  it('reads no markup inside comments, conditional comments, script or style', () => {
    const tables = readHtmlTables(`<!--[if !mso]><table><tr><td>隐藏</td></tr></table><![endif]-->
<table><tr><td>a<script>document.write("</td></tr></table><table><tr><td>x")</script><style>td:after{content:"</table>"}</style></td>
<td><!-- <td>注释</td> -->b</td></tr></table>`);
    expect(tables.map(texts)).toEqual([[['a', 'b']]]);
  });
});

describe('tableGrid', () => {
  it('expands rowspan and colspan as browsers lay them out', () => {
    const [table] = readHtmlTables(`<table>
      <tr><td rowspan=3>A</td><td colspan=2>B</td></tr>
      <tr><td>C</td><td rowspan=2>D</td></tr>
      <tr><td>E</td></tr></table>`);
    const grid = tableGrid(table!);
    expect(grid.map((line) => line.map((s) => s?.cell.text))).toEqual([
      ['A', 'B', 'B'],
      ['A', 'C', 'D'],
      ['A', 'E', 'D'],
    ]);
    expect(grid[2]![2]).toMatchObject({ anchor: false, anchorRow: 1, anchorColumn: 2 });
    expect(grid[0]![1]).toMatchObject({ anchor: true, anchorRow: 0, anchorColumn: 1 });
  });

  it('stops rowspans at the end of their row group and leaves holes as null', () => {
    const [table] = readHtmlTables(`<table>
      <thead><tr><th rowspan=5>H</th><th>x</th></tr></thead>
      <tbody><tr><td>1</td></tr><tr><td>2</td><td>3</td><td>4</td></tr></tbody></table>`);
    const grid = tableGrid(table!);
    expect(grid.map((line) => line.map((s) => s?.cell.text ?? null))).toEqual([
      ['H', 'x', null],
      ['1', null, null],
      ['2', '3', '4'],
    ]);
  });
});
