import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../../domain/index.ts';
import { locateSections } from './locate-sections.ts';
import { toLines } from './normalise.ts';
import { seedText } from './test-support.ts';

const sections = getTemplate('2021').sections;

function headingsOf(text: string): [string, number, string][] {
  const lines = toLines(text);
  return locateSections(lines, sections).map((h) => [
    h.expected.slice(0, 1),
    lines[h.line]!.number,
    h.rest,
  ]);
}

describe('locateSections', () => {
  it('finds the six headings of both seeds, variants included', () => {
    expect(headingsOf(seedText('mfa-2024')).map(([n, line]) => [n, line])).toEqual([
      ['一', 16],
      ['二', 96],
      ['三', 131],
      ['四', 247], // 四、政府信息公开工作被申请行政复议、提起行政诉讼情况
      ['五', 305], // 五、政府信息公开工作存在的主要问题及改进情况
      ['六', 329],
    ]);
    expect(headingsOf(seedText('mfa-2020')).map(([n, line]) => [n, line])).toEqual([
      ['一', 13],
      ['二', 138],
      ['三', 183],
      ['四', 347],
      ['五', 446], // 五、存在的主要问题及工作设想
      ['六', 478],
    ]);
  });

  it.each([
    ['六、其他事项', '六'],
    ['六、其他报告事项', '六'],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '四'],
    ['五. 存在的主要问题及改进情况', '五'],
    ['## 五、存在的主要问题及改进情况', '五'],
  ])('accepts the variant heading %s', (heading, number) => {
    expect(headingsOf(`${heading}\n正文。`)).toEqual([[number, 1, '']]);
  });

  it('does not take table rows numbered 一、二、三、四 for headings', () => {
    const text =
      '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1\n二、上年结转政府信息公开申请数量 0\n三、本年度办理结果\n四、结转下年度继续办理 0\n四、政府信息公开行政复议、行政诉讼情况';
    expect(headingsOf(text).map(([n, line]) => [n, line])).toEqual([
      ['三', 1],
      ['四', 6],
    ]);
  });

  it('joins a heading broken over two lines, and splits off text on the heading line', () => {
    expect(headingsOf('四、政府信息公开行政复议、行\n政诉讼情况\n行政复议')).toEqual([
      ['四', 1, ''],
    ]);
    expect(headingsOf('一、总体情况　2023年，本局认真贯彻……')).toEqual([
      ['一', 1, '2023年，本局认真贯彻……'],
    ]);
  });
});
