import { describe, expect, it } from 'vitest';
import { pageLines, pdfText, type PageText, type PlacedText } from './pdf-lines.ts';

/** A piece of 10-unit text; CJK characters are 10 wide, others 5. */
function piece(text: string, x: number, y: number, size = 10): PlacedText {
  const width = [...text].reduce(
    (w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : size / 2),
    0,
  );
  return { text, x, y, width, size };
}

const page = (items: PlacedText[]): PageText => ({ width: 595, height: 842, items });

describe('pageLines', () => {
  it('joins pieces on one baseline; a cell-sized gap is a TAB, a small one a space', () => {
    const p = page([
      piece('一、本年新收', 80, 200),
      piece('政府信息公开申请数量', 140, 200.5),
      piece('82', 320, 200),
      piece('0', 360, 200),
      piece('2024', 80, 230),
      piece('年', 103, 230),
    ]);
    expect(pageLines(p, 'stream', 1).lines.map((l) => l.text)).toEqual([
      '一、本年新收政府信息公开申请数量\t82\t0',
      '2024 年',
    ]);
  });

  it('joins a number wrapped in a narrow cell, and only a number', () => {
    // Drawn cell by cell: "８" over "２" (full-width digits on a 29-unit line grid), then the
    // row's other figures between them, then "５５６９.２０" over "９２".
    const p = page([
      piece('一、本年新收政府信息公开申请数量', 80, 372),
      piece('８', 340, 358),
      piece('２', 340, 387),
      piece('０', 368, 372),
      piece('５５６９.２０', 400, 358),
      piece('９２', 440, 387),
      // Two labels stacked are two lines (the text importer joins labels itself).
      piece('1.属于国家秘', 80, 420),
      piece('密', 80, 449),
    ]);
    expect(pageLines(p, 'stream', 1).lines.map((l) => l.text)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '８２',
      '０',
      '５５６９.２０９２',
      '1.属于国家秘',
      '密',
    ]);
  });

  it('keeps the drawing order: a wrapped label comes before its figures', () => {
    // Drawn cell by cell: the label's two lines, then the figures centred between them.
    const p = page([
      piece('（二）部分公开（区分处理的', 80, 300),
      piece('不计其他情形）', 80, 314),
      piece('2', 320, 307),
      piece('0', 360, 307),
    ]);
    expect(pageLines(p, 'stream', 1).lines.map((l) => l.text)).toEqual([
      '（二）部分公开（区分处理的',
      '不计其他情形）',
      '2\t0',
    ]);
    // By position: top to bottom.
    expect(pageLines(p, 'position', 1).lines.map((l) => l.text)).toEqual([
      '（二）部分公开（区分处理的',
      '2\t0',
      '不计其他情形）',
    ]);
  });

  it('starts a new line where the next piece goes back to the left', () => {
    const p = page([piece('甲乙丙', 80, 100), piece('丁戊', 80, 100.2)]);
    expect(pageLines(p, 'stream', 1).lines.map((l) => l.text)).toEqual(['甲乙丙', '丁戊']);
  });

  it('sorts pieces drawn out of order when reading by position', () => {
    const p = page([piece('0', 360, 100), piece('规章', 80, 100), piece('1', 320, 100)]);
    expect(pageLines(p, 'position', 1).lines.map((l) => l.text)).toEqual(['规章\t1\t0']);
  });

  it('leaves out page numbers at the foot or top of the page, not figures in the text', () => {
    const p = page([
      piece('— 3 —', 280, 40),
      piece('正文第一行', 80, 100),
      piece('7', 300, 400),
      piece('正文最后一行', 80, 700),
      piece('- 4 -', 280, 800),
    ]);
    const { lines, pageNumbers } = pageLines(p, 'stream', 1);
    expect(lines.map((l) => l.text)).toEqual(['正文第一行', '7', '正文最后一行']);
    expect(pageNumbers).toBe(2);
    const footer = page([piece('正文', 80, 100), piece('第 2 页 共 9 页', 250, 810)]);
    expect(pageLines(footer, 'stream', 1).lines.map((l) => l.text)).toEqual(['正文']);
  });

  it('ignores whitespace-only pieces: the gap they fill gives the space', () => {
    const p = page([piece('外交部', 80, 100), piece(' ', 110, 100), piece('2024', 114, 100)]);
    expect(pageLines(p, 'stream', 1).lines.map((l) => l.text)).toEqual(['外交部 2024']);
    const q = page([piece('外交部', 80, 100), piece(' ', 110, 100), piece('2024', 110.5, 100)]);
    expect(pageLines(q, 'stream', 1).lines.map((l) => l.text)).toEqual(['外交部2024']);
  });
});

describe('pdfText', () => {
  it('starts each page with a form feed, keeps indents and maps lines to pages', () => {
    const first = page([
      piece('一、总体情况', 100, 100),
      piece('（一）第一段开头，', 100, 120),
      piece('接着写第一段，第一段的第二行。', 80, 140),
      piece('第一段的最后一行。', 80, 160),
    ]);
    const second = page([piece('第二页正文，', 80, 100), piece('— 2 —', 280, 810)]);
    const text = pdfText([first, second], 'stream');
    expect(text.text.split('\n')).toEqual([
      '    一、总体情况',
      '    （一）第一段开头，',
      '接着写第一段，第一段的第二行。',
      '第一段的最后一行。',
      '\f第二页正文，',
    ]);
    expect(text.pageOfLine).toEqual([1, 1, 1, 1, 2]);
    expect(text.pageNumbers).toBe(1);
  });

  it('gives nothing for pages without text', () => {
    expect(pdfText([page([]), page([])], 'stream')).toEqual({
      text: '',
      pageOfLine: [],
      pageNumbers: 0,
    });
  });
});
