import { describe, expect, it } from 'vitest';
import { leafPaths } from '../test-support/fixtures.ts';
import { allCells, getTemplate } from '../templates/index.ts';
import { createEmptyReport } from './create.ts';
import { getCellValue } from './cells.ts';
import { REPORT_SCHEMA_ID } from './report.types.ts';
import { parseReport } from './schema.ts';

describe('createEmptyReport', () => {
  it.each([
    [2025, '2021'],
    [2021, '2021'],
    [2020, '2019'],
    [2019, '2019'],
  ] as const)('for %i uses the %s format', (year, format) => {
    const report = createEmptyReport({ year, agency: '某某市教育局' });
    expect(report).toMatchObject({
      schema: REPORT_SCHEMA_ID,
      format,
      year,
      agency: '某某市教育局',
    });
  });

  it.each([
    [2025, '2021'],
    [2020, '2019'],
  ] as const)('for %i (format %s) passes the schema unchanged', (year, format) => {
    const report = createEmptyReport({ year, agency: '某某区人民政府办公室' });
    const parsed = parseReport(report);
    expect(parsed).toEqual({ ok: true, report });
    expect(parsed.ok && parsed.report.format).toBe(format);
  });

  it.each([2025, 2020])(
    'for %i has every cell of its format, all null, and nothing else',
    (year) => {
      const report = createEmptyReport({ year, agency: '某局' });
      const cells = allCells(getTemplate(report.format));
      for (const cell of cells) expect(getCellValue(report, cell.id), cell.id).toBeNull();
      const paths = (['active', 'requests', 'reviews'] as const).flatMap((t) =>
        leafPaths(report[t], t),
      );
      expect(paths.sort()).toEqual(cells.map((c) => c.id).sort());
    },
  );

  it('starts with an empty narrative and no previous report or acknowledgements', () => {
    const report = createEmptyReport({ year: 2025, agency: '某局' });
    expect(report.narrative).toEqual({ preamble: '', overview: '', problems: '', other: '' });
    expect(report.previous).toBeUndefined();
    expect(report.acknowledgements).toBeUndefined();
  });

  it('honours an explicit format, even one that does not match the year (format.year reports it)', () => {
    const report = createEmptyReport({ year: 2020, agency: '某局', format: '2021' });
    expect(report.format).toBe('2021');
    expect(getCellValue(report, 'active.fees.amount')).toBeNull();
    expect(parseReport(report).ok).toBe(true);
  });

  it('returns independent reports', () => {
    const a = createEmptyReport({ year: 2025, agency: '甲' });
    const b = createEmptyReport({ year: 2025, agency: '乙' });
    expect(a.requests).not.toBe(b.requests);
    expect(a.requests).toEqual(b.requests);
  });
});
