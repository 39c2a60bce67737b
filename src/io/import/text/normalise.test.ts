import { describe, expect, it } from 'vitest';
import {
  blankCells,
  checkTextInput,
  compact,
  foldWidth,
  toLines,
  utf8Length,
} from './normalise.ts';

describe('checkTextInput', () => {
  it.each([
    ['', '文件是空的'],
    [' \n\t\u3000\u00A0\r\n', '文件里只有空白，没有文字'],
    ['\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E', '二进制'],
    ['PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000!\u0000' + 'x'.repeat(100), '二进制'],
    ['\uFFFD\uFFFD\uFFFD乱码\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD', '二进制'],
  ])('refuses %j with a one-line Chinese reason', (text, reason) => {
    const message = checkTextInput(text);
    expect(message).toContain(reason);
    expect(message).not.toContain('\n');
  });

  it('refuses more than 5 MB (counted in UTF-8 bytes)', () => {
    expect(checkTextInput('a'.repeat(5 * 1024 * 1024 + 1))).toContain('超过 5 MB');
    expect(checkTextInput('报'.repeat(1_800_000))).toContain('超过 5 MB'); // 5.4 MB in UTF-8
    expect(checkTextInput('报'.repeat(1_700_000))).toBeNull(); // 5.1e6 bytes < 5 MiB
  });

  it('accepts text with a stray control character or two', () => {
    expect(checkTextInput(`外交部政府信息公开工作年度报告\u0007${'正文'.repeat(500)}`)).toBeNull();
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a报😀')).toBe(1 + 3 + 4);
  });
});

describe('foldWidth and compact', () => {
  it('folds full-width digits, letters and brackets, spaces of every kind', () => {
    expect(foldWidth('（一）１２\u3000３\u00A0４－５')).toBe('(一)12 3 4-5');
  });
  it('compact drops spaces and punctuation of both widths and unifies 其它', () => {
    expect(compact('（三）不 予公开')).toBe('三不予公开');
    expect(compact('2.其它法律、行政法规禁止公开')).toBe('2其他法律行政法规禁止公开');
    expect(compact('3.危及“三安全一稳定”')).toBe('3危及三安全一稳定');
  });
});

describe('toLines', () => {
  it('drops blank lines but keeps the input line numbers (CRLF, CR, LF)', () => {
    const lines = toLines('\uFEFF标题\r\n\r\n一、总体情况\r正文\n\n  缩进的一行');
    expect(lines.map((l) => [l.number, l.raw])).toEqual([
      [1, '标题'],
      [3, '一、总体情况'],
      [4, '正文'],
      [6, '缩进的一行'],
    ]);
    expect(lines[3]!.indent).toBe(2);
  });

  it('treats a form feed as a page break', () => {
    const lines = toLines('第一页\f第二页');
    expect(lines.map((l) => [l.number, l.raw, l.pageBreak])).toEqual([
      [1, '第一页', false],
      [1, '第二页', true],
    ]);
  });

  it('removes Markdown markers: headings, emphasis, table pipes and rules', () => {
    const lines = toLines('## 一、**总体情况**\n| 规章 | 1 | 0 | 4 |\n|---|---|---|---|\n> 引用');
    expect(lines.map((l) => l.raw)).toEqual(['一、总体情况', '规章 1 0 4', '引用']);
  });
});

describe('cells of a table row copied as text', () => {
  it.each([
    ['其他对外管理服务事项\t1\t\t32万', '其他对外管理服务事项\t1\t-\t32万'],
    ['规章\t1\t\t', '规章\t1\t-\t-'],
    // A merged label's continuation (Word): not figures.
    ['\t\t2.其他法律行政法规禁止公开\t0\t0', '\t\t2.其他法律行政法规禁止公开\t0\t0'],
    [
      '一、本年新收政府信息公开申请数量\t\t\t82\t0',
      '一、本年新收政府信息公开申请数量\t-\t-\t82\t0',
    ],
    // Table 四 has no label: its cells count from its first figure.
    ['\t9\t\t1', '\t9\t-\t1'],
    ['行政许可\t\t\t', '行政许可\t-\t-\t-'],
    ['联系电话：\t\t地址', '联系电话：\t\t地址'],
  ])('%j → %j', (line, cells) => {
    expect(blankCells(line)).toBe(cells);
  });

  it('keeps blank cells in the text read, from tabs or Markdown pipes', () => {
    const lines = toLines(
      [
        '规章\t1\t\t4',
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '| --- | --- | --- | --- |',
        '| 行政规范性文件 | 4 |  | 7 |',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '规章 1 - 4',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '行政规范性文件 4 - 7',
    ]);
    expect(lines[0]!.raw).toBe('规章\t1\t\t4');
  });

  it('drops an empty last column of a table copied with one', () => {
    const lines = toLines('信息内容\t本年制发件数\t\n规章\t1\t\n行政规范性文件\t4\t');
    expect(lines.map((l) => l.text)).toEqual([
      '信息内容 本年制发件数',
      '规章 1',
      '行政规范性文件 4',
    ]);
  });
});
