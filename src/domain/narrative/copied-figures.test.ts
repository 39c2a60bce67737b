/** Last year's figures in copied text: found by meaning, this year's offered in their place. */
import { describe, expect, it } from 'vitest';
import { loadFixture, findingsOf } from '../test-support/fixtures.ts';
import { rolloverReport } from '../rollover/index.ts';
import { findCopiedFigures, replaceCopiedFigures } from './index.ts';
import { reportWith } from './test-support.ts';
import type { Report } from '../model/index.ts';

/** 外交部's 2024 report rolled over to 2025 with its text copied, and 2025's tables filled in. */
function draft2025(): Report {
  const { report } = rolloverReport(loadFixture('mfa-2024'), { copyNarrative: true });
  const tables = reportWith(2025, {
    'requests.newReceived.naturalPerson': 95,
    'requests.carriedOver.naturalPerson': 3,
    'requests.results.granted.naturalPerson': 90,
    'requests.carriedForward.naturalPerson': 8,
    'reviews.reconsideration.upheld': 4,
    'active.regulations.issued': 1,
    'active.normativeDocuments.issued': 6,
    'active.regulations.inForce': 5,
    'active.normativeDocuments.inForce': 13,
  });
  return { ...tables, narrative: report.narrative!, previous: report.previous! };
}

describe('findCopiedFigures', () => {
  const report = draft2025();
  const overview = report.narrative!.overview!;

  it('finds the figures of last year’s 一、总体情况 that came from its tables, with this year’s', () => {
    const found = findCopiedFigures(overview, report);
    expect(found.map((f) => [f.text, f.what, f.replacement])).toEqual([
      ['1', '制发的规章件数', '1'],
      ['4', '制发的行政规范性文件件数', '6'],
      ['83', '收到的申请数', '98'],
      ['80', '办结的申请数', '90'],
      ['3', '结转下年度的申请数', '8'],
    ]);
    for (const f of found) expect(overview.slice(f.start, f.end)).toBe(f.text);
  });

  it('leaves alone numbers that are not table figures (230场, 2162次, 较2023年增加65件, 13条)', () => {
    const found = findCopiedFigures(overview, report).map((f) => f.previous);
    expect(found).not.toContain(65);
    expect(found).not.toContain(230);
    expect(found).not.toContain(13);
  });

  it('after the replacements narrative.figures finds nothing left of last year', () => {
    const stale = findingsOf('narrative.figures', report);
    expect(stale.length).toBeGreaterThan(0);
    const fixed = replaceCopiedFigures(overview, findCopiedFigures(overview, report));
    expect(fixed).toContain('全年收处政府信息公开申请98件');
    expect(fixed).toContain('已依法办结90件，正在办理8件');
    expect(fixed).toContain('发布部门规章1件、行政规范性文件6件');
    expect(findingsOf('narrative.figures', { ...report, narrative: { overview: fixed } })).toEqual(
      [],
    );
  });

  it('万 and 万元 are read as the tables hold them; an empty figure this year offers no replacement', () => {
    const previous = reportWith(2024, {
      'active.licensing.decisions': 320000,
      'active.fees.amount': 5569.2092,
    });
    const current = { ...reportWith(2025, { 'active.licensing.decisions': 350000 }), previous };
    const text = '办理行政许可32万件，行政事业性收费5569.2092万元。';
    const found = findCopiedFigures(text, current);
    expect(found.map((f) => [f.text, f.previous, f.replacement])).toEqual([
      ['32万', 320000, '35万'],
      ['5569.2092', 5569.2092, '0'],
    ]);
    expect(replaceCopiedFigures(text, found)).toBe('办理行政许可35万件，行政事业性收费0万元。');
  });

  it('nothing without last year’s report', () => {
    expect(findCopiedFigures('全年收处政府信息公开申请83件', loadFixture('mfa-2024'))).toEqual([]);
  });
});
