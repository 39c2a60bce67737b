/**
 * The reports `npm run bench` parses, one row each: the seeds as published text and as our JSON,
 * and the 2024 seed in every other form a user may import, made here at bench time the way a user
 * gets them (our Word and web-page exports; a PDF printed by Chromium; a PDF LibreOffice makes of
 * the Word file, like one saved from Word or WPS; our .xlsx and an office's workbook of it; and
 * the published text set in a PDF whose
 * Chinese font is not embedded, read through the bundled CMaps).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { parseReportJson, type Report } from '../../src/domain/index.ts';
import { renderDocx } from '../../src/io/export/docx/index.ts';
import { buildReportDocument, renderHtml } from '../../src/io/export/index.ts';
import { pdfFromLines } from '../../src/io/import/pdf/pdf-test-support.ts';
import { renderXlsx } from '../../src/io/export/xlsx/index.ts';
import { officeWorkbook } from '../../src/io/import/xlsx/test-support.ts';
import { convertToPdf } from '../../src/io/test-support/libreoffice.ts';
import type { ParserInput, ParserName } from './page/api.ts';

export interface ParseCase {
  readonly id: string;
  readonly label: string;
  readonly parser: ParserName;
  /** Timed runs and untimed warm-up runs (fewer for the slow kinds). */
  readonly runs: number;
  readonly warmup: number;
  /** Also time the first parse in a fresh page (pdf.js start-up included). */
  readonly first?: boolean;
  /** The input, or why this machine cannot make it (no LibreOffice). */
  make(browser: Browser): Promise<ParserInput | { readonly unavailable: string }>;
}

export function seedsDir(root: string): string {
  return path.resolve(root, '../shared/fixtures/seeds');
}

const text = (value: string): ParserInput => ({ kind: 'text', text: value });
const bytes = (value: Uint8Array): ParserInput => ({
  kind: 'bytes',
  base64: Buffer.from(value).toString('base64'),
});

export function parseCases(seeds: string): readonly ParseCase[] {
  const seedText = (file: string) => readFileSync(path.join(seeds, file), 'utf8');
  const seed2024 = (): Report => {
    const parsed = parseReportJson(seedText('mfa-2024.expected.json'));
    if (!parsed.ok) throw new Error('bench: mfa-2024.expected.json does not parse');
    return parsed.report;
  };
  const html2024 = () => renderHtml(buildReportDocument(seed2024()));
  const docx2024 = () => renderDocx(buildReportDocument(seed2024()));
  return [
    {
      id: 'parse.json',
      label: 'parse report JSON (parseReportJson, mfa-2024)',
      parser: 'json',
      runs: 200,
      warmup: 20,
      make: async () => text(seedText('mfa-2024.expected.json')),
    },
    {
      id: 'parse.text.2024',
      label: 'parse extracted text (parseReportText, mfa-2024.txt)',
      parser: 'text',
      runs: 200,
      warmup: 20,
      make: async () => text(seedText('mfa-2024.txt')),
    },
    {
      id: 'parse.text.2020',
      label: 'parse extracted text (parseReportText, mfa-2020.txt)',
      parser: 'text',
      runs: 200,
      warmup: 20,
      make: async () => text(seedText('mfa-2020.txt')),
    },
    {
      id: 'parse.docx.2024',
      label: 'import Word .docx (our export of mfa-2024)',
      parser: 'file',
      runs: 50,
      warmup: 5,
      make: async () => bytes(await docx2024()),
    },
    {
      id: 'parse.xlsx.2024',
      label: 'import Excel .xlsx (our export of mfa-2024, read by cell)',
      parser: 'file',
      runs: 50,
      warmup: 5,
      make: async () => bytes(await renderXlsx(seed2024())),
    },
    {
      id: 'parse.xlsx.office.2024',
      label:
        'import Excel .xlsx (an office workbook of mfa-2024: title block, SUM formulas, read by labels)',
      parser: 'file',
      runs: 50,
      warmup: 5,
      make: async () =>
        bytes(
          await officeWorkbook(seed2024(), {
            titleBlock: true,
            headings: true,
            formulas: true,
            origin: { row: 2, column: 2 },
          }),
        ),
    },
    {
      id: 'parse.html.2024',
      label: 'import web page .html (our export of mfa-2024)',
      parser: 'file',
      runs: 50,
      warmup: 5,
      make: async () => bytes(new TextEncoder().encode(html2024())),
    },
    {
      id: 'parse.pdf.printed.2024',
      label: 'import PDF (mfa-2024 web page printed by Chromium)',
      parser: 'file',
      runs: 20,
      warmup: 3,
      first: true,
      make: async (browser) => {
        const page = await browser.newPage();
        try {
          await page.setContent(html2024());
          return bytes(await page.pdf({ format: 'A4' }));
        } finally {
          await page.close();
        }
      },
    },
    {
      id: 'parse.pdf.office.2024',
      label: 'import PDF (mfa-2024 Word file saved as PDF by LibreOffice)',
      parser: 'file',
      runs: 20,
      warmup: 3,
      first: true,
      make: async () => {
        if (!(await hasLibreOffice()))
          return { unavailable: 'soffice (LibreOffice) not installed' };
        const dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-'));
        try {
          const docx = path.join(dir, 'mfa-2024.docx');
          writeFileSync(docx, await docx2024());
          await convertToPdf([docx], dir);
          return bytes(readFileSync(path.join(dir, 'mfa-2024.pdf')));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
    {
      id: 'parse.pdf.text.2024',
      label: 'import PDF (mfa-2024.txt, Chinese font not embedded)',
      parser: 'file',
      runs: 20,
      warmup: 3,
      make: async () =>
        bytes(
          pdfFromLines(
            seedText('mfa-2024.txt')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          ),
        ),
    },
  ];
}

async function hasLibreOffice(): Promise<boolean> {
  try {
    await promisify(execFile)('soffice', ['--version'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
