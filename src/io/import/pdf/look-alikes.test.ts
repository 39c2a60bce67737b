import { describe, expect, it } from 'vitest';
import { unifyIdeographs } from './look-alikes.ts';

describe('unifyIdeographs', () => {
  it('turns radicals that fonts map common characters to into those characters', () => {
    // Chromium's PDF of our HTML export: 民 门 长 风 as CJK radicals supplement.
    expect(unifyIdeographs('中华人⺠共和国部⻔规章，外⻓，吹⻛会')).toBe(
      '中华人民共和国部门规章，外长，吹风会',
    );
  });

  it('turns Kangxi radicals and compatibility ideographs into the usual characters', () => {
    expect(unifyIdeographs('⾏政许可⼀')).toBe('行政许可一');
    expect(unifyIdeographs('\uF900')).toBe('豈');
  });

  it('leaves other text alone, full-width punctuation and digits included', () => {
    const text = '（一）予以公开 82 件，１２３；“三安全一稳定”';
    expect(unifyIdeographs(text)).toBe(text);
  });
});
