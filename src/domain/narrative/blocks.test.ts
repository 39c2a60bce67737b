/** Generated blocks: inserted at the cursor, stale when a figure changes, updated in place, never over the user's text. */
import { describe, expect, it } from 'vitest';
import { loadFixture, withCells, withNarrative, findingsOf } from '../test-support/fixtures.ts';
import { parseReportJson, type Report } from '../model/index.ts';
import {
  blockStatus,
  isGeneratedBlockStale,
  locateBlock,
  placeGeneratedParagraph,
  staleBlocks,
  updateGeneratedBlock,
} from './index.ts';

function place(
  report: Report,
  ...args: Parameters<typeof placeGeneratedParagraph> extends [Report, ...infer R] ? R : never
) {
  const placed = placeGeneratedParagraph(report, ...args);
  if (!placed.ok) throw new Error(placed.reason);
  return placed;
}

const USER_TEXT = '（一）聚焦元首外交。全年举行例行记者会230场。';

describe('generated blocks', () => {
  const base = withNarrative(loadFixture('mfa-2024'), { overview: USER_TEXT });

  it('inserts at the cursor as a paragraph of its own, the user text around it unchanged', () => {
    const at = USER_TEXT.indexOf('全年');
    const { report, start, end } = place(base, 'requests', { at });
    const overview = report.narrative!.overview!;
    expect(overview.slice(0, start)).toBe(`${USER_TEXT.slice(0, at)}\n`);
    expect(overview.slice(end)).toBe(`\n${USER_TEXT.slice(at)}`);
    expect(overview.slice(start, end)).toMatch(/^全年共收到政府信息公开申请83件/);
    expect(report.narrativeBlocks).toHaveLength(1);
    expect(blockStatus(report, report.narrativeBlocks![0]!)).toBe('current');
  });

  it('a changed figure makes it stale (已过时); 更新 rewrites only the block; narrative.figures flags the stale text', () => {
    const { report } = place(base, 'requests');
    const changed = withCells(report, {
      'requests.newReceived.naturalPerson': 90,
      'requests.results.granted.naturalPerson': 10,
    });
    const block = changed.narrativeBlocks![0]!;
    expect(isGeneratedBlockStale(block, changed)).toBe(true);
    expect(staleBlocks(changed)).toEqual([block]);
    expect(findingsOf('narrative.figures', changed).map((f) => f.actual)).toEqual([83, 80]);

    const updated = updateGeneratedBlock(changed, block);
    const overview = updated.narrative!.overview!;
    expect(overview.startsWith(`${USER_TEXT}\n全年共收到政府信息公开申请91件`)).toBe(true);
    expect(overview).toContain('本年度办结88件，其中予以公开10件');
    expect(updated.narrativeBlocks).toHaveLength(1);
    expect(staleBlocks(updated)).toEqual([]);
    expect(findingsOf('narrative.figures', updated)).toEqual([]);
  });

  it('once the user edits inside the block it is theirs: status edited, 更新 changes nothing', () => {
    const { report } = place(base, 'reviews');
    const edited = withNarrative(report, {
      overview: report.narrative!.overview!.replace('27件', '二十七件'),
    });
    const block = edited.narrativeBlocks![0]!;
    const changed = withCells(edited, { 'reviews.reconsideration.upheld': 10 });
    expect(blockStatus(changed, block)).toBe('edited');
    expect(isGeneratedBlockStale(block, changed)).toBe(false);
    expect(updateGeneratedBlock(changed, block)).toBe(changed);
  });

  it('generating again replaces the generated block, not the user text', () => {
    const first = place(base, 'active').report;
    const changed = withCells(first, {
      'active.regulations.issued': 2,
      'active.regulations.inForce': 5,
    });
    const again = place(changed, 'active', { at: 0 }).report;
    const overview = again.narrative!.overview!;
    expect(overview.match(/本年度制发/g)).toHaveLength(1);
    expect(overview).toContain('本年度制发规章2件');
    expect(overview.startsWith(USER_TEXT)).toBe(true);
  });

  it('the 信息处理费 block keeps the figures the user gave, and survives the JSON round trip', () => {
    const fees = { noticesIssued: 1, noticesAmount: 50, collectedCases: 1, collectedAmount: 50 };
    const { report } = place(withNarrative(base, { other: '' }), 'fees', { fees });
    expect(report.narrative!.other).toBe(
      '本年度依据《政府信息公开信息处理费管理办法》发出信息处理费收费通知1件，金额共计50元；实际收取信息处理费1件，共计50元。',
    );
    const parsed = parseReportJson(JSON.stringify(report));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    expect(parsed.report.narrativeBlocks).toEqual(report.narrativeBlocks);
    const block = parsed.report.narrativeBlocks![0]!;
    expect(locateBlock(parsed.report, block)).toEqual({ start: 0, end: block.text.length });
    expect(blockStatus(parsed.report, block)).toBe('current');
  });

  it('a malformed block is refused by the schema with its path', () => {
    const bad = {
      ...loadFixture('mfa-2024'),
      narrativeBlocks: [{ section: 'overview', kind: 'poem', text: '', fingerprint: '' }],
    };
    const parsed = parseReportJson(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.path).toBe('narrativeBlocks.0.kind');
  });
});

describe('placeGeneratedParagraph mode insert', () => {
  it('adds the paragraph again at the cursor; only the newest copy is remembered, the older is the user’s', () => {
    const base = withNarrative(loadFixture('mfa-2024'), { overview: '' });
    const first = placeGeneratedParagraph(base, 'reviews');
    if (!first.ok) throw new Error(first.reason);
    const second = placeGeneratedParagraph(first.report, 'reviews', { mode: 'insert', at: 0 });
    if (!second.ok) throw new Error(second.reason);
    const overview = second.report.narrative!.overview!;
    expect(overview.match(/被申请行政复议27件/g)).toHaveLength(2);
    expect(second.report.narrativeBlocks).toHaveLength(1);
    expect(second.start).toBe(0);
  });
});
