/**
 * Test-only helpers: the seed fixtures of ../shared/fixtures/seeds (read at test time, never
 * copied into the repository) and small ways to derive variants of a report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkReport,
  parseReportJson,
  setCellValue,
  type CellValue,
  type CheckOptions,
  type Finding,
  type Narrative,
  type Report,
  type Report2019,
  type Report2021,
} from '../index.ts';

export type FixtureName = 'mfa-2024' | 'mfa-2020';

const FORMAT_OF: Record<FixtureName, Report['format']> = { 'mfa-2024': '2021', 'mfa-2020': '2019' };

/** The seeds live beside the repository (CI clones shared/ next to it); vitest runs from the repo root. */
export function fixturePath(name: FixtureName): string {
  return path.resolve(process.cwd(), '../shared/fixtures/seeds', `${name}.expected.json`);
}

/** The fixture's expected JSON, as text. */
export function fixtureText(name: FixtureName): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** The fixture's expected JSON, decoded but not checked (for tests that compare raw shapes). */
export function fixtureJson(name: FixtureName): Record<string, unknown> {
  const value: unknown = JSON.parse(fixtureText(name));
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`fixture ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}

/** A fresh copy of the fixture as a Report (parsed through the schema); throws with the issues if it does not parse. */
export function loadFixture(name: 'mfa-2024'): Report2021;
export function loadFixture(name: 'mfa-2020'): Report2019;
export function loadFixture(name: FixtureName): Report;
export function loadFixture(name: FixtureName): Report {
  const result = parseReportJson(fixtureText(name));
  if (!result.ok) {
    throw new Error(
      `fixture ${name} does not parse:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
  }
  if (result.report.format !== FORMAT_OF[name])
    throw new Error(
      `fixture ${name} has format ${result.report.format}, expected ${FORMAT_OF[name]}`,
    );
  return result.report;
}

/** A copy of the report with several cells changed (through setCellValue, so no schema check). */
export function withCells<R extends Report>(
  report: R,
  values: Readonly<Record<string, CellValue>>,
): R {
  return Object.entries(values).reduce<R>((r, [id, v]) => setCellValue(r, id, v), report);
}

/** Dotted paths of every leaf (non-object value) below `value`, e.g. `requests.newReceived.total`. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** A copy of the report with some narrative sections replaced. */
export function withNarrative<R extends Report>(report: R, patch: Narrative): R {
  return { ...report, narrative: { ...report.narrative, ...patch } };
}

/** The findings of one rule when the whole catalogue runs over the report. */
export function findingsOf(rule: string, report: Report, options: CheckOptions = {}): Finding[] {
  return checkReport(report, options).filter((f) => f.rule === rule);
}

/** A figure of the fixture's expected JSON, read by its dotted path (as printed, totals included). */
export function fixtureFigure(name: FixtureName, id: string): unknown {
  return id
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      fixtureJson(name),
    );
}
