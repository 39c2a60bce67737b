/**
 * Test-only: how an imported report differs from the seed it was made from, by the fixtures'
 * rule (../shared/fixtures/README.md): format, year, agency and every figure of 二, 三, 四
 * exactly; the narrative without whitespace (paragraph breaks are free). Returns the
 * differences as lines, so that a test can show all of them at once.
 */
import { allCells, getCellValue, getTemplate, type Report } from '../../../../domain/index.ts';
import type { ImportResult } from '../../import.types.ts';
import { noteMessage } from '../../../../domain/wording/notes/index.ts';

const squeeze = (text: string | undefined): string => (text ?? '').replace(/\s+/gu, '');

/** Where two texts first part, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: got “${a.slice(Math.max(0, i - 12), i + 24)}” expected “${b.slice(Math.max(0, i - 12), i + 24)}”`;
}

export function reportDifferences(
  result: ImportResult,
  expected: Report,
  narrative: (text: string | undefined) => string = squeeze,
): string[] {
  if (!result.ok) return [`refused: ${result.reason}`];
  const got = result.report;
  const out: string[] = [];
  for (const key of ['format', 'year', 'agency'] as const)
    if (got[key] !== expected[key])
      out.push(`${key}: ${String(got[key])} ≠ ${String(expected[key])}`);
  if (got.format !== expected.format) return out;
  for (const cell of allCells(getTemplate(expected.format))) {
    const a = getCellValue(got, cell.id);
    const b = getCellValue(expected, cell.id);
    if (a !== b) out.push(`${cell.id}: ${String(a)} ≠ ${String(b)}`);
  }
  for (const key of ['preamble', 'overview', 'problems', 'other'] as const) {
    const a = narrative(got.narrative?.[key]);
    const b = narrative(expected.narrative?.[key]);
    if (a !== b) out.push(`narrative.${key} ${firstDifference(a, b)}`);
  }
  return out;
}

/** The findings worth a look (not info), one per line, and the uncertain cells. */
export function importNotes(result: ImportResult): string[] {
  if (!result.ok) return [];
  return [
    ...result.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.code}: ${noteMessage(f)}`),
    ...(result.source.uncertainCells.length > 0
      ? [`uncertain: ${result.source.uncertainCells.join(', ')}`]
      : []),
  ];
}

/**
 * The figures read wrong without a word: differing from the report and neither listed as
 * uncertain nor named by a warning or an error. Must be empty for any file.
 */
export function silentlyWrong(result: ImportResult, expected: Report): string[] {
  if (!result.ok) return [];
  if (result.report.format !== expected.format) return [`format ${result.report.format}`];
  const flagged = new Set<string>(result.source.uncertainCells);
  for (const f of result.findings)
    if (f.severity !== 'info') for (const c of f.cells ?? []) flagged.add(c);
  return allCells(getTemplate(expected.format))
    .filter((cell) => !flagged.has(cell.id))
    .filter((cell) => getCellValue(result.report, cell.id) !== getCellValue(expected, cell.id))
    .map(
      (cell) =>
        `${cell.id}: ${String(getCellValue(result.report, cell.id))} ≠ ${String(getCellValue(expected, cell.id))}`,
    );
}
