/**
 * Every export, imported again, gives the same report (the import issue's round trip) — for the
 * text and JSON exports here; the Word, web-page and PDF round trips sit beside their importers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportJson, withTotals, type Report } from '../../domain/index.ts';
import { renderJson } from '../export/json/render-json.ts';
import { buildReportDocument } from '../export/report-document.ts';
import { renderText } from '../export/text/render-text.ts';
import { importReportText } from './import-file.ts';

const SEEDS = path.resolve(process.cwd(), '../shared/fixtures/seeds');

function seed(name: string): Report {
  const parsed = parseReportJson(readFileSync(path.join(SEEDS, `${name}.expected.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.report;
}

const squeeze = (text: string | undefined): string => (text ?? '').replace(/\s/g, '');

function expectSameReport(back: Report, original: Report): void {
  const a = withTotals(original);
  const b = withTotals(back);
  for (const key of ['format', 'year', 'agency', 'active', 'requests', 'reviews'] as const)
    expect(b[key], key).toEqual(a[key]);
  for (const key of ['preamble', 'overview', 'problems', 'other'] as const) {
    expect(squeeze(b.narrative?.[key]), key).toBe(squeeze(a.narrative?.[key]));
  }
}

/** A 落款 date and a contact, as an office fills in 报告信息 before publishing. */
const PUBLICATION = { date: '2025-01-20', contact: '联系电话：010-65961114' };

describe.each(['mfa-2024', 'mfa-2020'])('round trip of %s', (name) => {
  it('the plain-text export reads back as the same report, with nothing to flag', async () => {
    const original = seed(name);
    const imported = await importReportText(renderText(buildReportDocument(original)), {
      name: `${name}.txt`,
    });
    expect(imported.kind).toBe('text');
    if (!imported.result.ok) throw new Error(imported.result.reason);
    expectSameReport(imported.result.report, original);
    expect(imported.result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('the plain-text export has no 落款: a published report reads back the same, 六 clean', async () => {
    const original = { ...seed(name), publication: PUBLICATION };
    const text = renderText(buildReportDocument(original));
    expect(text).not.toContain('2025年1月20日');
    const imported = await importReportText(text, { name: `${name}.txt` });
    if (!imported.result.ok) throw new Error(imported.result.reason);
    expectSameReport(imported.result.report, original);
    expect(imported.result.report.publication).toBeUndefined();
    expect(imported.result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('the plain-text export with a 落款 and contact typed under it reads them back', async () => {
    const original = { ...seed(name), publication: PUBLICATION };
    const text = `${renderText(buildReportDocument(original)).trimEnd()}\n\n外交部\n2025年1月20日\n联系电话：010-65961114\n`;
    const imported = await importReportText(text, { name: `${name}.txt` });
    if (!imported.result.ok) throw new Error(imported.result.reason);
    expectSameReport(imported.result.report, original);
    expect(imported.result.report.publication).toEqual(PUBLICATION);
  });

  it('the JSON export of a published report reads back as the same report', async () => {
    const original = { ...seed(name), publication: PUBLICATION };
    const imported = await importReportText(renderJson(original), { name: `${name}.json` });
    if (!imported.result.ok) throw new Error(imported.result.reason);
    expect(imported.result.report).toEqual(withTotals(original));
  });

  it('the JSON export reads back as the same report', async () => {
    const original = seed(name);
    const imported = await importReportText(renderJson(original), { name: `${name}.json` });
    expect(imported.kind).toBe('json');
    if (!imported.result.ok) throw new Error(imported.result.reason);
    expect(imported.result.report).toEqual(withTotals(original));
  });
});
