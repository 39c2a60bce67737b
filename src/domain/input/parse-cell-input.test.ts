import { describe, expect, it } from 'vitest';
import type { CellKind } from '../templates/index.ts';
import { isBlankInput, normalizeFigureText, parseCellInput } from './parse-cell-input.ts';

type Accepted = readonly [text: string, kind: CellKind, value: number | null];
type Refused = readonly [text: string, kind: CellKind, message: RegExp];

describe('parseCellInput: accepted as people type it', () => {
  it.each<Accepted>([
    // plain
    ['0', 'count', 0],
    ['12', 'count', 12],
    ['007', 'count', 7],
    ['+5', 'count', 5],
    ['3.0', 'count', 3],
    ['3.', 'count', 3],
    // empty = not filled
    ['', 'count', null],
    ['   ', 'count', null],
    ['\u3000', 'money', null],
    ['\t', 'signed', null],
    // full-width digits (IME in full-width mode), full-width spaces and signs
    ['１２３', 'count', 123],
    ['　４５　', 'count', 45],
    ['－８', 'signed', -8],
    ['＋８', 'signed', 8],
    ['１２．５', 'money', 12.5],
    ['12。5', 'money', 12.5],
    // thousands separators and spaces
    ['1,234', 'count', 1234],
    ['1，234', 'count', 1234],
    ['１，２３４', 'count', 1234],
    ['12,345,678', 'count', 12345678],
    ['1 234', 'count', 1234],
    [' 12 ', 'count', 12],
    ['1\u00a0234', 'count', 1234],
    ['1,234.5', 'money', 1234.5],
    ['\u200b42', 'count', 42],
    // the printed unit after the figure
    ['12件', 'count', 12],
    ['3项', 'count', 3],
    ['5.5万元', 'money', 5.5],
    // 万 and 亿 multiply in count cells
    ['32万', 'count', 320000],
    ['３２万', 'count', 320000],
    ['1.5万', 'count', 15000],
    ['1.2345万', 'count', 12345],
    ['0.3亿', 'count', 30000000],
    ['2万件', 'count', 20000],
    ['-1万', 'signed', -10000],
    // …but name the unit in a 万元 money cell
    ['1.5万', 'money', 1.5],
    ['5569.2092', 'money', 5569.2092],
    ['5569.20920', 'money', 5569.2092],
    ['0.0001', 'money', 0.0001],
    ['5949.088667', 'money', 5949.088667],
    ['24252.311082万元', 'money', 24252.311082],
    ['0.000001', 'money', 0.000001],
    ['.5', 'money', 0.5],
    ['1.2亿', 'money', 12000],
    ['1.2亿元', 'money', 12000],
    // signed (2019 本年增/减): every minus sign, and accounting brackets
    ['-8', 'signed', -8],
    ['\u22128', 'signed', -8],
    ['\u20138', 'signed', -8],
    ['(8)', 'signed', -8],
    ['（８）', 'signed', -8],
    ['0', 'signed', 0],
    ['-0', 'signed', 0],
    ['-0', 'count', 0],
    // the largest allowed figure
    ['1000000000', 'count', 1e9],
  ])('%j as %s → %j', (text, kind, value) => {
    const result = parseCellInput(text, kind);
    expect(result).toEqual({ ok: true, value });
    if (result.ok && result.value === 0) expect(Object.is(result.value, -0)).toBe(false);
  });
});

describe('parseCellInput: refused with a Chinese message', () => {
  it.each<Refused>([
    // letters and other text (pinyin left over from an IME, words, formulas)
    ['abc', 'count', /“abc”不是数字/],
    ['yi', 'count', /不是数字/],
    ['12a', 'count', /不是数字/],
    ['1e3', 'count', /不是数字/],
    ['=A1+B1', 'count', /不是数字/],
    ['十二', 'count', /不是数字/],
    ['—', 'count', /不是数字/],
    ['-', 'signed', /不是数字/],
    ['.', 'money', /不是数字/],
    ['12%', 'count', /不是数字/],
    ['1.2.3', 'money', /不是数字/],
    ['--5', 'signed', /不是数字/],
    ['(-5)', 'signed', /不是数字/],
    ['12万元', 'count', /不是数字/],
    ['5件', 'money', /不是数字/],
    // separators in the wrong place
    ['1,23', 'count', /千位分隔符位置不对/],
    ['12,34,567', 'count', /千位分隔符位置不对/],
    ['1,2345', 'count', /千位分隔符位置不对/],
    // decimals in count cells
    ['2.5', 'count', /应为整数/],
    ['0.5', 'signed', /应为整数/],
    ['１．５', 'count', /应为整数/],
    ['1.23456万', 'count', /12345\.6，不是整数/],
    // negatives except 本年增/减
    ['-3', 'count', /不能为负数/],
    ['－３', 'count', /不能为负数/],
    ['(3)', 'count', /不能为负数/],
    ['-1.5', 'money', /金额不能为负数/],
    // money: at most 4 decimals, and 元 is not 万元
    ['1.2345678', 'money', /最多保留 6 位小数/],
    ['5000元', 'money', /单位是万元.*请填 0\.5/],
    ['abc元', 'money', /不是数字/],
    // too big
    ['1000000001', 'count', /数值过大/],
    ['20亿', 'count', /数值过大/],
    ['-2000000000', 'signed', /数值过大/],
  ])('%j as %s', (text, kind, message) => {
    const result = parseCellInput(text, kind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names the text that was refused as it was typed (trimmed)', () => {
    expect(parseCellInput('  十二件 ', 'count')).toEqual({
      ok: false,
      problem: { kind: 'notANumber', text: '十二件' },
      message: '“十二件”不是数字：请填写阿拉伯数字，没有的填 0',
    });
  });

  it('is a pure function of the committed text: an unfinished IME composition never reaches it, and pinyin that does is refused', () => {
    // What an IME leaves in the field mid-composition (e.g. "shi'er") is letters; the editor does not
    // parse during composition, and if such text is committed it is refused, not turned into a number.
    expect(parseCellInput("shi'er", 'count').ok).toBe(false);
    // The composed result in full-width digits is read normally.
    expect(parseCellInput('１２', 'count')).toEqual({ ok: true, value: 12 });
  });
});

describe('normalizeFigureText and isBlankInput', () => {
  it.each([
    ['１２３', '123'],
    [' 1 , 234 ', '1,234'],
    ['１，２３４．５', '1,234.5'],
    ['\u2212５', '-5'],
    ['（８）', '(8)'],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeFigureText(text)).toBe(normalized);
  });

  it.each([
    ['', true],
    [' \t\u3000\u00a0', true],
    ['0', false],
    ['\u200b', true],
  ])('isBlankInput(%j) is %s', (text, blank) => {
    expect(isBlankInput(text)).toBe(blank);
  });
});
