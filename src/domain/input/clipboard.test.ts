import { describe, expect, it } from 'vitest';
import { isBlockText, parseClipboardBlock } from './clipboard.ts';

describe('parseClipboardBlock', () => {
  it.each<readonly [string, string, string[][]]>([
    ['nothing', '', []],
    ['only a line break', '\r\n', []],
    ['one value', '12', [['12']]],
    ['one Excel cell (trailing \\r\\n)', '12\r\n', [['12']]],
    ['a row', '1\t2\t3', [['1', '2', '3']]],
    [
      'Excel rows with \\r\\n and a trailing newline',
      '1\t2\r\n3\t4\r\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    [
      '\\n line ends (WPS on Linux, browsers)',
      '1\t2\n3\t4\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['lone \\r line ends', '1\r2\r', [['1'], ['2']]],
    [
      'empty cells keep their place',
      '1\t\t3\r\n\t5\t\r\n',
      [
        ['1', '', '3'],
        ['', '5', ''],
      ],
    ],
    ['an empty row in the middle', '1\r\n\r\n3\r\n', [['1'], [''], ['3']]],
    ['two trailing newlines: the last row is an explicitly empty one', '1\n\n', [['1'], ['']]],
    ['a trailing tab is an empty last cell', '1\t', [['1', '']]],
    ['ragged rows', '1\t2\t3\r\n4\r\n', [['1', '2', '3'], ['4']]],
    ['cells are not trimmed', ' 1 \t１，２３４\r\n', [[' 1 ', '１，２３４']]],
    ['a quoted cell with a line break inside (Excel)', '"a\r\nb"\t2\r\n', [['a\r\nb', '2']]],
    ['a quoted cell with doubled quotes', '"say ""hi"""\t1', [['say "hi"', '1']]],
    ['a quoted cell with a tab inside', '"1\t2"\t3', [['1\t2', '3']]],
    ['a stray quote is taken literally', '"12\t3', [['"12', '3']]],
    ['a quote in the middle is literal', '12"\t3', [['12"', '3']]],
    ['an unclosed quoted cell running into text is literal', '"a"b\t1', [['"a"b', '1']]],
  ])('%s', (_name, text, rows) => {
    expect(parseClipboardBlock(text)).toEqual(rows);
  });
});

describe('isBlockText', () => {
  it.each([
    ['12', false],
    ['1,234', false],
    ['12\r\n', true],
    ['1\t2', true],
    ['1\n2', true],
  ])('%j → %s', (text, block) => {
    expect(isBlockText(text)).toBe(block);
  });
});
