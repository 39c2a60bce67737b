import { describe, expect, it } from 'vitest';
import { findingsOf, loadFixture, withCells, withNarrative } from '../test-support/fixtures.ts';
import { createEmptyReport, parseReport, parseReportJson, type Report } from '../model/index.ts';
import { acknowledge, checkReport, findRule, summarizeFindings, type Finding } from './index.ts';
import { textOf } from '../test-support/note-text.ts';

describe('checkReport on the published reports', () => {
  it.each(['mfa-2024', 'mfa-2020'] as const)(
    'finds nothing at all in %s, draft or final',
    (name) => {
      const report = loadFixture(name);
      expect(checkReport(report, { mode: 'final' })).toEqual([]);
      expect(checkReport(report)).toEqual([]);
    },
  );

  it('checks 2024 against 2020 (not last year’s report): the carry-over difference is a warning, no error', () => {
    const findings = checkReport(loadFixture('mfa-2024'), {
      mode: 'final',
      previous: loadFixture('mfa-2020'),
    });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'requests.carryover').map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  it('does not modify the report it checks', () => {
    const report = withCells(
      { ...loadFixture('mfa-2024'), previous: loadFixture('mfa-2020') },
      { 'requests.newReceived.naturalPerson': 90 },
    );
    const before = structuredClone(report);
    checkReport(report, { mode: 'final' });
    expect(report).toEqual(before);
  });

  it('checks last year’s report even when it was imported without totals', () => {
    const json = JSON.parse(JSON.stringify({ ...loadFixture('mfa-2024'), year: 2023 })) as {
      requests: { carriedForward: Record<string, unknown> };
    };
    delete json.requests.carriedForward.total;
    const previous = parseReport(json);
    if (!previous.ok) throw new Error(JSON.stringify(previous.issues));
    expect(
      findingsOf('requests.carryover', loadFixture('mfa-2024'), { previous: previous.report }).map(
        (f) => f.cells[0],
      ),
    ).toEqual(['requests.carriedOver.naturalPerson', 'requests.carriedOver.total']);
  });
});

describe('checkReport: order, modes and options', () => {
  const messy = (): Report =>
    withNarrative(
      withCells(loadFixture('mfa-2024'), {
        'requests.newReceived.naturalPerson': 83,
        'active.fees.amount': 55_692_092,
        'reviews.litigationDirect.upheld': null,
      }),
      {
        problems: '',
      },
    );

  it('lists errors first, then warnings, then infos', () => {
    const severities = checkReport(messy()).map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(new Set(severities)).toEqual(new Set(['error', 'warning', 'info']));
  });

  it('turns empty cells and sections into errors in final mode only', () => {
    const rulesOf = (fs: readonly Finding[], severity: string) =>
      [...new Set(fs.filter((f) => f.severity === severity).map((f) => f.rule))].sort();
    expect(rulesOf(checkReport(messy()), 'info')).toEqual(['cells.complete', 'narrative.required']);
    expect(rulesOf(checkReport(messy(), { mode: 'final' }), 'error')).toEqual([
      'cells.complete',
      'imported.totals',
      'narrative.required',
      'requests.balance',
    ]);
  });

  it('runs only the given rules', () => {
    const rule = findRule('active.feeUnit');
    expect(rule).toBeDefined();
    const findings = checkReport(messy(), { rules: rule ? [rule] : [] });
    expect(findings.map((f) => f.rule)).toEqual(['active.feeUnit']);
  });

  it('gives every finding a rule of the catalogue, a Chinese message and an area', () => {
    for (const f of checkReport(messy(), { mode: 'final', previous: loadFixture('mfa-2020') })) {
      expect(findRule(f.rule)).toBeDefined();
      expect(textOf(f)).toMatch(/[\u4e00-\u9fff]/);
      expect(['active', 'requests', 'reviews', 'narrative', 'report']).toContain(f.area);
    }
  });
});

describe('acknowledgements (说明 for warnings)', () => {
  const feeWarning = (): { report: Report; finding: Finding } => {
    const report = withCells(loadFixture('mfa-2024'), { 'active.fees.amount': 1_200_000 });
    const [finding] = findingsOf('active.feeUnit', report);
    if (!finding) throw new Error('expected an active.feeUnit warning');
    return { report, finding };
  };

  it('marks an acknowledged warning with its 说明 and stops counting it as open', () => {
    const { report, finding } = feeWarning();
    expect(summarizeFindings(checkReport(report))).toMatchObject({
      errors: 0,
      warnings: 1,
      acknowledged: 0,
      status: '待核实 1 项',
    });

    const acknowledged = acknowledge(report, finding, '说明：本年收费确为1.2亿元，为签证费收入。');
    const findings = checkReport(acknowledged);
    expect(findings).toMatchObject([
      {
        rule: 'active.feeUnit',
        severity: 'warning',
        acknowledgement: '说明：本年收费确为1.2亿元，为签证费收入。',
      },
    ]);
    expect(summarizeFindings(findings)).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
      acknowledged: 1,
      status: '可以导出',
    });
  });

  it('stores the 说明 in the report without changing the input, replacing an earlier one', () => {
    const { report, finding } = feeWarning();
    const once = acknowledge(report, finding, '说明一');
    expect(report.acknowledgements).toBeUndefined();
    expect(once.acknowledgements).toEqual([
      { rule: 'active.feeUnit', cells: ['active.fees.amount'], note: '说明一' },
    ]);
    const twice = acknowledge(once, finding, '说明二');
    expect(twice.acknowledgements).toEqual([
      { rule: 'active.feeUnit', cells: ['active.fees.amount'], note: '说明二' },
    ]);
    expect(once.acknowledgements).toHaveLength(1);
  });

  it('keeps the 说明 through a save and load as JSON', () => {
    const { report, finding } = feeWarning();
    const loaded = parseReportJson(JSON.stringify(acknowledge(report, finding, '已核实')));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(checkReport(loaded.report)[0]?.acknowledgement).toBe('已核实');
  });

  it('applies only to the same rule on the same cells, in any order', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'requests.carriedForward.naturalPerson': 4,
      'requests.results.granted.naturalPerson': 1,
    });
    const [finding] = findingsOf('narrative.figures', report);
    if (!finding) throw new Error('expected a narrative.figures warning');
    const reversed = acknowledge(
      report,
      { rule: finding.rule, cells: [...finding.cells].reverse() },
      '结转数字以表格为准',
    );
    expect(findingsOf('narrative.figures', reversed)[0]?.acknowledgement).toBe(
      '结转数字以表格为准',
    );
    const otherCells = acknowledge(
      report,
      { rule: finding.rule, cells: ['requests.carriedForward.total'] },
      '说明',
    );
    expect(findingsOf('narrative.figures', otherCells)[0]?.acknowledgement).toBeUndefined();
    const otherRule = acknowledge(report, { rule: 'yoy.outlier', cells: finding.cells }, '说明');
    expect(findingsOf('narrative.figures', otherRule)[0]?.acknowledgement).toBeUndefined();
  });

  // Narrative findings name their section (narrative.overview …), so one 说明 covers one section.
  it('acknowledges one section’s 内容雷同 warning without silencing the other sections', () => {
    const report = loadFixture('mfa-2024');
    const previous: Report = { ...loadFixture('mfa-2024'), year: 2023 };
    const [overview] = findingsOf('narrative.similarity', report, { previous });
    if (!overview) throw new Error('expected a narrative.similarity warning');
    const findings = findingsOf(
      'narrative.similarity',
      acknowledge(report, overview, '总体情况的表述确与上年一致'),
      { previous },
    );
    expect(findings.map((f) => f.acknowledgement)).toEqual([
      '总体情况的表述确与上年一致',
      undefined,
      undefined,
    ]);
  });

  it('cannot make an error stand', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 83 });
    const errors = checkReport(report).filter((f) => f.severity === 'error');
    const acknowledged = errors.reduce<Report>(
      (r, f) => acknowledge(r, f, '我们认为没有问题'),
      report,
    );
    const findings = checkReport(acknowledged);
    expect(findings.filter((f) => f.acknowledgement !== undefined)).toEqual([]);
    expect(summarizeFindings(findings)).toMatchObject({
      errors: errors.length,
      acknowledged: 0,
      status: `错误 ${errors.length} 项`,
    });
  });
});

describe('summarizeFindings', () => {
  it('says 可以导出 when nothing is open', () => {
    expect(summarizeFindings([])).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
      acknowledged: 0,
      status: '可以导出',
    });
  });

  it('counts infos without blocking, and errors before warnings', () => {
    const draft = checkReport(createEmptyReport({ year: 2025, agency: '某局' }));
    expect(summarizeFindings(draft)).toEqual({
      errors: 0,
      warnings: 0,
      infos: 6,
      acknowledged: 0,
      status: '可以导出',
    });
    const report = withNarrative(
      withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 83 }),
      { other: '无' },
    );
    const summary = summarizeFindings(checkReport(report));
    expect(summary.errors).toBe(2);
    expect(summary.warnings).toBeGreaterThan(0);
    expect(summary.status).toBe('错误 2 项');
  });
});

describe('format.year', () => {
  it.each([
    [2020, '2021', '国办公开办函〔2019〕60号'],
    [2021, '2019', '国办公开办函〔2021〕30号'],
    [2025, '2019', '国办公开办函〔2021〕30号'],
  ] as const)('reports a %i report in the %s format as an error', (year, format, required) => {
    const findings = findingsOf('format.year', createEmptyReport({ year, agency: '某局', format }));
    expect(findings).toMatchObject([{ severity: 'error', cells: [], area: 'report' }]);
    expect(textOf(findings[0])).toContain(String(year));
    expect(textOf(findings[0])).toContain(required);
  });

  it.each([2019, 2020, 2021, 2025])('accepts a %i report in its own format', (year) => {
    expect(findingsOf('format.year', createEmptyReport({ year, agency: '某局' }))).toEqual([]);
  });
});
