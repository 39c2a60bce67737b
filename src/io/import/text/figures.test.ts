import { describe, expect, it } from 'vitest';
import { figureValue, isFiguresOnly, isPageNumber, splitFigures, type Piece } from './figures.ts';
import { foldWidth } from './normalise.ts';

const show = (pieces: Piece[]): string[] =>
  pieces.map((p) => (p.kind === 'text' ? `T:${p.text}` : `F:${p.printed}`));

describe('splitFigures', () => {
  it.each([
    ['规章 1 0 4', ['T:规章', 'F:1', 'F:0', 'F:4']],
    ['规章1 0 4', ['T:规章', 'F:1', 'F:0', 'F:4']],
    [
      '1.属于国家秘密 2 0 0 0 0 0 2',
      ['T:1.属于国家秘密', 'F:2', 'F:0', 'F:0', 'F:0', 'F:0', 'F:0', 'F:2'],
    ],
    ['其他对外管理服务事项 1 0 32 万', ['T:其他对外管理服务事项', 'F:1', 'F:0', 'F:32 万']],
    ['政府集中采购 38 12808 万元', ['T:政府集中采购', 'F:38', 'F:12808 万元']],
    ['5569.2092万元', ['F:5569.2092万元']],
    ['6.属于四类过程性 0 0 0 信息', ['T:6.属于四类过程性', 'F:0', 'F:0', 'F:0', 'T:信息']],
    ['行政处罚 5 -2 7', ['T:行政处罚', 'F:5', 'F:-2', 'F:7']],
    ['1,234 5', ['F:1,234', 'F:5']],
    ['行政强制 -', ['T:行政强制', 'F:-']],
    ['规章 - / 3', ['T:规章', 'F:-', 'F:/', 'F:3']],
    ['行政许可 ——', ['T:行政许可', 'F:——']],
    ['行政处罚 无 3', ['T:行政处罚', 'F:无', 'F:3']],
    ['（四）无', ['T:(四)无']],
    [
      '一、本年新收政府信息公开申请数量,40,3,0,0,1,0,44',
      ['T:一、本年新收政府信息公开申请数量', 'F:40', 'F:3', 'F:0', 'F:0', 'F:1', 'F:0', 'F:44'],
    ],
    // not figures: years, notes in brackets, percentages, item numbers
    ['上一年项目数量（指2019年事项数）', ['T:上一年项目数量(指2019年事项数)']],
    ['本年增/减（减用负值表示，如-8）', ['T:本年增/减(减用负值表示,如-8)']],
    ['外交部政府信息公开工作 2024 年度报告', ['T:外交部政府信息公开工作 2024 年度报告']],
    ['增长 1.6%', ['T:增长 1.6%']],
  ])('%s', (text, expected) => {
    expect(show(splitFigures(foldWidth(text)))).toEqual(expected);
  });

  it('reads full-width digits once folded', () => {
    expect(show(splitFigures(foldWidth('规章　１　０　４')))).toEqual([
      'T:规章',
      'F:1',
      'F:0',
      'F:4',
    ]);
  });

  it('isFiguresOnly', () => {
    expect(isFiguresOnly('1 0 1 0 2 0 0 0 0 0 0 0 0 0 0', 2)).toBe(true);
    expect(isFiguresOnly('7', 2)).toBe(false);
    expect(isFiguresOnly('理 3件。', 2)).toBe(false);
  });
});

describe('isPageNumber', () => {
  it.each(['7', '- 7 -', '—12—', '第 3 页', '第3页 共12页', '3/12'])('%s is a page number', (t) =>
    expect(isPageNumber(t)).toBe(true),
  );
  it.each(['1 0 4', '2024', '规章 1', '7.属于'])('%s is not', (t) =>
    expect(isPageNumber(t)).toBe(false),
  );
});

describe('figureValue', () => {
  it('reads 万 in counts and 万元 in money', () => {
    expect(figureValue('32 万', 'count')).toEqual({ ok: true, value: 320000 });
    expect(figureValue('5569.2092万元', 'money')).toEqual({ ok: true, value: 5569.2092 });
    expect(figureValue('12808 万元', 'money')).toEqual({ ok: true, value: 12808 });
    expect(figureValue('-2', 'signed')).toEqual({ ok: true, value: -2 });
  });
  it('converts 元 to 万元 with a note', () => {
    const read = figureValue('125000元', 'money');
    expect(read).toEqual({ ok: true, value: 12.5, note: 'yuan' });
  });
  it('gives null with a note for a placeholder', () => {
    expect(figureValue('-', 'count', true)).toEqual({ ok: true, value: null, note: 'placeholder' });
  });
  it('refuses what a cell cannot hold', () => {
    expect(figureValue('3.5', 'count').ok).toBe(false);
    expect(figureValue('-3', 'count').ok).toBe(false);
  });
});
