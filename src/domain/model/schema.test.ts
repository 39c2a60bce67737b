import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText, loadFixture } from '../test-support/fixtures.ts';
import { checkReport } from '../rules/index.ts';
import { getCellValue } from './cells.ts';
import { createEmptyReport } from './create.ts';
import { REPORT_SCHEMA_ID } from './report.types.ts';
import { MAX_CELL_VALUE } from './cell-value-schema.ts';
import {
  MAX_INPUT_BYTES,
  parseReport,
  parseReportJson,
  type ParseReportResult,
  type ReportIssue,
} from './schema.ts';
import { withTotals } from './totals.ts';

const CHINESE = /[\u4e00-\u9fff]/;

/** The issues of a rejected parse; fails the test if it was accepted. */
function issuesOf(result: ParseReportResult): readonly ReportIssue[] {
  if (result.ok) throw new Error('expected the input to be rejected, but it was accepted');
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) expect(issue.message).toMatch(CHINESE);
  return result.issues;
}

/** The single issue at `path` (fails if there is none). */
function issueAt(result: ParseReportResult, path: string): ReportIssue {
  const issue = issuesOf(result).find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}: ${JSON.stringify(issuesOf(result))}`);
  return issue;
}

/** The 2024 fixture as a plain mutable object, with one value replaced at a dotted path. */
function fixtureWith(
  path: string,
  value: unknown,
  name: 'mfa-2024' | 'mfa-2020' = 'mfa-2024',
): Record<string, unknown> {
  const json = fixtureJson(name);
  const keys = path.split('.');
  let node = json;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
  return json;
}

describe('parseReport / parseReportJson: accepted input', () => {
  it.each(['mfa-2024', 'mfa-2020'] as const)('accepts the %s fixture as it is', (name) => {
    const result = parseReportJson(fixtureText(name));
    expect(result.ok).toBe(true);
    expect(result.ok && result.report).toEqual(fixtureJson(name));
  });

  it('accepts null (not filled yet) in any cell', () => {
    expect(
      parseReport(fixtureWith('requests.results.denied.stateSecret.naturalPerson', null)).ok,
    ).toBe(true);
    expect(parseReport(fixtureWith('active.fees.amount', null)).ok).toBe(true);
  });

  it('accepts a negative 本年增/减 in a 2019 report', () => {
    const result = parseReport(fixtureWith('active.penalty.change', -8, 'mfa-2020'));
    expect(result.ok).toBe(true);
    expect(result.ok && getCellValue(result.report, 'active.penalty.change')).toBe(-8);
  });

  it('accepts money with 4 decimals and the bound 10^9 itself', () => {
    expect(parseReport(fixtureWith('active.fees.amount', 0.0001)).ok).toBe(true);
    expect(parseReport(fixtureWith('active.fees.amount', 123456.789)).ok).toBe(true);
    expect(parseReport(fixtureWith('active.procurement.amount', 1234567.1234, 'mfa-2020')).ok).toBe(
      true,
    );
    expect(parseReport(fixtureWith('requests.newReceived.naturalPerson', MAX_CELL_VALUE)).ok).toBe(
      true,
    );
  });

  it('accepts last year’s report as `previous`, also in the other format', () => {
    const json = fixtureJson('mfa-2024');
    json.previous = fixtureJson('mfa-2020');
    const result = parseReport(json);
    expect(result.ok).toBe(true);
    expect(result.ok && result.report.previous?.format).toBe('2019');
  });

  it('accepts a missing narrative and acknowledgements with a 说明', () => {
    const json = fixtureJson('mfa-2024');
    delete json.narrative;
    json.acknowledgements = [
      { rule: 'active.feeUnit', cells: ['active.fees.amount'], note: '本年收费确为此数' },
    ];
    expect(parseReport(json).ok).toBe(true);
  });

  it('accepts a file that leaves out the derived totals, and then has them as null so the checks can run', () => {
    const json = fixtureJson('mfa-2024');
    const requests = json.requests as {
      newReceived: Record<string, unknown>;
      results: { total: Record<string, unknown> };
    };
    delete requests.newReceived.total;
    delete requests.results.total.naturalPerson;
    const result = parseReport(json);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(getCellValue(result.report, 'requests.newReceived.total')).toBeNull();
    expect(getCellValue(withTotals(result.report), 'requests.newReceived.total')).toBe(82);
    expect(getCellValue(withTotals(result.report), 'requests.results.total.naturalPerson')).toBe(
      80,
    );
    expect(checkReport(result.report, { mode: 'final' })).toEqual([]);
  });

  it('leaves the parsed input unmodified', () => {
    const json = fixtureJson('mfa-2024');
    const before = structuredClone(json);
    parseReport(json);
    expect(json).toEqual(before);
  });
});

describe('parseReport: rejected cells name the path and the printed labels, in Chinese', () => {
  const NATURAL = 'requests.newReceived.naturalPerson';
  const NATURAL_LABEL = '一、本年新收政府信息公开申请数量 自然人';

  it.each([
    ['a string', '5', /应为数字/],
    ['a negative count', -1, /不能为负数/],
    ['a fractional count', 1.5, /应为整数/],
    ['NaN', Number.NaN, /有限的数字/],
    ['Infinity', Number.POSITIVE_INFINITY, /有限的数字/],
    ['-Infinity', Number.NEGATIVE_INFINITY, /有限的数字/],
    ['a number beyond 10^9', MAX_CELL_VALUE + 1, /超出上限/],
    ['a boolean', true, /应为数字/],
    ['an object', { value: 1 }, /应为数字/],
  ])('rejects %s in a count cell', (_what, value, reason) => {
    const issue = issueAt(parseReport(fixtureWith(NATURAL, value)), NATURAL);
    expect(issue.message).toContain(NATURAL);
    expect(issue.message).toContain(NATURAL_LABEL);
    expect(issue.message).toMatch(reason);
  });

  it('accepts money to the 分 (6 decimals) and rejects more', () => {
    expect(parseReport(fixtureWith('active.fees.amount', 5949.088667)).ok).toBe(true);
    expect(parseReport(fixtureWith('active.fees.amount', 24252.311082)).ok).toBe(true);
    const issue = issueAt(
      parseReport(fixtureWith('active.fees.amount', 12.3456789)),
      'active.fees.amount',
    );
    expect(issue.message).toContain('active.fees.amount');
    expect(issue.message).toContain('行政事业性收费 本年收费金额（单位：万元）');
    expect(issue.message).toMatch(/6 位小数/);
  });

  it('rejects negative money and a fractional 本年增/减', () => {
    expect(
      issueAt(parseReport(fixtureWith('active.fees.amount', -0.5)), 'active.fees.amount').message,
    ).toMatch(/负数/);
    const change = issueAt(
      parseReport(fixtureWith('active.fees.change', -0.5, 'mfa-2020')),
      'active.fees.change',
    );
    expect(change.message).toContain('行政事业性收费 本年增/减');
    expect(change.message).toMatch(/整数/);
  });

  it('rejects a total that is not a number either', () => {
    const issue = issueAt(
      parseReport(fixtureWith('reviews.reconsideration.total', 'x')),
      'reviews.reconsideration.total',
    );
    expect(issue.message).toContain('行政复议 总计');
  });

  it('rejects a missing entered cell', () => {
    const json = fixtureJson('mfa-2024');
    delete (json.reviews as { reconsideration: Record<string, unknown> }).reconsideration.upheld;
    expect(issueAt(parseReport(json), 'reviews.reconsideration.upheld').message).toMatch(/缺少/);
  });

  it('names a cell of last year’s report as such', () => {
    const json = fixtureJson('mfa-2024');
    json.previous = fixtureWith('requests.carriedForward.commercial', -2);
    const issue = issueAt(parseReport(json), 'previous.requests.carriedForward.commercial');
    expect(issue.message).toContain('上年报告');
    expect(issue.message).toContain('previous.requests.carriedForward.commercial');
    expect(issue.message).toContain('四、结转下年度继续办理 商业企业');
  });

  it('reports every bad cell, not only the first', () => {
    const json = fixtureWith('requests.newReceived.research', -3);
    (json.reviews as { litigationDirect: Record<string, unknown> }).litigationDirect.other = 0.5;
    const paths = issuesOf(parseReport(json)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['requests.newReceived.research', 'reviews.litigationDirect.other']),
    );
  });
});

describe('parseReport: rejected structure', () => {
  it('rejects an unknown key at the top level, naming it', () => {
    const json = fixtureJson('mfa-2024');
    json.remarks = '备注';
    const issue = issueAt(parseReport(json), '');
    expect(issue.message).toContain('remarks');
  });

  it('rejects an unknown key nested in a table, naming the path and the key', () => {
    const json = fixtureJson('mfa-2024');
    (json.requests as { newReceived: Record<string, unknown> }).newReceived.lawyers = 1;
    const issue = issueAt(parseReport(json), 'requests.newReceived');
    expect(issue.message).toContain('requests.newReceived');
    expect(issue.message).toContain('lawyers');
  });

  it('rejects a cell of the other format (a 2019 row in a 2021 report)', () => {
    const json = fixtureJson('mfa-2024');
    (json.active as Record<string, unknown>).procurement = { projects: 1, amount: 2 };
    expect(issueAt(parseReport(json), 'active').message).toContain('procurement');
  });

  it('rejects an unknown narrative key and a wrong type of narrative', () => {
    const json = fixtureJson('mfa-2024');
    (json.narrative as Record<string, unknown>).summary = '……';
    expect(issueAt(parseReport(json), 'narrative').message).toContain('summary');
    expect(
      issueAt(parseReport(fixtureWith('narrative.overview', 12)), 'narrative.overview').message,
    ).toMatch(/文字/);
  });

  it('rejects a wrong year and a missing agency', () => {
    expect(issueAt(parseReport(fixtureWith('year', 2024.5)), 'year').message).toContain('year');
    const json = fixtureJson('mfa-2024');
    delete json.agency;
    expect(issueAt(parseReport(json), 'agency').message).toMatch(/缺少/);
  });

  it.each([
    [
      'top level',
      '{"__proto__":{"polluted":1},"schema":"xxgk-nianbao/report@1","format":"2021"}',
      '__proto__',
      '',
    ],
    ['inside requests', null, '__proto__', 'requests'],
    ['constructor inside requests', null, 'constructor', 'requests.newReceived'],
  ])('rejects a %s prototype key in JSON text', (_where, text, key, path) => {
    let json = text;
    if (json === null) {
      const fixture = fixtureText('mfa-2024');
      json =
        key === '__proto__'
          ? fixture.replace('"requests": {', '"requests": {"__proto__": {"polluted": 1},')
          : fixture.replace('"newReceived": {', '"newReceived": {"constructor": 1,');
      expect(json).not.toBe(fixture);
    }
    const issue = issueAt(parseReportJson(json), path);
    expect(issue.message).toContain(key);
    if (path) expect(issue.message).toContain(path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects JSON of another schema, or with no schema', () => {
    const other = fixtureWith('schema', 'xxgk-nianbao/report@2');
    expect(issueAt(parseReport(other), 'schema').message).toContain(REPORT_SCHEMA_ID);
    const none = fixtureJson('mfa-2024');
    delete none.schema;
    expect(issueAt(parseReport(none), 'schema').message).toContain('schema');
    expect(
      issueAt(parseReportJson('{"name":"package","version":"1.0.0"}'), 'schema').message,
    ).toContain(REPORT_SCHEMA_ID);
  });

  it('rejects an unknown format', () => {
    const issue = issueAt(parseReport(fixtureWith('format', '2030')), 'format');
    expect(issue.message).toContain('format');
    expect(issue.message).toContain('2030');
  });

  it('rejects a report whose tables do not fit its format', () => {
    const json = fixtureWith('format', '2019');
    expect(issuesOf(parseReport(json)).some((i) => i.path.startsWith('active'))).toBe(true);
  });

  it.each([
    ['an array', []],
    ['a string', 'report'],
    ['null', null],
    ['a number', 2024],
  ])('rejects %s as the whole value', (_what, value) => {
    expect(issueAt(parseReport(value), '').message).toMatch(/JSON 对象/);
  });
});

describe('parseReportJson: rejected text', () => {
  it('rejects input over 5 MB without parsing it', () => {
    const ascii = `{"x":"${'a'.repeat(MAX_INPUT_BYTES)}"}`;
    expect(issueAt(parseReportJson(ascii), '').message).toMatch(/5 MB/);
  });

  it('counts bytes, not characters: 2 million Chinese characters are over 5 MB', () => {
    const chinese = `{"x":"${'年'.repeat(1_800_000)}"}`;
    expect(chinese.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(issueAt(parseReportJson(chinese), '').message).toMatch(/5 MB/);
  });

  it.each(['', '   \n\t'])('rejects empty text %j', (text) => {
    expect(issueAt(parseReportJson(text), '').message).toMatch(/空/);
  });

  it('rejects truncated JSON', () => {
    const text = fixtureText('mfa-2024');
    const issue = issueAt(parseReportJson(text.slice(0, Math.floor(text.length / 2))), '');
    expect(issue.message).toMatch(/^不是有效的 JSON（文件可能不完整或已损坏）：/);
    // Said in Chinese: where it stopped, never the engine's English message.
    expect(issue.message.replace('JSON', '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(issueAt(parseReportJson('{"schema": 1,'), '').message).toMatch(/第 1 行第 14 列附近$/);
    expect(issueAt(parseReportJson('{"a": 1}\n  x'), '').message).toMatch(/第 2 行第 3 列附近$/);
  });

  it('accepts an empty report made by the app, serialised', () => {
    const report = createEmptyReport({ year: 2025, agency: '某局' });
    expect(parseReportJson(JSON.stringify(report))).toEqual({ ok: true, report });
  });

  it('round-trips the fixtures through JSON.stringify', () => {
    const report = loadFixture('mfa-2020');
    expect(parseReportJson(JSON.stringify(report))).toEqual({ ok: true, report });
  });
});
