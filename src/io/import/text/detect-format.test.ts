import { describe, expect, it } from 'vitest';
import { voteFormats } from './detect-format.ts';
import { compact } from './normalise.ts';

const winner = (text: string): string => {
  const [best, second] = voteFormats(compact(text));
  return best!.score > (second?.score ?? 0) ? best!.format : 'tie';
};

describe('voteFormats', () => {
  it.each([
    ['信息内容 本年制发件数 本年废止件数 现行有效件数', '2021'],
    ['行政规范性文件 4 0 7', '2021'],
    ['信息内容 本年新\n制作数量 本年新\n公开数量 对外公开总数量', '2019'],
    ['第二十条第（九）项 信息内容 采购项目数量 采购总金额', '2019'],
    ['信息内容 上一年项目数量 本年增/减 处理决定数量', '2019'],
    ['规范性文件 0 0 3', '2019'],
    ['（一）予以公开 2 0 0 0 0 0 2', 'tie'],
  ])('%s → %s', (text, format) => {
    expect(winner(text)).toBe(format);
  });

  it('does not count 规范性文件 inside 行政规范性文件, nor 处理决定数量 inside 本年处理决定数量', () => {
    const votes = voteFormats(compact('行政规范性文件 信息内容 本年处理决定数量'));
    expect(votes.find((v) => v.format === '2019')!.score).toBe(0);
    expect(votes.find((v) => v.format === '2021')!.evidence).toEqual([
      '行政规范性文件',
      '本年处理决定数量',
    ]);
  });
});
