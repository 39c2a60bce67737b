import { describe, expect, it } from 'vitest';
import { findingsOf, loadFixture, withCells, withNarrative } from '../test-support/fixtures.ts';
import { createEmptyReport, getCellValue, type Report } from '../model/index.ts';
import { acknowledge, textSimilarity } from './index.ts';
import { textOf, withMessages } from '../test-support/note-text.ts';

describe('narrative.required (一、五、六 not empty)', () => {
  it('lists the three empty sections as info while drafting and as errors before a final export', () => {
    const empty = createEmptyReport({ year: 2025, agency: '某局' });
    const headings = ['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const draft = findingsOf('narrative.required', empty);
    expect(draft.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    headings.forEach((h, i) => expect(textOf(draft[i])).toContain(h));
    const final = findingsOf('narrative.required', empty, { mode: 'final' });
    expect(final.map((f) => [f.severity, f.area, f.cells])).toEqual(
      ['overview', 'problems', 'other'].map((k) => ['error', 'narrative', [`narrative.${k}`]]),
    );
  });

  it('does not require the preamble, and counts whitespace as empty', () => {
    const report = withNarrative(loadFixture('mfa-2024'), { preamble: '', other: ' \n\u3000 ' });
    expect(withMessages(findingsOf('narrative.required', report, { mode: 'final' }))).toMatchObject(
      [{ message: expect.stringContaining('六、其他需要报告的事项') }],
    );
  });

  it('accepts "无" for a section with nothing to report', () => {
    expect(
      findingsOf('narrative.required', withNarrative(loadFixture('mfa-2020'), { other: '无' }), {
        mode: 'final',
      }),
    ).toEqual([]);
  });

  it('treats a report without any narrative like one with empty sections', () => {
    const { narrative: _dropped, ...rest } = loadFixture('mfa-2024');
    expect(_dropped).toBeDefined();
    expect(findingsOf('narrative.required', rest, { mode: 'final' })).toHaveLength(3);
  });
});

describe('narrative.fees (2021: 六 reports 信息处理费)', () => {
  const FEE_UNPAID = 'requests.results.otherHandling.feeUnpaid.total';
  /** One application moved from （六）3 to （六）2, so the table still balances. */
  const withFeeUnpaid = (other: string): Report =>
    withNarrative(
      withCells(loadFixture('mfa-2024'), {
        'requests.results.otherHandling.feeUnpaid.naturalPerson': 1,
        'requests.results.otherHandling.other.naturalPerson': 15,
        'requests.results.otherHandling.feeUnpaid.total': 1,
        'requests.results.otherHandling.other.total': 15,
      }),
      { other },
    );

  it('is a required content: a 说明 does not close it', () => {
    const report = withNarrative(loadFixture('mfa-2024'), {
      other: '本年度无其他需要报告的事项。',
    });
    const [finding] = findingsOf('narrative.fees', report);
    if (!finding) throw new Error('expected the fee finding');
    expect(finding.mandatory).toBe(true);
    const explained = findingsOf('narrative.fees', acknowledge(report, finding, '已在别处说明'));
    expect(explained).toHaveLength(1);
    expect(explained[0]?.acknowledgement).toBeUndefined();
  });

  it('takes notices reported in one clause even when another says nothing was collected', () => {
    const report = withFeeUnpaid(
      '本年度向申请人发出收费通知1件，涉及信息处理费100元，申请人逾期未缴纳，未实际收取信息处理费。',
    );
    expect(findingsOf('narrative.fees', report)).toEqual([]);
    const denied = withFeeUnpaid('本年度未发出收费通知，未收取信息处理费。');
    expect(findingsOf('narrative.fees', denied)).toHaveLength(1);
  });

  it('passes the 2024 text, which says no 信息处理费 was charged', () => {
    expect(findingsOf('narrative.fees', loadFixture('mfa-2024'))).toEqual([]);
  });

  it('warns when 六 does not mention 信息处理费', () => {
    const report = withNarrative(loadFixture('mfa-2024'), {
      other: '（一）人大代表建议和政协提案办理结果公开情况：均已按规定公开。',
    });
    expect(withMessages(findingsOf('narrative.fees', report))).toMatchObject([
      {
        severity: 'warning',
        cells: ['narrative.other'],
        area: 'narrative',
        message: expect.stringContaining('信息处理费'),
      },
    ]);
  });

  it('leaves an empty 六 to narrative.required', () => {
    expect(
      findingsOf('narrative.fees', withNarrative(loadFixture('mfa-2024'), { other: '' })),
    ).toEqual([]);
  });

  it('warns when （六）2 > 0 but 六 says no fee notice was issued', () => {
    const findings = findingsOf(
      'narrative.fees',
      withFeeUnpaid('本年度未发出收费通知，未收取信息处理费。'),
    );
    expect(findings).toMatchObject([
      { severity: 'warning', cells: [FEE_UNPAID, 'narrative.other'], actual: 1, area: 'narrative' },
    ]);
    expect(textOf(findings[0])).toContain('1 件');
  });

  it('warns when （六）2 > 0 and 六 only says no 信息处理费 was charged (the 2024 text)', () => {
    const report = withFeeUnpaid(loadFixture('mfa-2024').narrative?.other ?? '');
    expect(findingsOf('narrative.fees', report)).toMatchObject([
      { cells: [FEE_UNPAID, 'narrative.other'], actual: 1 },
    ]);
  });

  it.each([
    '本年度发出信息处理费收费通知1件，金额0.03万元，申请人逾期未缴纳，实际收取0元。',
    '本年度发出信息处理费收费通知1件，总金额0.03万元，因申请人逾期未按收费通知要求缴纳费用不再处理，实际收取信息处理费0元。',
  ])('passes when 六 reports the fee notices that went unpaid: %s', (text) => {
    expect(findingsOf('narrative.fees', withFeeUnpaid(text))).toEqual([]);
  });

  it.each(['本年度没有发出收费通知，未收取信息处理费。', '本年度无信息处理费收费通知发出情况。'])(
    'still warns for a 六 that says none was issued: %s',
    (text) => {
      expect(findingsOf('narrative.fees', withFeeUnpaid(text))).toHaveLength(1);
    },
  );

  it('does not apply to the 2019 format, which has no （六）2 and no fee regime', () => {
    const report = loadFixture('mfa-2020');
    expect(report.narrative?.other).not.toContain('信息处理费');
    expect(findingsOf('narrative.fees', report)).toEqual([]);
  });
});

describe('narrative.figures', () => {
  it('accepts the 2024 figures: 收处83件 = 新收82 + 上年结转1, 办结80件, 正在办理3件, 规章1件, 规范性文件4件', () => {
    const report = loadFixture('mfa-2024');
    expect(report.narrative?.overview).toMatch(/收处政府信息公开申请83件.*办结80件，正在办理3件/);
    expect(findingsOf('narrative.figures', report)).toEqual([]);
  });

  it('accepts figures split by spaces as in extracted PDF text', () => {
    const report = withNarrative(loadFixture('mfa-2024'), {
      overview: '全年收处政府信息公开申请 83 件，已依法办结 80 件，正在办理 3 件。',
    });
    expect(findingsOf('narrative.figures', report)).toEqual([]);
  });

  it('reports a quoted figure the table contradicts, with both values', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'requests.carriedForward.naturalPerson': 4,
    });
    const findings = findingsOf('narrative.figures', report);
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        area: 'narrative',
        cells: [
          'narrative.overview',
          'requests.carriedForward.total',
          'requests.carriedOver.total',
        ],
        expected: 4,
        actual: 3,
        delta: -1,
      },
    ]);
    expect(textOf(findings[0])).toMatch(/正在办理3件.*4 或 1/);
  });

  it('offers both readings of 收到 (新收, or 新收 + 上年结转)', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 90 });
    const received = findingsOf('narrative.figures', report).find((f) =>
      textOf(f)!.includes('收处'),
    );
    expect(received).toMatchObject({
      expected: 90,
      actual: 83,
      cells: ['narrative.overview', 'requests.newReceived.total', 'requests.carriedOver.total'],
    });
    expect(textOf(received)).toContain('90 或 91');
  });

  it.each([
    '全年新收政府信息公开申请82件。',
    '本年度受理依申请公开82件。',
    '全年新收政府信息公开申请八十二件，收处八十三件申请。',
    '共收到政府信息公开申请83件，已办理80件，正在办理3件。',
    '答复申请80件。',
    '发布部门规章1件、行政规范性文件4件。',
  ])('accepts the official phrasings when they agree with the tables: %s', (overview) => {
    const report = withNarrative(loadFixture('mfa-2024'), { overview });
    expect(findingsOf('narrative.figures', report)).toEqual([]);
  });

  it.each([
    ['全年新收政府信息公开申请55件。', '收到的申请数', 55, 82, /82 或 83/],
    ['受理依申请公开五十五件。', '收到的申请数', 55, 82, /82 或 83/],
    ['全年办理申请90件。', '办结（答复）的申请数', 90, 80, /为 80$/],
    ['行政规范性文件现行有效393件。', '现行有效的行政规范性文件件数', 393, 7, /为 7$/],
    ['废止规章2件。', '废止的规章件数', 2, 0, /为 0$/],
    ['全年发生政府信息公开行政复议3件。', '行政复议案件数', 3, 27, /为 27$/],
  ])('reports %s against the table', (overview, what, actual, expected, message) => {
    const report = withNarrative(loadFixture('mfa-2024'), { overview });
    const findings = findingsOf('narrative.figures', report);
    expect(findings).toMatchObject([{ actual, expected, area: 'narrative' }]);
    expect(textOf(findings[0])).toContain(what);
    expect(textOf(findings[0])).toMatch(message);
  });

  it('names a figure once when both readings of 收到 give it ("40", not "40 或 40")', () => {
    const report = withNarrative(
      withCells(loadFixture('mfa-2024'), {
        'requests.carriedOver.naturalPerson': 0,
        'requests.carriedForward.naturalPerson': 2,
      }),
      { overview: '全年收到政府信息公开申请40件。' },
    );
    const [finding] = findingsOf('narrative.figures', report);
    expect(textOf(finding)).toMatch(/为 82$/);
  });

  it('reports a changed table 二 figure quoted in the text', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'active.normativeDocuments.issued': 5 });
    expect(findingsOf('narrative.figures', report)).toMatchObject([
      {
        cells: ['narrative.overview', 'active.normativeDocuments.issued'],
        expected: 5,
        actual: 4,
        delta: -1,
      },
    ]);
  });

  it('does not take the 2020 report’s 人大建议 "答复98件" for a request figure', () => {
    const report = loadFixture('mfa-2020');
    expect(report.narrative?.other).toContain('答复98件');
    expect(getCellValue(report, 'requests.results.total.total')).toBe(30);
    expect(findingsOf('narrative.figures', report)).toEqual([]);
  });

  it('does check 答复 in a sentence about applications', () => {
    const report = withNarrative(loadFixture('mfa-2020'), {
      other: '本年度共答复政府信息公开申请98件。',
    });
    expect(findingsOf('narrative.figures', report)).toMatchObject([
      { cells: ['narrative.other', 'requests.results.total.total'], expected: 30, actual: 98 },
    ]);
  });

  it('checks 行政复议 and 行政诉讼 figures against table 四', () => {
    const ok = withNarrative(loadFixture('mfa-2024'), {
      problems: '本年度被申请行政复议27件，被提起行政诉讼0件。',
    });
    expect(findingsOf('narrative.figures', ok)).toEqual([]);
    const wrong = withNarrative(loadFixture('mfa-2024'), {
      problems: '本年度被申请行政复议26件，被提起行政诉讼2件。',
    });
    expect(findingsOf('narrative.figures', wrong)).toMatchObject([
      { cells: ['narrative.problems', 'reviews.reconsideration.total'], expected: 27, actual: 26 },
      {
        cells: [
          'narrative.problems',
          'reviews.litigationDirect.total',
          'reviews.litigationAfterReconsideration.total',
        ],
        expected: 0,
        actual: 2,
      },
    ]);
  });

  it('reports the same wrong figure once', () => {
    const report = withNarrative(loadFixture('mfa-2024'), {
      problems: '本年度被申请行政复议26件。其中，行政复议26件尚未审结。',
    });
    expect(findingsOf('narrative.figures', report)).toHaveLength(1);
  });

  it('says nothing while the table cells it would compare are empty', () => {
    const report = withNarrative(createEmptyReport({ year: 2025, agency: '某局' }), {
      overview: '全年收到政府信息公开申请12件，办结10件。',
    });
    expect(findingsOf('narrative.figures', report)).toEqual([]);
  });
});

describe('textSimilarity', () => {
  const a = '本年度我局认真贯彻落实《中华人民共和国政府信息公开条例》，进一步完善公开机制。';
  it('is 1 for identical text, whitespace aside, and symmetric', () => {
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, a.replace(/，/g, '， \n'))).toBe(1);
    const b = a.replace('进一步', '持续');
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
  });

  it('is high for a lightly edited text and low for an unrelated one', () => {
    expect(textSimilarity(a, a.replace('本年度', '2025年'))).toBeGreaterThan(0.85);
    expect(
      textSimilarity(a, '外交部新闻司全年举行例行记者会两百余场，回应中外记者提问。'),
    ).toBeLessThan(0.2);
    expect(textSimilarity(a, 'abcdefg')).toBe(0);
  });

  it('is 0 for empty text', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity(a, '')).toBe(0);
  });
});

describe('narrative.similarity (内容雷同)', () => {
  const lastYear = (narrative: Report['narrative']): Report => ({
    ...loadFixture('mfa-2024'),
    year: 2023,
    narrative,
  });

  it('warns for each section copied from last year', () => {
    const report = loadFixture('mfa-2024');
    const findings = findingsOf('narrative.similarity', report, {
      previous: lastYear(report.narrative),
    });
    expect(findings.map((f) => [f.severity, f.actual, f.cells])).toEqual([
      ['warning', 1, ['narrative.overview']],
      ['warning', 1, ['narrative.problems']],
      ['warning', 1, ['narrative.other']],
    ]);
    expect(textOf(findings[0])).toMatch(/一、总体情况.*100%/);
  });

  it('warns for a section that only changed the year', () => {
    const report = loadFixture('mfa-2024');
    const problems = (report.narrative?.problems ?? '')
      .replaceAll('2025年', '2024年')
      .replaceAll('2024年度', '2023年度');
    const findings = findingsOf('narrative.similarity', report, {
      previous: lastYear({ problems }),
    });
    expect(findings).toHaveLength(1);
    expect(textOf(findings[0])).toContain('五、存在的主要问题及改进情况');
    expect(findings[0]?.actual).toBeGreaterThanOrEqual(0.9);
  });

  it('is quiet for rewritten text, short text, and without last year’s narrative', () => {
    const report = loadFixture('mfa-2024');
    expect(
      findingsOf('narrative.similarity', report, {
        previous: lastYear(loadFixture('mfa-2020').narrative),
      }),
    ).toEqual([]);
    expect(
      findingsOf('narrative.similarity', withNarrative(report, { other: '无' }), {
        previous: lastYear({ other: '无' }),
      }),
    ).toEqual([]);
    expect(findingsOf('narrative.similarity', report, { previous: lastYear(undefined) })).toEqual(
      [],
    );
    expect(findingsOf('narrative.similarity', report)).toEqual([]);
  });
});
