/** The optional `sources` list of a summed (汇总) report, in the report schema. */
import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../test-support/fixtures.ts';
import { parseReport, type ParseReportResult } from './schema.ts';

const CHINESE = /[\u4e00-\u9fff]/;

const withSources = (sources: unknown): Record<string, unknown> => ({
  ...fixtureJson('mfa-2024'),
  sources,
});

function issuePaths(result: ParseReportResult): string[] {
  if (result.ok) throw new Error('expected the input to be rejected, but it was accepted');
  for (const issue of result.issues) expect(issue.message).toMatch(CHINESE);
  return result.issues.map((i) => i.path);
}

describe('parseReport: sources (the reports a summed report adds up)', () => {
  it('is optional: the seeds, which have none, parse without one', () => {
    const result = parseReport(fixtureJson('mfa-2024'));
    expect(result.ok && result.report.sources).toBeUndefined();
  });

  it('accepts a list of agency, year, format and an optional file name, kept as given', () => {
    const sources = [
      { agency: '外交部', year: 2024, format: '2021', file: '外交部2024.json' },
      { agency: '', year: 2020, format: '2019' },
    ];
    const result = parseReport(withSources(sources));
    expect(result.ok && result.report.sources).toEqual(sources);
    expect(parseReport(withSources([])).ok).toBe(true);
  });

  it('is allowed in last year’s report too', () => {
    const previous = { ...fixtureJson('mfa-2024'), year: 2023, sources: [] };
    expect(parseReport({ ...fixtureJson('mfa-2024'), previous }).ok).toBe(true);
  });

  it.each([
    ['not a list', { agency: '外交部' }, ['sources']],
    ['an unknown key', [{ agency: '外交部', year: 2024, format: '2021', x: 1 }], ['sources.0']],
    ['no agency', [{ year: 2024, format: '2021' }], ['sources.0.agency']],
    ['a fractional year', [{ agency: '外交部', year: 2024.5, format: '2021' }], ['sources.0.year']],
    ['an unknown format', [{ agency: '外交部', year: 2024, format: '2020' }], ['sources.0.format']],
    [
      'a file that is not text',
      [{ agency: '外交部', year: 2024, format: '2021', file: 3 }],
      ['sources.0.file'],
    ],
  ])('rejects %s, naming the path', (_, sources, paths) => {
    expect(issuePaths(parseReport(withSources(sources)))).toEqual(paths);
  });

  it('names the unknown key of a source in Chinese', () => {
    const result = parseReport(withSources([{ agency: '甲', year: 2024, format: '2021', x: 1 }]));
    expect(!result.ok && result.issues[0]?.message).toBe('sources.0：含有不认识的字段：x');
  });
});
