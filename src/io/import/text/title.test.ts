import { describe, expect, it } from 'vitest';
import { toLines } from './normalise.ts';
import { agencyIn, findTitle, isAgencyLine, yearIn } from './title.ts';

describe('findTitle', () => {
  it.each([
    [' 外交部政府信息公开工作\n2024 年度报告\n\n2024 年，外交部……', '外交部', 2024, 1],
    ['外交部政府信息公开工作 2020 年度报告\n正文', '外交部', 2020, 0],
    ['XX市XX局2024年政府信息公开工作年度报告\n正文', 'XX市XX局', 2024, 0],
    ['2024年XX市XX局政府信息公开工作年度报告\n正文', 'XX市XX局', 2024, 0],
    ['XX市人民政府办公室关于2023年度政府信息公开工作年度报告\n正文', 'XX市人民政府办公室', 2023, 0],
    ['XX区政府信息公开工作年度报告（2022年度）\n正文', 'XX区', 2022, 0],
    ['《XX县人民政府2021年政务公开工作年度报告》\n正文', 'XX县人民政府', 2021, 0],
    [
      '索引号：000014349/2025-00012\n发布日期：2025-01-20\nXX省XX厅2024年政府信息公开工作年度报告\n正文',
      'XX省XX厅',
      2024,
      2,
    ],
  ])('%j', (text, agency, year, last) => {
    const lines = toLines(text);
    const title = findTitle(lines, lines.length);
    expect(title).toMatchObject({ agency, year, last });
  });

  it('takes the title nearest the report, preferring one that names its year', () => {
    // A web page copied whole: a menu item, a link to last year's report, then the title.
    const lines = toLines(
      [
        '首页',
        '政府信息公开年度报告',
        '外交部政府信息公开工作2023年度报告',
        ...Array.from({ length: 20 }, (_, i) => `栏目${i}`),
        '外交部政府信息公开工作2024年度报告',
        '发布时间：2025-01-21',
        '2024年，外交部坚持……',
        '一、总体情况',
      ].join('\n'),
    );
    expect(findTitle(lines, 26)).toMatchObject({ first: 23, year: 2024, agency: '外交部' });
    // No title names a year: the nearest one.
    const plain = toLines('政府信息公开年度报告\n某某区政府信息公开工作年度报告\n一、总体情况');
    expect(findTitle(plain, 2)).toMatchObject({ first: 1, agency: '某某区' });
  });

  it('counts a title repeated on every page (a running header) from its first printing', () => {
    const lines = toLines(
      '外交部政府信息公开工作2024年度报告\n2024年，外交部……\n外交部政府信息公开工作2024年度报告\n严格按照……\n一、总体情况',
    );
    expect(findTitle(lines, 4)).toMatchObject({ first: 0, last: 0 });
  });

  it('does not take a sentence of the preamble for the title', () => {
    const lines = toLines(
      '本报告根据《中华人民共和国政府信息公开条例》要求编制，报告中所列数据的统计期限自2023年1月1日起。',
    );
    expect(findTitle(lines, lines.length)).toBeUndefined();
  });

  it('yearIn and agencyIn', () => {
    expect(yearIn('2024 年，外交部')).toBe(2024);
    expect(yearIn('第 73 届')).toBeUndefined();
    expect(agencyIn('政府信息公开工作年度报告')).toBeUndefined();
  });
});

describe('isAgencyLine', () => {
  it('takes a name with a figure inside it, as schools and numbered bureaus are named', () => {
    for (const name of ['某某县第22局', '某市第3中学', '外交部', '某某市人民政府办公室'])
      expect(isAgencyLine(name), name).toBe(true);
  });

  it('refuses dates, numbered lines and menu items', () => {
    for (const line of [
      '2025年1月20日',
      '22局',
      '2024年度报告',
      '首页 > 政务公开',
      '（一）主动公开',
    ])
      expect(isAgencyLine(line), line).toBe(false);
  });
});
