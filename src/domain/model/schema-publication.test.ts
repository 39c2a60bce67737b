/** The optional `publication` (落款 date, contact paragraph) of a report, in the report schema. */
import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../test-support/fixtures.ts';
import { parseReport } from './schema.ts';

const withPublication = (publication: unknown): Record<string, unknown> => ({
  ...fixtureJson('mfa-2024'),
  publication,
});

describe('parseReport: publication (落款 date and contact)', () => {
  it('is optional: the seeds have none', () => {
    const result = parseReport(fixtureJson('mfa-2024'));
    expect(result.ok && result.report.publication).toBeUndefined();
  });

  it('keeps a date and a contact paragraph as given, each optional', () => {
    for (const publication of [
      { date: '2025-01-20', contact: '联系电话：010-12345678' },
      { date: '2024-02-29' },
      { contact: '地址：北京市' },
      {},
    ]) {
      const result = parseReport(withPublication(publication));
      expect(result.ok && result.report.publication).toEqual(publication);
    }
  });

  it.each([
    ['2025-1-20', 'publication.date'],
    ['2025-02-30', 'publication.date'],
    ['二〇二五年一月二十日', 'publication.date'],
  ])('refuses the date %s with a Chinese message naming publication.date', (date, path) => {
    const result = parseReport(withPublication({ date }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([path]);
    expect(result.issues[0]!.message).toMatch(/日期/);
  });

  it('refuses unknown fields and a contact that is not text', () => {
    expect(parseReport(withPublication({ signer: '张三' })).ok).toBe(false);
    expect(parseReport(withPublication({ contact: 12345 })).ok).toBe(false);
  });
});
