/**
 * The Word export as a reader sees it: each seed's .docx is converted to PDF by LibreOffice
 * (Debian's libreoffice-writer; scripts/test-all.sh installs it with poppler-utils) and the
 * PDF's text (pdftotext -layout) must hold the title, every heading, every narrative paragraph
 * and every figure of tables 二, 三 and 四 in its row, as the seed's expected JSON has them.
 *
 * Skipped, with a message, only when soffice or pdftotext is missing outside CI; in CI
 * (process.env.CI) a missing tool fails the test.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { convertToPdf } from '../../test-support/libreoffice.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTemplate, type CellId, type TableTemplate } from '../../../domain/index.ts';
import {
  fixtureJson,
  loadFixture,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import { buildReportDocument, type ReportDocument } from '../report-document.ts';
import { renderDocx } from './render-docx.ts';

const run = promisify(execFile);
const SEEDS: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];

function onPath(binary: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && existsSync(path.join(dir, binary)));
}

const missing = ['soffice', 'pdftotext'].filter((b) => !onPath(b));
const skip = missing.length > 0 && !process.env.CI;
if (skip)
  console.warn(
    `render-docx.lo.test: skipped, ${missing.join(' and ')} not found ` +
      '(apt-get install libreoffice-writer poppler-utils, or run scripts/test-all.sh as root)',
  );

/** Text without whitespace, for comparing runs of Chinese text across line breaks. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
/**
 * Also without punctuation: LibreOffice drops a full-width comma that would hang past the
 * right margin of a justified line (Word draws it in the margin), so narrative text is
 * compared on its characters only.
 */
const lettersOnly = (s: string) => squeeze(s).replace(/[\p{P}\p{S}]/gu, '');

const NUMBER = /-?\d+(?:\.\d+)?/g;

function publishedValue(json: Record<string, unknown>, id: CellId): number {
  const v = id.split('.').reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key];
  }, json);
  if (typeof v !== 'number') throw new Error(`${id} has no figure in the expected JSON`);
  return v;
}

/** The figures of each printed row of a table that has value cells, in reading order. */
function figureRows(
  table: TableTemplate,
  json: Record<string, unknown>,
): { label: string; values: number[] }[] {
  return table.rows.flatMap((row) => {
    const ids = row.flatMap((c) => (c.type === 'value' ? [c.cell] : []));
    if (ids.length === 0) return [];
    const labels = row.flatMap((c) => (c.type === 'label' ? [c.text] : []));
    return [
      { label: labels[labels.length - 1] ?? '', values: ids.map((id) => publishedValue(json, id)) },
    ];
  });
}

/** The lines of the PDF text from the heading `from` up to the heading `to` (or the end). */
function section(lines: readonly string[], from: string, to: string | undefined): string[] {
  const start = lines.findIndex((l) => squeeze(l) === from);
  const end = to === undefined ? lines.length : lines.findIndex((l) => squeeze(l) === to);
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return lines.slice(start + 1, end);
}

/** Lines that end in exactly `n` figures (after a label or nothing), as numbers. */
function trailingFigures(lines: readonly string[], n: number): number[][] {
  const tail = new RegExp(`(?:^|\\s)(-?\\d+(?:\\.\\d+)?(?:\\s+-?\\d+(?:\\.\\d+)?){${n - 1}})\\s*$`);
  return lines.flatMap((l) => {
    const m = tail.exec(l);
    if (!m) return [];
    const before = l.slice(0, m.index);
    if (/\d\s*$/.test(before)) return []; // more than n figures
    return [m[1]!.match(NUMBER)!.map(Number)];
  });
}

describe.skipIf(skip)('Word export converted to PDF by LibreOffice', () => {
  let dir: string;
  const text = new Map<FixtureName, string>();
  const docs = new Map<FixtureName, ReportDocument>();

  beforeAll(async () => {
    if (missing.length > 0)
      throw new Error(
        `${missing.join(' and ')} not found: install libreoffice-writer poppler-utils`,
      );
    dir = await mkdtemp(path.join(os.tmpdir(), 'xxgk-docx-lo-'));
    const files: string[] = [];
    for (const name of SEEDS) {
      const doc = buildReportDocument(loadFixture(name));
      docs.set(name, doc);
      const file = path.join(dir, `${name}.docx`);
      await writeFile(file, await renderDocx(doc));
      files.push(file);
    }
    await convertToPdf(files, dir);
    for (const name of SEEDS) {
      const pdf = path.join(dir, `${name}.pdf`);
      const txt = path.join(dir, `${name}.txt`);
      await run('pdftotext', ['-layout', pdf, txt], { timeout: 30_000 });
      // Without the page numbers ("— 3 —"), which would otherwise split paragraphs across pages.
      const lines = (await readFile(txt, 'utf8')).split(/\n/);
      const numbers = lines.filter((l) => /^\s*\f?\s*—\s*\d+\s*—\s*$/.test(l));
      expect(numbers.length, 'page numbers').toBeGreaterThanOrEqual(4);
      text.set(name, lines.filter((l) => !numbers.includes(l)).join('\n'));
    }
  }, 150_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe.each(SEEDS)('%s', (name) => {
    it('holds the title, the six headings and every narrative paragraph', () => {
      const pdf = text.get(name)!;
      const doc = docs.get(name)!;
      expect(squeeze(pdf)).toContain(squeeze(doc.title));
      const lines = pdf.split('\n').map(squeeze);
      for (const block of doc.blocks) {
        if (block.kind === 'heading') expect(lines, block.text).toContain(block.text);
        if (block.kind === 'paragraph') {
          const paragraph = block.runs.map((r) => r.text).join('');
          expect(lettersOnly(pdf), paragraph.slice(0, 20)).toContain(lettersOnly(paragraph));
        }
      }
    });

    it('holds every figure of tables 二, 三 and 四 in its row, as published', () => {
      const pdf = text.get(name)!;
      const lines = pdf.split('\n');
      const json = fixtureJson(name);
      const template = getTemplate(docs.get(name)!.format);
      const heading = (i: number) => template.sections[i]!.heading;

      // 二: each row's label, then its figures
      const active = section(lines, heading(1), heading(2));
      for (const row of figureRows(template.tables.active, json)) {
        const line = active.find((l) => l.trim().startsWith(row.label));
        expect(line, row.label).toBeDefined();
        expect(
          line!
            .slice(line!.indexOf(row.label) + row.label.length)
            .match(NUMBER)!
            .map(Number),
        ).toEqual(row.values);
      }

      // 三: 25 (2021) or 23 (2019) rows of 7 figures, in order
      const requests = section(lines, heading(2), heading(3));
      expect(trailingFigures(requests, 7)).toEqual(
        figureRows(template.tables.requests, json).map((r) => r.values),
      );

      // 四: one row of 15 figures
      const reviews = section(lines, heading(3), heading(4));
      expect(trailingFigures(reviews, 15)).toEqual(
        figureRows(template.tables.reviews, json).map((r) => r.values),
      );
    });
  });
});
