/**
 * Test-only: the two seed reports (../shared/fixtures/seeds) and their realistic layout, and the
 * check every realistic variant must pass.
 */
import { expect } from 'vitest';
import { type Report } from '../../../../domain/index.ts';
import { loadFixture, type FixtureName } from '../../../../domain/test-support/fixtures.ts';
import type { ImportResult } from '../../import.types.ts';
import { reportDifferences } from './compare.ts';
import { reportOutline, type OutlineOptions, type ReportOutline } from './report-outline.ts';
import { noteMessage } from '../../../../domain/wording/notes/index.ts';

export const SEED_NAMES: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];

/** A seed and its layout; the 2020 report's section 五 is headed as 外交部 printed it. */
export function realisticSeed(
  name: FixtureName,
  options: OutlineOptions = {},
): { report: Report; outline: ReportOutline } {
  const report = loadFixture(name);
  const problemsHeading = name === 'mfa-2020' ? '五、存在的主要问题及工作设想' : undefined;
  return {
    report,
    outline: reportOutline(report, { ...(problemsHeading ? { problemsHeading } : {}), ...options }),
  };
}

export interface ExpectOptions {
  /** How narratives are compared (default: without whitespace). */
  readonly narrative?: (text: string | undefined) => string;
  /** The codes of the warnings and errors the import is expected to give (default: none). */
  readonly findings?: readonly string[];
  /** The cells it is expected to flag as uncertain (default: none). */
  readonly uncertain?: readonly string[];
}

/**
 * The import gives the seed: format, year, agency and every figure exactly, the narrative by
 * the fixtures' rule, no cell flagged as uncertain beyond `uncertain`, and no warning or error
 * beyond `findings`.
 */
export function expectImportedAs(
  result: ImportResult,
  expected: Report,
  options: ExpectOptions = {},
): void {
  expect(reportDifferences(result, expected, options.narrative)).toEqual([]);
  if (!result.ok) return;
  const { report } = result;
  expect([report.format, report.year, report.agency]).toEqual([
    expected.format,
    expected.year,
    expected.agency,
  ]);
  expect(report.active).toEqual(expected.active);
  expect(report.requests).toEqual(expected.requests);
  expect(report.reviews).toEqual(expected.reviews);
  expect(result.source.uncertainCells).toEqual(options.uncertain ?? []);
  expect(
    result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${noteMessage(f)}`),
  ).toEqual((options.findings ?? []).map((code) => expect.stringMatching(`^${code}:`)));
}
