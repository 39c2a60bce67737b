/**
 * Importing a PDF in the production builds: pdf.js runs in its worker (an inline blob: worker),
 * nothing is fetched, no CSP violation, and the page stays responsive while a bad PDF is read.
 *
 * The PDF is made at test time the way a user makes one: our HTML export of a seed, printed to
 * PDF by Chromium (page.pdf()).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parseReportJson } from '../src/domain/index.ts';
import { buildReportDocument, renderHtml } from '../src/io/export/index.ts';
import { pdfFromLines, pdfWithoutText } from '../src/io/import/pdf/pdf-test-support.ts';
import {
  cellInput,
  createNextYearDraft,
  expectRecognised,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';
import { seedPath } from './fixtures.ts';
import { watch, watchOffline } from './page-watch.ts';

const SINGLE_FILE_URL = pathToFileURL(
  path.resolve(process.cwd(), 'dist/xxgk-nianbao-offline.html'),
).href;
const REVIEW = /核对导入的报告/;

/** The seed's report exported as HTML and printed to PDF by Chromium. */
async function seedPdf(browser: Browser, seed: string): Promise<Buffer> {
  const parsed = parseReportJson(readFileSync(seedPath(`${seed}.expected.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${seed} does not parse`);
  const printer = await browser.newPage();
  await printer.setContent(renderHtml(buildReportDocument(parsed.report)));
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  return pdf;
}

/** The seed's published text, line by line (to print into a PDF with pdfFromLines). */
function seedLines(seed: string): string[] {
  return readFileSync(seedPath(`${seed}.txt`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

async function importPdf(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByTestId('import-input')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer });
}

test.describe('importing a PDF', () => {
  test('a report printed to PDF: reviewed, corrected and turned into next year’s draft (served build)', async ({
    page,
    browser,
  }, testInfo) => {
    const pdf = await seedPdf(browser, 'mfa-2024');
    const w = await watch(page);
    await page.goto('/');
    await importPdf(page, '外交部2024年报告.pdf', pdf);
    await expect(page.getByRole('heading', { name: REVIEW })).toBeVisible({ timeout: 15_000 });
    await expectRecognised(page, '外交部', 2024);
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('82');
    await expect(cellInput(page, 'reviews.reconsideration.pending')).toHaveValue('17');
    await page.screenshot({ path: testInfo.outputPath('review-pdf.png'), fullPage: true });

    // Correct a figure in the review, then create the 2025 draft from it.
    await typeInto(page, 'reviews.reconsideration.upheld', '12');
    await createNextYearDraft(page, '外交部', 2025);
    await openTab(page, TABLE_3);
    // 二、上年结转 = the 2024 report's 四、结转下年度 (3 自然人, 3 in total).
    await expect(cellInput(page, 'requests.carriedOver.naturalPerson')).toHaveValue('3');
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('');
    await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
    await cellInput(page, 'reviews.reconsideration.upheld').focus();
    // The corrected figure is last year's value of the new draft.
    await expect(page.getByText('行政复议 结果维持 上年：12')).toBeVisible();
    await page.getByRole('button', { name: '返回草稿列表' }).click();
    await expect(page.getByRole('link', { name: '外交部2025年报告' })).toBeVisible();

    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    const origin = new URL(page.url()).origin;
    for (const url of w.requests)
      if (!/^(data|blob):/.test(url)) expect(new URL(url).origin).toBe(origin);
  });

  test('a PDF whose Chinese font is not embedded: read with the CMaps bundled in the app', async ({
    page,
  }) => {
    const lines = seedLines('mfa-2024');
    const w = await watch(page);
    await page.goto('/');
    // A CMap the app does not carry (traditional Chinese): said so, nothing fetched.
    await importPdf(page, 'big5.pdf', Buffer.from(pdfFromLines(lines, 'UniCNS-UCS2-H')));
    await expect(page.getByRole('alert')).toContainText('UniCNS-UCS2-H', { timeout: 15_000 });
    // UniGB-UCS2-H and Adobe-GB1-UCS2 are bundled.
    await importPdf(page, 'stsong.pdf', Buffer.from(pdfFromLines(lines)));
    await expect(page.getByRole('heading', { name: REVIEW })).toBeVisible({ timeout: 15_000 });
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('82');
    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    const origin = new URL(page.url()).origin;
    for (const url of w.requests)
      if (!/^(data|blob):/.test(url)) expect(new URL(url).origin).toBe(origin);
  });

  test('a PDF without text, and a damaged one, are refused with one line; the page stays responsive', async ({
    page,
  }) => {
    await page.goto('/');
    await importPdf(page, 'scan.pdf', Buffer.from(pdfWithoutText()));
    await expect(page.getByRole('alert')).toContainText('扫描的 PDF', { timeout: 15_000 });

    // 8 MB of junk behind a PDF header: pdf.js searches all of it (in its worker).
    const junk = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + (i >> 3)) & 255;
    junk.write('%PDF-1.7\n', 0, 'latin1');
    await importPdf(page, 'junk.pdf', junk);
    // The main thread answers at once while the worker reads.
    const started = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(page.getByRole('alert')).toContainText('junk.pdf', { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: REVIEW })).toHaveCount(0);
  });

  test('works in the offline single file: inline worker, no request, no CSP violation', async ({
    page,
    browser,
  }) => {
    const pdf = await seedPdf(browser, 'mfa-2020');
    const w = await watchOffline(page);
    await page.goto(SINGLE_FILE_URL);
    await importPdf(page, '外交部2020年报告.pdf', pdf);
    await expect(page.getByRole('heading', { name: REVIEW })).toBeVisible({ timeout: 15_000 });
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('26');
    await page.getByRole('button', { name: '取消' }).click();
    // A font that is not embedded: the CMaps are inline in the file too.
    await importPdf(page, 'stsong.pdf', Buffer.from(pdfFromLines(seedLines('mfa-2024'))));
    await expect(page.getByRole('heading', { name: REVIEW })).toBeVisible({ timeout: 15_000 });
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('82');
    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    for (const url of w.requests) expect(url).toMatch(/^(file|data|blob):/);
  });
});
