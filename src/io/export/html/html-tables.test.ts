import { describe, expect, it } from 'vitest';
import { readHtmlTables, tableGrid, type HtmlTable } from './html-tables.ts';
import { decodeEntities, tokenizeHtml } from './html-tokens.ts';

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
        selfClosing: false,
      },
      { type: 'text', text: '1<2' },
      { type: 'end', name: 'td' },
      { type: 'start', name: 'br', attributes: new Map(), selfClosing: true },
    ]);
  });

  it('skips comments, Word conditional comments, doctype, script and style content', () => {
    const tokens = tokenizeHtml(
      '<!DOCTYPE html><!--[if gte mso 9]><xml><w:x>no</w:x></xml><![endif]--><![if !supportLists]>a<![endif]>' +
        '<script>if (a < b) document.write("<td>x</td>")</script><style>td{}</style><title>T &amp; U</title>b',
    );
    const text = tokens
      .filter((t) => t.type === 'text')
      .map((t) => (t.type === 'text' ? t.text : ''));
    expect(text).toEqual(['a', 'T & U', 'b']);
    expect(tokens.some((t) => t.type === 'start' && t.name === 'td')).toBe(false);
  });

  it('keeps a lone < and unterminated markup as far as it goes', () => {
    expect(tokenizeHtml('a < b')).toEqual([{ type: 'text', text: 'a < b' }]);
    expect(tokenizeHtml('x<!-- open')).toEqual([{ type: 'text', text: 'x' }]);
    const open = tokenizeHtml('<td class="a');
    expect(open[0]).toMatchObject({ type: 'start', name: 'td' });
  });

  it('decodes named, decimal and hex references, with or without the semicolon where browsers do', () => {
    expect(
      decodeEntities('&amp;&lt;&gt;&quot;&#39;&nbsp;&ldquo;中&rdquo;&#20013;&#x6587;&#150;'),
    ).toBe('&<>"\'\u00a0“中”中文–');
    expect(decodeEntities('&amp &nbsp x')).toBe('& \u00a0 x');
    expect(decodeEntities('&unknown; &ldquo &#0; &#xD800;')).toBe('&unknown; &ldquo \ufffd \ufffd');
    expect(decodeEntities('&constructor; &__proto__;')).toBe('&constructor; &__proto__;');
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
