/**
 * One vocabulary (issue 11): every severity, status, table and format word is defined once, in
 * the wording module, and the command line and the editor say it from there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as wording from '../domain/wording/index.ts';
import {
  ACKNOWLEDGED_WORD,
  AREA_WORDS,
  createEmptyReport,
  FORMAT_WORDS,
  getTemplate,
  READY_WORD,
  reportStatus,
  SEVERITY_WORDS,
  TABLE_SHORT_WORDS,
  TABLE_WORDS,
  type Severity,
} from '../domain/index.ts';
import { findingLine, summaryLine } from '../cli/format-findings.ts';
import { AREA_LABELS, SEVERITY_DISPLAY } from './findings/severity-display.ts';
import { sectionTabStatus } from './editor/section-status.ts';
import { sampleFinding } from '../domain/test-support/note-text.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The product's fixed words (severity, status, table, format): each defined once. */
const WORDS: readonly string[] = [
  ...Object.values(SEVERITY_WORDS),
  ACKNOWLEDGED_WORD,
  READY_WORD,
  wording.EMPTY_SECTION_WORD,
  ...Object.values(TABLE_WORDS),
  ...Object.values(TABLE_SHORT_WORDS),
  ...Object.values(FORMAT_WORDS),
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [file] : [];
  });
}

describe('one vocabulary', () => {
  it('defines every word once', () => {
    expect(new Set(WORDS).size).toBe(WORDS.length);
  });

  it('the editor shows the severity and area words of the wording module', () => {
    for (const s of SEVERITIES) expect(SEVERITY_DISPLAY[s].label).toBe(SEVERITY_WORDS[s]);
    expect(AREA_LABELS).toBe(AREA_WORDS);
  });

  it('the command line prints the same severity words and the same status', () => {
    for (const s of SEVERITIES) {
      const line = findingLine(sampleFinding(s));
      expect(line.startsWith(`${SEVERITY_WORDS[s]} `)).toBe(true);
    }
    const report = createEmptyReport({ agency: '某局', year: 2025 });
    const status = reportStatus(report);
    const { errors, warnings, infos, acknowledged, label } = status;
    expect(summaryLine(report, { errors, warnings, infos, acknowledged, status: label })).toMatch(
      new RegExp(`状态：${label}$`),
    );
  });

  it('a tab says its part of the status in the status line’s words', () => {
    const report = createEmptyReport({ agency: '某局', year: 2025 });
    const status = reportStatus(report);
    const template = getTemplate(report.format);
    const tabs = template.sections.map((s) => sectionTabStatus(s, status, []).words);
    for (const table of ['active', 'requests', 'reviews'] as const)
      expect(status.parts).toContain(
        tabs[template.sections.findIndex((s) => s.kind === 'table' && s.table === table)],
      );
  });

  it('no screen or command spells a severity or status word itself', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = [...sources(path.join(root, 'app')), ...sources(path.join(root, 'cli'))];
    const fixed = [...Object.values(SEVERITY_WORDS), ACKNOWLEDGED_WORD, READY_WORD];
    const literal = new RegExp(`['"\`](${fixed.join('|')})['"\`]`);
    const offenders = files.filter((f) => literal.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
