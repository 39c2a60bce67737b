import { describe, expect, it } from 'vitest';
import { readHtmlTables, tableGrid } from './html-tables.ts';
import { documentLines, tableLines, titleLines, type DocumentLine } from './document-text.ts';

const grid = (html: string) => tableGrid(readHtmlTables(html)[0]!);
const texts = (html: string): string[] =>
  tableLines(grid(html), 'table[1]').lines.map((l) => l.text);

describe('tableLines', () => {
  it('prints a merged group label once, in its first row, then each row’s figures in order', () => {
    const html = `<table>
      <tr><td colspan="2" rowspan="2"></td><td colspan="2">申请人情况</td></tr>
      <tr><td>自然人</td><td>总计</td></tr>
      <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>2</td></tr>
      <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td></tr>
    </table>`;
    expect(texts(html)).toEqual([
      '申请人情况',
      '自然人\t总计',
      '（三）不予公开\t1.属于国家秘密\t1\t2',
      '2.其他法律行政法规禁止公开\t0\t0',
    ]);
  });

  it('writes a blank cell among figures as a placeholder, keeping the columns', () => {
    const html = `<table>
      <tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>1</td><td></td></tr>
      <tr><td>行政规范性文件</td><td></td><td></td></tr>
      <tr><td></td><td></td><td></td></tr>
    </table>`;
    const { lines, blanks } = tableLines(grid(html), 'table[1]');
    expect(lines.map((l) => l.text)).toEqual([
      '信息内容\t本年制发件数\t现行有效件数',
      '规章\t1\t-',
      // A labelled row left blank is a row of blank figures; a row of nothing is nothing.
      '行政规范性文件\t-\t-',
    ]);
    expect(blanks).toBe(3);
    expect(lines.map((l) => l.path)).toEqual([
      'table[1]/tr[1]',
      'table[1]/tr[2]',
      'table[1]/tr[3]',
    ]);
    // Table 四 has no label: a blank first figure keeps its column.
    const reviews = `<table>
      <tr><td>行政复议</td><td>行政诉讼</td><td>总计</td></tr>
      <tr><td></td><td>3</td><td>3</td></tr>
    </table>`;
    expect(texts(reviews)).toEqual(['行政复议\t行政诉讼\t总计', '-\t3\t3']);
  });

  it('leaves out a column with nothing in it (a table drawn wider than its content)', () => {
    const html = `<table>
      <tr><td colspan="3">第二十条第（一）项</td><td></td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td><td></td></tr>
      <tr><td>规章</td><td>1</td><td></td><td></td></tr>
    </table>`;
    const { lines, blanks } = tableLines(grid(html), 'table[1]');
    // The blank under 现行有效件数 is an empty figure; the blank column is nothing.
    expect(lines.map((l) => l.text)).toEqual([
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t现行有效件数',
      '规章\t1\t-',
    ]);
    expect(blanks).toBe(1);
  });

  it('puts a cell of several lines on one line', () => {
    expect(
      texts('<table><tr><td>（二）部分公开<br>（区分处理的）</td><td>5</td></tr></table>'),
    ).toEqual(['（二）部分公开 （区分处理的）\t5']);
  });
});

describe('documentLines and titleLines', () => {
  it('makes one line per paragraph line and finds the title nearest above the first heading', () => {
    const { lines } = documentLines([
      { kind: 'text', text: '首页 > 政府信息公开 > 政府信息公开年度报告', path: 'div[1]' },
      { kind: 'text', text: '政府信息公开年度报告', path: 'li[3]' },
      { kind: 'text', text: '某某局2024年政府信息公开\n工作年度报告', path: 'h1[1]' },
      { kind: 'text', text: '  一、总体情况  ', path: 'p[1]' },
    ]);
    expect(lines.map((l: DocumentLine) => l.text)).toEqual([
      '首页 > 政府信息公开 > 政府信息公开年度报告',
      '政府信息公开年度报告',
      '某某局2024年政府信息公开',
      '工作年度报告',
      '一、总体情况',
    ]);
    expect(titleLines(lines, 0, 4)).toEqual({ first: 2, last: 3 });
    // Away from the report, only a title naming the year counts; a breadcrumb never does.
    expect(titleLines(lines.slice(0, 2), 0, 2, true)).toBeUndefined();
    expect(titleLines(lines.slice(0, 1), 0, 1)).toBeUndefined();
  });
});
