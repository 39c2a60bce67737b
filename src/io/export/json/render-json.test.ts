import { describe, expect, it } from 'vitest';
import { getCellValue, parseReportJson, type Report } from '../../../domain/index.ts';
import {
  fixtureJson,
  loadFixture,
  withCells,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import { renderJson } from './render-json.ts';

const SEEDS: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];

function parseBack(json: string): Report {
  const result = parseReportJson(json);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.report;
}

describe.each(SEEDS)('JSON export of the seed %s', (name) => {
  it('is the expected JSON, 2-space indented, with a final newline', () => {
    const json = renderJson(loadFixture(name));
    expect(JSON.parse(json)).toEqual(fixtureJson(name));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "schema": "xxgk-nianbao/report@1",');
  });

  it('parses back into the same report', () => {
    const report = loadFixture(name);
    expect(parseBack(renderJson(report))).toEqual(report);
  });
});

describe('JSON export', () => {
  it('recomputes the derived totals, also in last year’s report', () => {
    const previous = withCells(loadFixture('mfa-2020'), {
      'requests.results.total.total': 999,
      'reviews.reconsideration.total': 0,
    });
    const report: Report = {
      ...withCells(loadFixture('mfa-2024'), {
        'requests.newReceived.total': 1,
        'requests.results.denied.stateSecret.naturalPerson': 3,
      }),
      previous,
    };
    const out = parseBack(renderJson(report));
    expect(getCellValue(out, 'requests.newReceived.total')).toBe(82);
    expect(getCellValue(out, 'requests.results.denied.stateSecret.total')).toBe(3);
    expect(getCellValue(out, 'requests.results.total.naturalPerson')).toBe(81);
    expect(getCellValue(out, 'requests.results.total.total')).toBe(81);
    expect(getCellValue(out.previous!, 'requests.results.total.total')).toBe(30);
    expect(getCellValue(out.previous!, 'reviews.reconsideration.total')).toBe(2);
  });

  it('keeps the narrative, the 说明 and everything else of the report', () => {
    const report: Report = {
      ...loadFixture('mfa-2024'),
      acknowledgements: [
        { rule: 'active.inForce', cells: ['active.regulations.inForce'], note: '含修改4件。' },
      ],
    };
    const out = JSON.parse(renderJson(report)) as Record<string, unknown>;
    expect(out.acknowledgements).toEqual(report.acknowledgements);
    expect(out.narrative).toEqual(report.narrative);
    expect(Object.keys(out)).toEqual(Object.keys(report));
  });

  it('keeps the publication (落款 date and contact), which reads back the same', () => {
    const report: Report = {
      ...loadFixture('mfa-2020'),
      publication: { date: '2021-01-25', contact: '联系电话：010-65961114' },
    };
    const back = parseBack(renderJson(report));
    expect(back.publication).toEqual(report.publication);
  });

  it('leaves unfilled cells null and their totals null', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'reviews.litigationDirect.upheld': null,
      'reviews.litigationDirect.corrected': null,
      'reviews.litigationDirect.other': null,
      'reviews.litigationDirect.pending': null,
      'reviews.litigationDirect.total': 7,
    });
    const out = parseBack(renderJson(report));
    expect(out.reviews.litigationDirect).toEqual({
      upheld: null,
      corrected: null,
      other: null,
      pending: null,
      total: null,
    });
  });
});
