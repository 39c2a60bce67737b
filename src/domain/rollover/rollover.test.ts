import { describe, expect, it } from 'vitest';
import {
  allCells,
  APPLICANT_KEYS,
  checkReport,
  createEmptyReport,
  getCellValue,
  getTemplate,
  parseReport,
  withTotals,
  type Report,
  type Report2021,
} from '../index.ts';
import { findingsOf, loadFixture, withCells } from '../test-support/fixtures.ts';
import { textOf } from '../test-support/note-text.ts';
import { noteMessage } from '../wording/notes/index.ts';
import { APPLICANT_COLUMNS } from '../templates/shared-parts.ts';
import { RolloverError, rolloverReport, rolloverYearProblem } from './rollover.ts';

const COLUMNS = APPLICANT_KEYS;

const carriedOverRow = (report: Report): (number | null | undefined)[] =>
  COLUMNS.map((c) => getCellValue(report, `requests.carriedOver.${c}`));

const codes = (notes: readonly { code: string }[]): string[] => notes.map((n) => n.code);

/** Every cell of the draft's format, apart from 二、上年结转, is null. */
function expectOnlyCarriedOverFilled(report: Report): void {
  for (const cell of allCells(getTemplate(report.format))) {
    if (cell.id.startsWith('requests.carriedOver.')) continue;
    expect(getCellValue(report, cell.id), cell.id).toBeNull();
  }
}

describe('rolloverReport: the 2024 seed (2021 format) into 2025', () => {
  const seed = loadFixture('mfa-2024');
  const { report: draft, notes } = rolloverReport(seed);

  it('gives a 2025 draft in the 2021 format, same agency', () => {
    expect(draft).toMatchObject({ format: '2021', year: 2025, agency: '外交部' });
  });

  it('carries 二、上年结转 from 2024 四、结转下年度继续办理 (3, 0, 0, 0, 0, 0, 3), total derived', () => {
    // The seed's own 二、上年结转 is 1…1; its 四、结转下年度 (the row carried) is 3…3.
    expect(carriedOverRow(seed)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(COLUMNS.map((c) => getCellValue(seed, `requests.carriedForward.${c}`))).toEqual([
      3, 0, 0, 0, 0, 0, 3,
    ]);
    expect(carriedOverRow(draft)).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expectOnlyCarriedOverFilled(draft);
  });

  it('keeps the 2024 report as previous, totals recomputed, nothing else changed', () => {
    expect(draft.previous).toEqual(withTotals(seed));
    expect(draft.previous).toEqual(seed);
    expect(draft.previous?.previous).toBeUndefined();
  });

  it('starts with an empty narrative and no 说明', () => {
    expect(draft.narrative).toEqual({ preamble: '', overview: '', problems: '', other: '' });
    expect(draft.acknowledgements).toBeUndefined();
    expect(codes(notes)).toContain('rollover.narrative.empty');
  });

  it('passes the schema unchanged', () => {
    expect(parseReport(JSON.parse(JSON.stringify(draft)))).toEqual({ ok: true, report: draft });
  });

  it('has no errors and no requests.carryover finding while drafting', () => {
    const findings = checkReport(draft);
    expect(findings.filter((f) => f.rule === 'requests.carryover')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lets requests.carryover catch a 上年结转 changed away from last year', () => {
    const changed = withCells(draft, { 'requests.carriedOver.naturalPerson': 1 });
    expect(findingsOf('requests.carryover', changed)).toMatchObject([
      { cells: ['requests.carriedOver.naturalPerson'], expected: 3, actual: 1 },
      { cells: ['requests.carriedOver.total'], expected: 3, actual: 1 },
    ]);
  });

  it('uses last year 现行有效件数 (规章 4) as the baseline of active.inForce', () => {
    const fill = (inForce: number) =>
      withCells(draft, {
        'active.regulations.issued': 2,
        'active.regulations.repealed': 1,
        'active.regulations.inForce': inForce,
      });
    expect(findingsOf('active.inForce', fill(5))).toEqual([]); // 4 + 2 − 1 = 5
    expect(findingsOf('active.inForce', fill(9))).toMatchObject([
      {
        severity: 'warning',
        cells: [
          'active.regulations.issued',
          'active.regulations.repealed',
          'active.regulations.inForce',
        ],
        expected: 5,
        actual: 9,
        delta: 4,
      },
    ]);
  });

  it('says what was carried, the baseline, the pending cases and the kept previous', () => {
    expect(codes(notes)).toEqual([
      'rollover.carriedOver',
      'rollover.active.baseline',
      'rollover.tables.empty',
      'rollover.reviews.pending',
      'rollover.previous',
      'rollover.narrative.empty',
    ]);
    const byCode = new Map(notes.map((n) => [n.code, n]));
    expect(byCode.get('rollover.carriedOver')).toMatchObject({
      severity: 'info',
      cells: COLUMNS.map((c) => `requests.carriedOver.${c}`),
    });
    expect(byCode.get('rollover.carriedOver')?.params).toEqual({
      row: '二、上年结转政府信息公开申请数量',
      from: '四、结转下年度继续办理',
      lastYear: 2024,
      // 自然人 3, the five other columns 0, 总计 3
      figures: APPLICANT_COLUMNS.map(({ key, label }) => ({
        label,
        value: key === 'naturalPerson' || key === 'total' ? 3 : 0,
      })),
    });
    expect(byCode.get('rollover.active.baseline')?.params).toEqual({
      inForce: '现行有效件数',
      issued: '本年制发件数',
      repealed: '本年废止件数',
      figures: [
        { label: '规章', value: 4 },
        { label: '行政规范性文件', value: 7 },
      ],
    });
    expect(byCode.get('rollover.reviews.pending')?.params).toEqual({
      cases: [{ label: '行政复议', value: 17 }],
    });
    expect(byCode.get('rollover.previous')?.params).toEqual({
      lastYear: 2024,
      row: '二、上年结转政府信息公开申请数量',
      column: '现行有效件数',
    });
    expect(textOf(byCode.get('rollover.carriedOver'))).toContain('自然人 3');
    expect(textOf(byCode.get('rollover.carriedOver'))).toContain('总计 3');
    expect(textOf(byCode.get('rollover.active.baseline'))).toContain(
      '规章 4 件，行政规范性文件 7 件',
    );
    expect(byCode.get('rollover.reviews.pending')).toMatchObject({
      cells: ['reviews.reconsideration.pending'],
    });
    expect(textOf(byCode.get('rollover.reviews.pending'))).toContain('行政复议 17 件');
    expect(textOf(byCode.get('rollover.previous'))).toContain('现行有效件数');
    for (const n of notes) expect(noteMessage(n)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('does not change last year’s report', () => {
    const before = JSON.stringify(seed);
    rolloverReport(seed, { copyNarrative: true, year: 2027 });
    expect(JSON.stringify(seed)).toBe(before);
  });
});

describe('rolloverReport: the 2020 seed (2019 format) into 2021', () => {
  const seed = loadFixture('mfa-2020');
  const { report: draft, notes } = rolloverReport(seed);

  it('gives a 2021-format draft whose 上年结转 is 2020 四、结转下年度 (all 0)', () => {
    expect(draft).toMatchObject({ format: '2021', year: 2021, agency: '外交部' });
    expect(carriedOverRow(draft)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expectOnlyCarriedOverFilled(draft);
  });

  it('keeps the 2019-format report as previous, and the schema accepts it inside a 2021 report', () => {
    expect(draft.previous?.format).toBe('2019');
    expect(draft.previous).toEqual(withTotals(seed));
    const parsed = parseReport(JSON.parse(JSON.stringify(draft)));
    expect(parsed).toEqual({ ok: true, report: draft });
  });

  it('does not carry table 二 and says why (对外公开总数量 is not 现行有效件数)', () => {
    const notCarried = notes.find((n) => n.code === 'rollover.active.notCarried');
    expect(notCarried?.params).toMatchObject({
      lastFormat: '2019',
      format: '2021',
      changed: { publicTotal: '对外公开总数量', inForce: '现行有效件数' },
    });
    expect(textOf(notCarried)).toContain('表二');
    expect(textOf(notCarried)).toContain('对外公开总数量不是现行有效件数');
    expect(textOf(notCarried)).toContain('政府集中采购已取消');
    const baseline = notes.find((n) => n.code === 'rollover.active.baselineNeeded');
    expect(baseline).toMatchObject({
      severity: 'warning',
      cells: ['active.regulations.inForce', 'active.normativeDocuments.inForce'],
    });
    expect(textOf(baseline)).toContain('底数');
  });

  it('says （六）其他处理 is split in 2021, and that rows 一/二/四 and table 四 compare', () => {
    const note = notes.find((n) => n.code === 'rollover.requests.otherHandling');
    expect(textOf(note)).toContain('一、二、四行和表四');
    expect(textOf(note)).toContain('（六）其他处理');
  });

  it('runs the carryover check against 2020 but not the in-force checks', () => {
    expect(findingsOf('requests.carryover', draft)).toEqual([]);
    expect(
      findingsOf('requests.carryover', withCells(draft, { 'requests.carriedOver.other': 2 })),
    ).toMatchObject([
      { cells: ['requests.carriedOver.other'], expected: 0, actual: 2 },
      { cells: ['requests.carriedOver.total'], expected: 0, actual: 2 },
    ]);
    const filled = withCells(draft, {
      'active.regulations.issued': 2,
      'active.regulations.repealed': 9,
      'active.regulations.inForce': 100,
    });
    expect(findingsOf('active.inForce', filled)).toEqual([]);
    expect(findingsOf('active.repealBound', filled)).toEqual([]);
    expect(textOf(notes.find((n) => n.code === 'rollover.previous'))).not.toContain('现行有效件数');
  });

  it('copies the narrative when asked, and warns about the 2021 六 and year mentions', () => {
    const { report, notes: copyNotes } = rolloverReport(seed, { copyNarrative: true });
    expect(report.narrative).toEqual({
      preamble: seed.narrative?.preamble,
      overview: seed.narrative?.overview,
      problems: seed.narrative?.problems,
      other: seed.narrative?.other,
    });
    expect(codes(copyNotes)).toEqual(
      expect.arrayContaining([
        'rollover.narrative.copied',
        'rollover.narrative.yearMentions',
        'rollover.narrative.formatChanged',
      ]),
    );
    expect(codes(copyNotes)).not.toContain('rollover.narrative.empty');
  });
});

describe('rolloverReport: narrative, year, agency and the edge cases', () => {
  const seed = loadFixture('mfa-2024');

  it('copies all four texts on request; the similarity check then flags them unchanged', () => {
    const { report, notes } = rolloverReport(seed, { copyNarrative: true });
    expect(report.narrative).toEqual(seed.narrative);
    const flagged = findingsOf('narrative.similarity', report).map((f) => f.cells[0]);
    expect(flagged).toEqual(
      expect.arrayContaining(['narrative.overview', 'narrative.problems', 'narrative.other']),
    );
    expect(notes.find((n) => n.code === 'rollover.narrative.copied')?.severity).toBe('warning');
    const mentions = notes.find((n) => n.code === 'rollover.narrative.yearMentions');
    expect(mentions?.params).toEqual({ year: 2024, count: 2 });
    expect(textOf(mentions)).toContain('2 处写着“2024年”');
    expect(codes(notes)).not.toContain('rollover.narrative.formatChanged');
  });

  it('says so when there is no text to copy', () => {
    const { report, notes } = rolloverReport(
      { ...seed, narrative: { overview: '  ' } },
      { copyNarrative: true },
    );
    expect(codes(notes)).toContain('rollover.narrative.nothingToCopy');
    expect(report.narrative).toEqual({ preamble: '', overview: '  ', problems: '', other: '' });
  });

  it.each([2024, 2023, 2025.5, 2101, Number.NaN])('refuses the year %s in Chinese', (year) => {
    expect(() => rolloverReport(seed, { year })).toThrow(RolloverError);
    expect(rolloverYearProblem(seed, year)).toMatch(/^[\u4e00-\u9fff]/);
  });

  it('names both years when the new year is not later', () => {
    expect(() => rolloverReport(seed, { year: 2024 })).toThrow(
      '新年度（2024）应晚于上年报告的年度（2024）',
    );
    expect(rolloverYearProblem(seed, 2025)).toBeUndefined();
  });

  it('allows a skipped year, carrying anyway, with a warning', () => {
    const { report, notes } = rolloverReport(seed, { year: 2027 });
    expect(report.year).toBe(2027);
    expect(carriedOverRow(report)).toEqual([3, 0, 0, 0, 0, 0, 3]);
    const gap = notes.find((n) => n.code === 'rollover.year.gap');
    expect(gap?.severity).toBe('warning');
    expect(gap?.params).toMatchObject({ lastYear: 2024, year: 2027 });
    expect(textOf(gap)).toContain('2026 年度报告');
    expect(codes(rolloverReport(seed).notes)).not.toContain('rollover.year.gap');
  });

  it('takes a new agency name when given', () => {
    expect(rolloverReport(seed, { agency: '某某市外事办公室' }).report.agency).toBe(
      '某某市外事办公室',
    );
  });

  it('leaves 上年结转 columns empty where last year left 结转下年度 empty, and says which', () => {
    const partial = withCells(seed, {
      'requests.carriedForward.research': null,
      'requests.carriedForward.other': null,
    });
    const { report, notes } = rolloverReport(partial);
    expect(carriedOverRow(report)).toEqual([3, 0, null, 0, 0, null, 3]);
    const incomplete = notes.find((n) => n.code === 'rollover.carriedOver.incomplete');
    expect(incomplete).toMatchObject({
      severity: 'warning',
      cells: ['requests.carriedOver.research', 'requests.carriedOver.other'],
    });
    expect(incomplete?.params).toMatchObject({ columns: ['科研机构', '其他'], all: false });
    expect(textOf(incomplete)).toContain('科研机构、其他');
    expect(textOf(notes.find((n) => n.code === 'rollover.carriedOver'))).not.toContain('总计');

    const none = rolloverReport(
      withCells(
        seed,
        Object.fromEntries(COLUMNS.slice(0, 6).map((c) => [`requests.carriedForward.${c}`, null])),
      ),
    );
    expect(carriedOverRow(none.report)).toEqual([null, null, null, null, null, null, null]);
    expect(codes(none.notes)).not.toContain('rollover.carriedOver');
    expect(
      none.notes.find((n) => n.code === 'rollover.carriedOver.incomplete')?.cells,
    ).toHaveLength(6);
  });

  it('uses recomputed totals of last year, not a wrong printed one', () => {
    const wrong = withCells(seed, { 'requests.carriedForward.total': 99 });
    const { report } = rolloverReport(wrong);
    expect(getCellValue(report, 'requests.carriedOver.total')).toBe(3);
    expect(getCellValue(report.previous!, 'requests.carriedForward.total')).toBe(3);
  });

  it('drops last year’s own previous (no chains) but keeps its 说明 inside previous', () => {
    const older = { ...seed, year: 2023 };
    const ack = { rule: 'yoy.outlier', cells: ['active.fees.amount'], note: '本年收费增加' };
    const last: Report2021 = { ...seed, previous: older, acknowledgements: [ack] };
    const { report, notes } = rolloverReport(last);
    expect(report.previous?.previous).toBeUndefined();
    expect(report.previous?.acknowledgements).toEqual([ack]);
    expect(report.acknowledgements).toBeUndefined();
    expect(last.previous).toBe(older);
    expect(codes(notes)).toEqual(
      expect.arrayContaining(['rollover.previous.chain', 'rollover.acknowledgements']),
    );
  });

  it('says the in-force check cannot run for a row whose 现行有效件数 was left empty', () => {
    const { notes } = rolloverReport(
      withCells(seed, { 'active.normativeDocuments.inForce': null }),
    );
    expect(textOf(notes.find((n) => n.code === 'rollover.active.baseline'))).toContain('规章 4 件');
    expect(notes.find((n) => n.code === 'rollover.active.baselineMissing')).toMatchObject({
      severity: 'warning',
      cells: ['active.normativeDocuments.inForce'],
    });
  });

  it('rolls a 2019-format report into 2020 in the same format', () => {
    const last2019 = withCells(createEmptyReport({ year: 2019, agency: '某局' }), {
      'requests.carriedForward.naturalPerson': 2,
    });
    const { report, notes } = rolloverReport(last2019);
    expect(report).toMatchObject({ format: '2019', year: 2020 });
    expect(carriedOverRow(report)).toEqual([2, null, null, null, null, null, 2]);
    expect(codes(notes)).toContain('rollover.active.previousItems');
    expect(codes(notes)).not.toContain('rollover.active.notCarried');
    expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual({ ok: true, report });
  });
});
