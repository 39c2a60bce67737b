import { describe, expect, it } from 'vitest';
import {
  anywhereMatch,
  coverage,
  labelForms,
  lcsLength,
  similarity,
  tailMatch,
} from './label-match.ts';
import { compact } from './normalise.ts';

describe('lcsLength and similarity', () => {
  it('measures the longest common subsequence', () => {
    expect(
      lcsLength(
        '政府信息公开行政复议行政诉讼情况',
        '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      ),
    ).toBe(16);
    expect(lcsLength('', 'abc')).toBe(0);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('存在的主要问题及改进情况', '存在的主要问题及工作设想')).toBeCloseTo(2 / 3);
  });
});

describe('labelForms', () => {
  it('offers the label without its bracketed note', () => {
    expect(labelForms('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual([
      '二部分公开区分处理的只计这一情形不计其他情形',
      '二部分公开',
    ]);
    expect(labelForms('规章')).toEqual(['规章']);
  });

  it('offers an item without its number (drawn by Word’s list numbering)', () => {
    expect(labelForms('3.其他')).toEqual(['3其他', '其他']);
    expect(tailMatch(labelForms('3.其他'), compact('其他'))).toBe(1);
    // A short label counts only right at the end: not "其他" inside "不计其他情形" before 小计.
    expect(tailMatch(labelForms('3.其他'), compact('不计其他情形）小计'))).toBeLessThan(0.6);
  });
});

describe('matching printed labels with template labels', () => {
  // [printed text before the figures, template label, should match (score ≥ 0.6)]
  const cases: [string, string, boolean][] = [
    ['行政规范性文件', '行政规范性文件', true],
    ['行政 规范性 文件', '行政规范性文件', true], // spaces inside
    ['行政规范文件', '行政规范性文件', true], // a missing character
    ['(三)不予公开1.属于国家秘密', '1.属于国家秘密', true], // half-width brackets, group label before
    ['三、本年度办理结果（一）予以公开', '（一）予以公开', true],
    ['2.其它法律行政法规禁止开', '2.其他法律行政法规禁止公开', true], // 其它, missing 公
    ['（二）部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', true], // note left out
    ['信息7.属于行政执法案卷', '7.属于行政执法案卷', true], // previous label's tail before it
    ['信息内容本年制发件数本年废止件数现行有效件数规章', '规章', true], // header cells before it
    ['其他主动公开文件', '行政许可', false], // a local extra row
    ['行政许可行政处罚', '行政许可', true], // matches further back…
    ['6.属于四类过程性', '7.属于行政执法案卷', false],
  ];
  it.each(cases)('%s ~ %s: %s', (printed, label, matches) => {
    const score = tailMatch(labelForms(label), compact(printed));
    expect(score >= 0.6).toBe(matches);
  });

  it('prefers the label printed right before the figures', () => {
    const text = compact('行政许可行政处罚');
    expect(tailMatch(labelForms('行政处罚'), text)).toBeGreaterThan(
      tailMatch(labelForms('行政许可'), text),
    );
  });

  it('coverage punishes characters picked one by one from unrelated words', () => {
    expect(coverage('规章', '规范性文件合章')).toBeLessThan(coverage('规章', '现行规章'));
    expect(anywhereMatch(['规章', '行政规范性文件'], '规章行政规范性文件')).toBe(1);
  });
});
