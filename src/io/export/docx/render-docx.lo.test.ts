/**
 * The Word export as a reader sees it: each seed's .docx, and one of a report with a long agency
 * name, a 落款 date and a contact paragraph, is converted to PDF by LibreOffice (Debian's
 * libreoffice-writer; scripts/test-all.sh installs it with poppler-utils). The PDF's text
 * (pdftotext -layout) must hold the title, every heading, every narrative paragraph WITH its
 * punctuation (nothing dropped at a line end) and every figure of tables 二, 三 and 四 in its
 * row, as the seed's expected JSON has them; its layout (pdftotext -bbox-layout) must keep every
 * line inside the 156-mm text block, break the title between agency and year, and fill every page
 * but the last to at least 40 %.
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
import {
  getTemplate,
  type CellId,
  type Report,
  type TableTemplate,
} from '../../../domain/index.ts';
import {
  fixtureJson,
  loadFixture,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import { buildReportDocument, type ReportDocument } from '../report-document.ts';
import { renderDocx } from './render-docx.ts';
import { PAGE } from './document-style.ts';

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

/** A line of the PDF with its box, in points from the page's top left. */
interface PdfLine {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The lines of `pdftotext -bbox-layout` output, page by page. */
function pdfLines(xhtml: string): PdfLine[] {
  const out: PdfLine[] = [];
  xhtml
    .split('<page ')
    .slice(1)
    .forEach((page, p) => {
      const line =
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
      for (const m of page.matchAll(line)) {
        const text = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
        out.push({ page: p, text, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
      }
    });
  return out;
}

const PT = 1 / 20; // twips → points
const BLOCK = {
  left: PAGE.margin.left * PT,
  right: (PAGE.width - PAGE.margin.right) * PT,
  top: PAGE.margin.top * PT,
  bottom: (PAGE.height - PAGE.margin.bottom) * PT,
};
const isPageNumber = (text: string) => /^—\d+—$/.test(text.replace(/\s/g, ''));

const LONG_AGENCY = '某某省某某市某某区人民政府办公室政务公开和政务服务管理局';

const REPORTS: readonly { name: string; report: () => Report }[] = [
  ...SEEDS.map((name) => ({ name, report: () => loadFixture(name) })),
  {
    name: 'long-agency',
    report: () => ({
      ...loadFixture('mfa-2024'),
      agency: LONG_AGENCY,
      publication: { date: '2025-01-20', contact: '联系人：张三，联系电话：010-12345678。' },
    }),
  },
];

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
  const text = new Map<string, string>();
  const boxes = new Map<string, PdfLine[]>();
  const docs = new Map<string, ReportDocument>();

  beforeAll(async () => {
    if (missing.length > 0)
      throw new Error(
        `${missing.join(' and ')} not found: install libreoffice-writer poppler-utils`,
      );
    dir = await mkdtemp(path.join(os.tmpdir(), 'xxgk-docx-lo-'));
    const files: string[] = [];
    for (const { name, report } of REPORTS) {
      const doc = buildReportDocument(report());
      docs.set(name, doc);
      const file = path.join(dir, `${name}.docx`);
      await writeFile(file, await renderDocx(doc));
      files.push(file);
    }
    await convertToPdf(files, dir);
    for (const { name } of REPORTS) {
      const pdf = path.join(dir, `${name}.pdf`);
      const txt = path.join(dir, `${name}.txt`);
      await run('pdftotext', ['-layout', pdf, txt], { timeout: 30_000 });
      const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], {
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      boxes.set(name, pdfLines(stdout));
      // Without the page numbers ("— 3 —"), which would otherwise split paragraphs across pages.
      const lines = (await readFile(txt, 'utf8')).split(/\n/);
      const numbers = lines.filter((l) => /^\s*\f?\s*—\s*\d+\s*—\s*$/.test(l));
      expect(numbers.length, 'page numbers').toBeGreaterThanOrEqual(4);
      text.set(name, lines.filter((l) => !numbers.includes(l)).join('\n'));
    }
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe.each(REPORTS.map((r) => r.name))('%s', (name) => {
    it('holds the title, the six headings and every narrative paragraph, punctuation and all', () => {
      const pdf = text.get(name)!;
      const doc = docs.get(name)!;
      expect(squeeze(pdf)).toContain(squeeze(doc.title));
      const lines = pdf.split('\n').map(squeeze);
      for (const block of doc.blocks) {
        if (block.kind === 'heading') expect(lines, block.text).toContain(block.text);
        if (block.kind === 'paragraph') {
          const paragraph = block.runs.map((r) => r.text).join('');
          expect(squeeze(pdf), paragraph.slice(0, 20)).toContain(squeeze(paragraph));
        }
      }
    });

    it('breaks the title between agency and year, and ends with the 落款', () => {
      const doc = docs.get(name)!;
      const lines = boxes.get(name)!.filter((l) => l.page === 0);
      const yearLine = lines.findIndex((l) => l.text === doc.titleLines[1]);
      expect(yearLine, doc.titleLines[1]).toBeGreaterThan(0);
      expect(
        lines
          .slice(0, yearLine)
          .map((l) => l.text)
          .join(''),
      ).toBe(doc.agency);
      const all = boxes.get(name)!.filter((l) => !isPageNumber(l.text));
      const tail = all.slice(-4).map((l) => l.text);
      expect(tail.join('')).toContain(doc.closing.agency.slice(-4));
      if (doc.closing.date) expect(tail).toContain(doc.closing.date.replace(/\s/g, ''));
      if (doc.contact) expect(tail.join('')).toContain(squeeze(doc.contact).slice(0, 10));
      // The 落款 never stands alone on its page: the text's last lines go with it.
      const lastPage = all.filter((l) => l.page === all.at(-1)!.page).map((l) => l.text);
      const closing = [doc.closing.agency, doc.closing.date ?? ''].join('');
      expect(squeeze(lastPage.join('')).length).toBeGreaterThan(squeeze(closing).length + 10);
    });

    it('keeps every line inside the text block, 28 characters at most', () => {
      // Word and WPS keep a closing 、，。 inside the line (w:overflowPunct="0"); LibreOffice 7.4
      // ignores that and hangs it in the margin, as Chinese typesetting allows: at most that one
      // mark may pass the right edge, and it is drawn, not lost.
      const cjkChar = 16 * 0.98;
      for (const line of boxes.get(name)!) {
        if (isPageNumber(line.text)) continue;
        expect(line.xMin, line.text).toBeGreaterThanOrEqual(BLOCK.left - 1);
        const hangs = /[、，。；：！？”）》]$/.test(line.text);
        expect(line.xMax, line.text).toBeLessThanOrEqual(BLOCK.right + 1 + (hangs ? cjkChar : 0));
        const chars = [...line.text].reduce(
          (n, ch) => n + (ch.codePointAt(0)! < 0x2000 ? 0.5 : 1),
          0,
        );
        expect(chars - (hangs ? 1 : 0), line.text).toBeLessThanOrEqual(28);
      }
    });

    it('fills every page but the last to at least 40 % (tables run on, header rows repeated)', () => {
      const lines = boxes.get(name)!.filter((l) => !isPageNumber(l.text));
      const pages = Math.max(...lines.map((l) => l.page)) + 1;
      for (let p = 0; p < pages - 1; p++) {
        const bottom = Math.max(...lines.filter((l) => l.page === p).map((l) => l.yMax));
        const filled = (bottom - BLOCK.top) / (BLOCK.bottom - BLOCK.top);
        expect(filled, `page ${p + 1}`).toBeGreaterThanOrEqual(0.4);
      }
    });
  });

  it('lays the seeds out on as few pages as published (外交部 2024: 5 pages)', () => {
    const pages = (name: string) => Math.max(...boxes.get(name)!.map((l) => l.page)) + 1;
    expect(pages('mfa-2024')).toBeLessThanOrEqual(5);
    expect(pages('mfa-2020')).toBeLessThanOrEqual(7);
  });

  describe.each(SEEDS)('%s figures', (name) => {
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
