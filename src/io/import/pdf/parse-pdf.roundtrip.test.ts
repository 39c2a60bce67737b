/**
 * Round trip through real PDFs made at test time, the way users make them:
 * - our Word export of each seed, converted to PDF by LibreOffice (soffice, Debian's
 *   libreoffice-writer: scripts/test-all.sh installs it), and a short unrelated letter the same way;
 * - our HTML export of each seed, printed to PDF by Chromium (Debian's, through Playwright).
 * Each report read back must equal the seed: format, year, agency, every figure of tables 二, 三
 * and 四, and the narrative (compared without whitespace; see `lettersOnly` for LibreOffice).
 *
 * Skipped, with a message, only when soffice or chromium is missing outside CI; in CI
 * (process.env.CI) a missing tool fails the test.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { convertToPdf } from '../../test-support/libreoffice.ts';
import { chromium } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../domain/index.ts';
import { loadFixture, type FixtureName } from '../../../domain/test-support/fixtures.ts';
import { renderDocx } from '../../export/docx/index.ts';
import { renderHtml } from '../../export/html/render-html.ts';
import { buildReportDocument } from '../../export/report-document.ts';
import { parseReportPdf, reportFromText } from './index.ts';
import { readPdf } from './read-pdf.ts';

// pdf.js loads on the first PDF, and a 2-core machine running every test file at once is slow.
vi.setConfig({ testTimeout: 30_000 });

const SEEDS: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];
/** A seed with its 落款 date and a contact filled in (the 落款 then prints the date). */
const PUBLISHED = 'mfa-2024-published';
const PUBLICATION = {
  date: '2025-01-20',
  contact: '联系地址：北京市朝阳区朝阳门南大街2号\n联系电话：010-65961114',
};
/** The report printed under each name: a seed, or mfa-2024 with its publication. */
function reportFor(name: string): Report {
  return name === PUBLISHED
    ? { ...loadFixture('mfa-2024'), publication: PUBLICATION }
    : loadFixture(name as FixtureName);
}
const CASES: readonly string[] = [...SEEDS, PUBLISHED];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function onPath(binary: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && existsSync(path.join(dir, binary)));
}

const noSoffice = !onPath('soffice');
const noChromium = !existsSync(CHROMIUM);
const skipLo = noSoffice && !process.env.CI;
const skipChromium = noChromium && !process.env.CI;
if (skipLo) console.warn('parse-pdf.roundtrip.test: LibreOffice part skipped, soffice not found');
if (skipChromium)
  console.warn(`parse-pdf.roundtrip.test: Chromium part skipped, ${CHROMIUM} not found`);

const squeeze = (s: string | undefined) => (s ?? '').replace(/\s+/gu, '');
/**
 * Without punctuation too: LibreOffice leaves out a full-width comma or 顿号 that would hang past
 * the right margin of a justified line (pdftotext does not find it in the PDF either).
 */
const lettersOnly = (s: string | undefined) => squeeze(s).replace(/[\p{P}\p{S}]/gu, '');

/** Parse times, printed once at the end. */
const times: string[] = [];

async function importPdf(label: string, bytes: Uint8Array) {
  const started = performance.now();
  const result = await parseReportPdf(bytes, { name: `${label}.pdf` });
  times.push(`${label} ${Math.round(performance.now() - started)} ms`);
  return result;
}

async function expectSameReport(
  label: string,
  bytes: Uint8Array,
  seed: Report,
  narrative: (s: string | undefined) => string,
): Promise<void> {
  const result = await importPdf(label, bytes);
  if (!result.ok) throw new Error(`${label}: ${result.reason}`);
  const { report, source, findings } = result;
  expect(source.kind).toBe('pdf');
  expect([report.format, report.year, report.agency]).toEqual([
    seed.format,
    seed.year,
    seed.agency,
  ]);
  expect(report.active).toEqual(seed.active);
  expect(report.requests).toEqual(seed.requests);
  expect(report.reviews).toEqual(seed.reviews);
  for (const key of ['preamble', 'overview', 'problems', 'other'] as const)
    expect(narrative(report.narrative?.[key]), key).toBe(narrative(seed.narrative?.[key]));
  // The 落款 and contact: out of 六, into the publication (printed lines joined back).
  expect(report.publication?.date).toBe(seed.publication?.date);
  expect(narrative(report.publication?.contact)).toBe(narrative(seed.publication?.contact));
  expect(source.uncertainCells).toEqual([]);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  // Findings that name a line also name its page.
  for (const f of findings)
    if (f.source?.line !== undefined) expect(f.source.page).toBeGreaterThan(0);
}

afterAll(() => {
  if (times.length > 0) console.log(`PDF import times: ${times.join(', ')}`);
});

describe.skipIf(skipLo)('Word export → LibreOffice PDF → PDF importer', () => {
  let dir: string;
  const pdfs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    if (noSoffice) throw new Error('soffice not found: install libreoffice-writer');
    dir = await mkdtemp(path.join(os.tmpdir(), 'xxgk-pdf-lo-'));
    const files: string[] = [];
    for (const name of CASES) {
      const file = path.join(dir, `${name}.docx`);
      await writeFile(file, await renderDocx(buildReportDocument(reportFor(name))));
      files.push(file);
    }
    const letter = new Document({
      sections: [
        {
          children: [
            '关于调整办公时间的通知',
            '各处室：',
            '根据工作安排，自下月起，机关办公时间调整为上午九时至下午五时。请各处室相互转告，做好对外接待工作。',
            '特此通知。',
            '办公室',
          ].map((text) => new Paragraph(text)),
        },
      ],
    });
    const letterFile = path.join(dir, 'letter.docx');
    await writeFile(letterFile, await Packer.toBuffer(letter));
    files.push(letterFile);
    await convertToPdf(files, dir);
    for (const name of [...CASES, 'letter'])
      pdfs.set(name, new Uint8Array(await readFile(path.join(dir, `${name}.pdf`))));
  }, 150_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(CASES)('%s reads back as the seed', async (name) => {
    await expectSameReport(`LibreOffice ${name}`, pdfs.get(name)!, reportFor(name), lettersOnly);
  });

  it('reads by position when the drawing order is not the reading order', async () => {
    const reading = await readPdf(pdfs.get('mfa-2024')!);
    if (!reading.ok) throw new Error(reading.reason);
    // Each page's pieces drawn back to front: no line can be rebuilt from the drawing order.
    const scrambled = {
      ...reading,
      pages: reading.pages.map((p) => ({ ...p, items: [...p.items].reverse() })),
    };
    const { result } = reportFromText(scrambled, { name: 'scrambled.pdf' });
    if (!result.ok) throw new Error(result.reason);
    const seed = loadFixture('mfa-2024');
    expect(result.report.active).toEqual(seed.active);
    expect(result.report.requests).toEqual(seed.requests);
    expect(result.report.reviews).toEqual(seed.reviews);
    expect(result.findings.map((f) => f.code)).toContain('import.pdf.positionOrder');
  });

  it('an unrelated letter is refused: no annual report in it', async () => {
    const result = await importPdf('LibreOffice letter', pdfs.get('letter')!);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^没有识别到年度报告/);
  });
});

describe.skipIf(skipChromium)('HTML export → Chromium PDF → PDF importer', () => {
  const pdfs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    if (noChromium) throw new Error(`${CHROMIUM} not found: install chromium`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      for (const name of CASES) {
        await page.setContent(renderHtml(buildReportDocument(reportFor(name))));
        pdfs.set(name, new Uint8Array(await page.pdf({ format: 'A4' })));
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it.each(CASES)('%s reads back as the seed', async (name) => {
    await expectSameReport(`Chromium ${name}`, pdfs.get(name)!, reportFor(name), squeeze);
  });
});
