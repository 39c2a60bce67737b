/**
 * The rule catalogue as a table of cases: for every rule, a report it accepts and a report it
 * rejects with the findings it must produce. A meta-test fails when a rule is added to RULES
 * without a case here (or a case outlives its rule), so the catalogue cannot grow untested.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, withCells, withNarrative } from '../test-support/fixtures.ts';
import type { Report } from '../model/index.ts';
import { checkReport, findRule, RULES, type CheckOptions, type Finding } from './index.ts';
import { noteMessage } from '../wording/notes/index.ts';
import { textOf } from '../test-support/note-text.ts';

interface Scenario {
  /** What makes the report pass or fail, in words. */
  readonly name: string;
  readonly report: () => Report;
  readonly options?: CheckOptions;
}

interface RuleCase {
  readonly pass: Scenario;
  readonly fail: Scenario & {
    /** The rule's findings, in order; each matched with toMatchObject (cells exactly). */
    readonly findings: readonly (Partial<Finding> & {
      readonly message?: RegExp;
    })[];
  };
}

const r2024 = () => loadFixture('mfa-2024');
const r2020 = () => loadFixture('mfa-2020');
/** Last year's 2021-format report consistent with the 2024 fixture (现行有效 4 − 1 and 7 − 4). */
const previous2023 = (cells: Readonly<Record<string, number>> = {}): Report =>
  withCells(
    { ...loadFixture('mfa-2024'), year: 2023 },
    {
      'requests.carriedForward.naturalPerson': 1,
      'active.regulations.inForce': 3,
      'active.normativeDocuments.inForce': 3,
      ...cells,
    },
  );
const previous2019 = (cells: Readonly<Record<string, number>> = {}): Report =>
  withCells({ ...loadFixture('mfa-2020'), year: 2019 }, cells);

const CASES: Readonly<Record<string, RuleCase>> = {
  'cells.valid': {
    pass: {
      name: 'the 2020 fixture, whose 本年增/减 may be negative, with one set to -8',
      report: () =>
        withCells(r2020(), { 'active.penalty.change': -8, 'active.penalty.previousItems': 10 }),
    },
    fail: {
      name: 'a negative count set without the schema',
      report: () => withCells(r2024(), { 'requests.results.granted.commercial': -1 }),
      findings: [
        {
          severity: 'error',
          cells: ['requests.results.granted.commercial'],
          actual: -1,
          area: 'requests',
          message: /（一）予以公开 商业企业.*不能为负数/,
        },
      ],
    },
  },
  'cells.complete': {
    pass: { name: 'the filled 2024 fixture, final', report: r2024, options: { mode: 'final' } },
    fail: {
      name: 'one empty cell, final',
      report: () => withCells(r2024(), { 'reviews.litigationDirect.pending': null }),
      options: { mode: 'final' },
      findings: [
        {
          severity: 'error',
          cells: ['reviews.litigationDirect.pending'],
          actual: 1,
          area: 'reviews',
          message: /1 个单元格未填写/,
        },
      ],
    },
  },
  'requests.balance': {
    pass: { name: 'the 2024 fixture (82 + 1 = 80 + 3)', report: r2024 },
    fail: {
      name: '自然人 新收 83 instead of 82',
      report: () => withCells(r2024(), { 'requests.newReceived.naturalPerson': 83 }),
      findings: [
        {
          severity: 'error',
          cells: [
            'requests.newReceived.naturalPerson',
            'requests.carriedOver.naturalPerson',
            'requests.results.total.naturalPerson',
            'requests.carriedForward.naturalPerson',
            // the 总计 column's echo, folded into the one finding
            'requests.newReceived.total',
            'requests.carriedOver.total',
            'requests.results.total.total',
            'requests.carriedForward.total',
          ],
          expected: 84,
          actual: 83,
          delta: -1,
          message: /自然人.*84.*83/,
        },
      ],
    },
  },
  'requests.carryover': {
    pass: {
      name: '上年结转 1 = last year’s 结转下年度 1',
      report: r2024,
      options: { previous: previous2023() },
    },
    fail: {
      name: 'last year carried 2 forward in 商业企业',
      report: r2024,
      options: { previous: previous2023({ 'requests.carriedForward.commercial': 2 }) },
      findings: [
        {
          severity: 'error',
          cells: ['requests.carriedOver.commercial'],
          expected: 2,
          actual: 0,
          delta: -2,
          message: /商业企业/,
        },
        {
          severity: 'error',
          cells: ['requests.carriedOver.total'],
          expected: 3,
          actual: 1,
          delta: -2,
          message: /总计/,
        },
      ],
    },
  },
  'imported.totals': {
    pass: { name: 'the 2020 fixture, whose printed totals agree', report: r2020 },
    fail: {
      name: 'a printed 行政复议 总计 of 99',
      report: () => withCells(r2024(), { 'reviews.reconsideration.total': 99 }),
      findings: [
        {
          severity: 'error',
          cells: [
            'reviews.reconsideration.total',
            'reviews.reconsideration.upheld',
            'reviews.reconsideration.corrected',
            'reviews.reconsideration.other',
            'reviews.reconsideration.pending',
          ],
          expected: 27,
          actual: 99,
          delta: 72,
          area: 'reviews',
          message: /行政复议 总计.*99.*27/,
        },
      ],
    },
  },
  'active.inForce': {
    pass: {
      name: '4 = 3 + 1 − 0 and 7 = 3 + 4 − 0',
      report: r2024,
      options: { previous: previous2023() },
    },
    fail: {
      name: 'last year 4 规章 in force, 1 issued, none repealed, still 4',
      report: r2024,
      options: { previous: previous2023({ 'active.regulations.inForce': 4 }) },
      findings: [
        {
          severity: 'warning',
          cells: [
            'active.regulations.issued',
            'active.regulations.repealed',
            'active.regulations.inForce',
          ],
          expected: 5,
          actual: 4,
          delta: -1,
          message: /规章 现行有效件数/,
        },
      ],
    },
  },
  'active.repealBound': {
    pass: { name: 'nothing repealed', report: r2024, options: { previous: previous2023() } },
    fail: {
      name: '2 规章 repealed of 0 in force + 1 issued',
      report: () => withCells(r2024(), { 'active.regulations.repealed': 2 }),
      options: { previous: previous2023({ 'active.regulations.inForce': 0 }) },
      findings: [
        {
          severity: 'warning',
          cells: ['active.regulations.repealed', 'active.regulations.issued'],
          expected: 1,
          actual: 2,
          delta: 1,
          message: /规章 本年废止件数/,
        },
      ],
    },
  },
  'active.feeUnit': {
    pass: { name: '5569.2092 万元', report: r2024 },
    fail: {
      name: 'the same amount typed in 元',
      report: () => withCells(r2024(), { 'active.fees.amount': 55_692_092 }),
      findings: [
        { severity: 'warning', cells: ['active.fees.amount'], actual: 55_692_092, message: /万元/ },
      ],
    },
  },
  'active.itemsNonNegative': {
    pass: { name: 'the 2020 fixture', report: r2020 },
    fail: {
      name: '1 item last year, 本年增/减 −2',
      report: () => withCells(r2020(), { 'active.otherServices.change': -2 }),
      findings: [
        {
          severity: 'error',
          cells: ['active.otherServices.previousItems', 'active.otherServices.change'],
          expected: 0,
          actual: -1,
          delta: -1,
          message: /其他对外管理服务事项 本年增\/减/,
        },
      ],
    },
  },
  'active.publicTotal': {
    pass: { name: 'the 2020 fixture (3 ≥ 0)', report: r2020 },
    fail: {
      name: '对外公开总数量 3 < 本年新公开数量 5',
      report: () => withCells(r2020(), { 'active.regulations.published': 5 }),
      findings: [
        {
          severity: 'warning',
          cells: ['active.regulations.publicTotal', 'active.regulations.published'],
          expected: 5,
          actual: 3,
          delta: -2,
          message: /规章 对外公开总数量/,
        },
      ],
    },
  },
  'active.previousItems': {
    pass: {
      name: 'last year’s items plus its change',
      report: r2020,
      options: { previous: previous2019() },
    },
    fail: {
      name: 'last year’s 其他对外管理服务事项 grew by 3',
      report: r2020,
      options: { previous: previous2019({ 'active.otherServices.change': 3 }) },
      findings: [
        {
          severity: 'warning',
          cells: ['active.otherServices.previousItems'],
          expected: 4,
          actual: 1,
          delta: -3,
          message: /其他对外管理服务事项 上一年项目数量/,
        },
      ],
    },
  },
  'format.year': {
    pass: { name: 'a 2024 report in the 2021 format', report: r2024 },
    fail: {
      name: 'a 2020 report in the 2021 format',
      report: () => ({ ...r2024(), year: 2020 }),
      findings: [
        { severity: 'error', cells: [], area: 'report', message: /2020.*国办公开办函〔2019〕60号/ },
      ],
    },
  },
  'narrative.required': {
    pass: { name: 'all sections written, final', report: r2024, options: { mode: 'final' } },
    fail: {
      name: '五 left empty, final',
      report: () => withNarrative(r2024(), { problems: '  ' }),
      options: { mode: 'final' },
      findings: [
        {
          severity: 'error',
          cells: ['narrative.problems'],
          area: 'narrative',
          message: /五、存在的主要问题及改进情况/,
        },
      ],
    },
  },
  'narrative.fees': {
    pass: { name: '六 reports that no 信息处理费 was charged', report: r2024 },
    fail: {
      name: '六 silent about 信息处理费',
      report: () => withNarrative(r2024(), { other: '本年度无其他需要报告的事项。' }),
      findings: [
        {
          severity: 'warning',
          cells: ['narrative.other'],
          area: 'narrative',
          message: /信息处理费/,
        },
      ],
    },
  },
  'narrative.figures': {
    pass: { name: 'the 2024 text (收处申请83件 … 办结80件，正在办理3件)', report: r2024 },
    fail: {
      name: '“发布部门规章1件” while table 二 says 2',
      report: () => withCells(r2024(), { 'active.regulations.issued': 2 }),
      findings: [
        {
          severity: 'warning',
          cells: ['narrative.overview', 'active.regulations.issued'],
          expected: 2,
          actual: 1,
          delta: -1,
          area: 'narrative',
          message: /规章1件/,
        },
      ],
    },
  },
  'narrative.similarity': {
    pass: {
      name: 'last year’s text was different',
      report: r2024,
      options: { previous: withNarrative(previous2023(), loadFixture('mfa-2020').narrative ?? {}) },
    },
    fail: {
      name: 'last year’s text is the same',
      report: r2024,
      options: { previous: previous2023() },
      findings: (
        [
          ['overview', '一、总体情况'],
          ['problems', '五、存在的主要问题及改进情况'],
          ['other', '六、其他需要报告的事项'],
        ] as const
      ).map(([k, h]) => ({
        severity: 'warning' as const,
        cells: [`narrative.${k}`],
        actual: 1,
        area: 'narrative' as const,
        message: new RegExp(h),
      })),
    },
  },
  'yoy.outlier': {
    pass: {
      name: 'the same figures as last year',
      report: r2024,
      options: { previous: previous2023() },
    },
    fail: {
      name: '新收 自然人 82 after 10 last year',
      report: r2024,
      options: { previous: previous2023({ 'requests.newReceived.naturalPerson': 10 }) },
      findings: [
        {
          severity: 'info',
          cells: ['requests.newReceived.naturalPerson'],
          expected: 10,
          actual: 82,
          delta: 72,
        },
      ],
    },
  },
};

/** Every rule of DESIGN.md's catalogue, plus the 2019-format rules of the reference (§4 T2o). */
const DESIGN_RULES = [
  'cells.valid',
  'cells.complete',
  'requests.balance',
  'requests.carryover',
  'imported.totals',
  'active.inForce',
  'active.repealBound',
  'active.feeUnit',
  'format.year',
  'narrative.required',
  'narrative.fees',
  'narrative.figures',
  'narrative.similarity',
  'yoy.outlier',
];
const REFERENCE_2019_RULES = [
  'active.itemsNonNegative',
  'active.publicTotal',
  'active.previousItems',
];

describe('the rule catalogue', () => {
  it('has a pass and a fail case for every rule in RULES (add one to CASES when adding a rule)', () => {
    const missing = RULES.map((r) => r.id).filter((id) => !(id in CASES));
    expect(missing, 'rules without a case').toEqual([]);
    const stale = Object.keys(CASES).filter((id) => !findRule(id));
    expect(stale, 'cases without a rule').toEqual([]);
  });

  it('holds every rule of DESIGN.md and the 2019 rules of the reference, each id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...DESIGN_RULES, ...REFERENCE_2019_RULES].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s explains itself in Chinese', (_id, rule) => {
    for (const text of [rule.title, rule.explanation, rule.source])
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
  });

  it('has the severities of DESIGN.md', () => {
    const severity = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
    expect(severity).toMatchObject({
      'cells.valid': 'error',
      'cells.complete': 'error',
      'requests.balance': 'error',
      'requests.carryover': 'error',
      'imported.totals': 'error',
      'active.inForce': 'warning',
      'active.repealBound': 'warning',
      'active.feeUnit': 'warning',
      'format.year': 'error',
      'narrative.required': 'error',
      'narrative.fees': 'warning',
      'narrative.figures': 'warning',
      'narrative.similarity': 'warning',
      'yoy.outlier': 'info',
    });
  });

  it('limits the format-specific rules to their format', () => {
    const formats = Object.fromEntries(
      RULES.filter((r) => r.formats).map((r) => [r.id, r.formats]),
    );
    expect(formats).toEqual({
      'active.inForce': ['2021'],
      'active.repealBound': ['2021'],
      'active.feeUnit': ['2021'],
      'narrative.fees': ['2021'],
      'active.itemsNonNegative': ['2019'],
      'active.publicTotal': ['2019'],
      'active.previousItems': ['2019'],
    });
  });
});

describe.each(Object.entries(CASES))('rule %s', (id, { pass, fail }) => {
  it(`passes: ${pass.name}`, () => {
    expect(checkReport(pass.report(), pass.options).filter((f) => f.rule === id)).toEqual([]);
  });

  it(`fails: ${fail.name}`, () => {
    const findings = checkReport(fail.report(), fail.options)
      .filter((f) => f.rule === id)
      .map((f) => ({ ...f, message: noteMessage(f) }));
    expect(findings).toMatchObject(
      fail.findings.map(({ message, ...rest }) =>
        message ? { ...rest, message: expect.stringMatching(message) } : rest,
      ),
    );
    for (const f of findings) {
      expect(textOf(f)).toMatch(/[\u4e00-\u9fff]/);
      if (f.delta !== undefined) expect(f.delta).toBe((f.actual ?? 0) - (f.expected ?? 0));
    }
  });
});
