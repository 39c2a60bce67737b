/**
 * The 图解 tab: charts drawn from the report's figures, redrawn when a figure changes, downloadable
 * as SVG, PNG (2×) and all together as a zip; in the served build and in the offline single file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { createDraft, openReportAsDraft, openTab, TABLE_3, typeInto } from './editor-helpers.ts';
import { watch, watchOffline } from './page-watch.ts';

const chart = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);

/** The texts written in a chart, read from the SVG the page shows (parsed by the browser). */
async function chartTexts(page: Page, id: string): Promise<string[]> {
  const src = await chart(page, id).locator('img').getAttribute('src');
  expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
  return page.evaluate((url) => {
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, src!);
}

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const target = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: readFileSync(target) };
}

test.describe('图解 tab', () => {
  test('shows the report’s figures and redraws when a figure changes; no request leaves the page', async ({
    page,
  }, testInfo) => {
    const w = await watch(page);
    await openReportAsDraft(page);
    await openTab(page, '图解');
    await expect(page.getByRole('heading', { level: 2, name: '图解' })).toBeVisible();
    await expect(chart(page, 'applicants').locator('img')).toHaveAttribute(
      'alt',
      /自然人 82；商业企业 0/,
    );
    expect(await chartTexts(page, 'applicants')).toEqual(
      expect.arrayContaining([
        '申请人构成',
        '自然人',
        '82',
        '外交部 2024 年政府信息公开工作年度报告 · 图解',
      ]),
    );
    await expect(chart(page, 'activeDecisions')).toContainText('行政许可、处罚、强制等事项');
    expect(await chartTexts(page, 'activeDecisions')).toContain('本年无此类情况');
    await page.screenshot({ path: testInfo.outputPath('charts-tab.png'), fullPage: false });

    await openTab(page, TABLE_3);
    await typeInto(page, 'requests.newReceived.commercial', '5');
    await openTab(page, '图解');
    await expect(chart(page, 'applicants').locator('img')).toHaveAttribute(
      'alt',
      /自然人 82；商业企业 5；/,
    );
    expect(await chartTexts(page, 'applicants')).toContain('5');

    // Without the breakdowns, （三）不予公开 … are only in the 办理结果 chart.
    await page.getByRole('checkbox', { name: /分项图/ }).uncheck();
    await expect(chart(page, 'denied')).toHaveCount(0);
    await expect(chart(page, 'results')).toBeVisible();

    const origin = new URL(page.url()).origin;
    expect(w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('each chart downloads as SVG and as PNG at 2×, all as one zip', async ({ page }) => {
    await openReportAsDraft(page);
    await openTab(page, '图解');
    await expect(chart(page, 'results').locator('img')).toBeVisible();

    const svg = await download(
      page,
      page.getByRole('button', { name: '下载“本年度办理结果” SVG' }),
    );
    expect(svg.name).toBe('外交部-2024年度-图解-02-本年度办理结果.svg');
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
      return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, svg.bytes.toString('utf8'));
    expect(texts).toEqual(expect.arrayContaining(['（七）总计', '80', '33']));

    const png = await download(
      page,
      page.getByRole('button', { name: '下载“本年度办理结果” PNG' }),
    );
    expect(png.name).toBe('外交部-2024年度-图解-02-本年度办理结果.png');
    expect(png.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    // IHDR: width and height, twice the SVG's.
    const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg.bytes.toString('utf8'))![1]);
    expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);

    const zip = await download(page, page.getByRole('button', { name: '下载全部图解' }));
    expect(zip.name).toBe('外交部-2024年度-图解.zip');
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(18);
    expect(names[0]).toBe('外交部-2024年度-图解/01-申请人构成.png');
    for (const name of names.filter((n) => n.endsWith('.png')))
      expect(Buffer.from(entries[name]!.subarray(1, 4)).toString('latin1')).toBe('PNG');
  });
});

test('the web page with the 图解 has no script and makes no request when opened', async ({
  page,
  context,
}, testInfo) => {
  await openReportAsDraft(page);
  await openTab(page, '图解');
  await expect(chart(page, 'results').locator('img')).toBeVisible();
  const html = await download(page, page.getByRole('button', { name: /下载含图解的网页/ }));
  expect(html.name).toBe('外交部-2024年度-政府信息公开工作年度报告-2021格式-含图解.html');
  const text = html.bytes.toString('utf8');
  expect(text).not.toMatch(/<script/i);
  expect(text.match(/<svg /g)).toHaveLength(9);

  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const file = pathToFileURL(testInfo.outputPath(html.name)).href;
  await page.goto(file);
  await expect(page.getByRole('heading', { name: '附：图解' })).toBeVisible();
  await expect(page.locator('figure svg')).toHaveCount(9);
  const figures = await page.locator('#chart-results svg text').allTextContents();
  expect(figures).toEqual(expect.arrayContaining(['（七）总计', '80']));
  await page
    .locator('#chart-applicants')
    .screenshot({ path: testInfo.outputPath('html-chart.png') });
  expect(requests).toEqual([file]);
});

test('the Word document with the 图解 carries each chart as SVG with a 2× PNG', async ({
  page,
}) => {
  await openReportAsDraft(page);
  await openTab(page, '图解');
  await expect(chart(page, 'results').locator('img')).toBeVisible();
  const docx = await download(page, page.getByRole('button', { name: /下载含图解的 Word/ }));
  expect(docx.name).toBe('外交部-2024年度-政府信息公开工作年度报告-2021格式-含图解.docx');
  const files = unzipSync(new Uint8Array(docx.bytes));
  const media = Object.keys(files).filter((k) => k.startsWith('word/media/'));
  expect(media.filter((k) => k.endsWith('.svg'))).toHaveLength(9);
  const pngs = media.filter((k) => k.endsWith('.png'));
  expect(pngs).toHaveLength(9);
  for (const k of pngs) expect(Buffer.from(files[k]!).readUInt32BE(16)).toBe(1600);
  expect(Buffer.from(files['word/document.xml']!).toString('utf8')).toContain('附：图解');
});

test('the offline single file draws the 图解 under its strict CSP', async ({ page }) => {
  const w = await watchOffline(page);
  const offline = pathToFileURL(path.resolve(process.cwd(), 'dist/xxgk-nianbao-offline.html')).href;
  await createDraft(page, '某县民政局', 2025, offline);
  await openTab(page, '图解');
  await expect(chart(page, 'applicants').locator('img')).toHaveAttribute('alt', /尚未填写/);
  await openTab(page, TABLE_3);
  await typeInto(page, 'requests.newReceived.naturalPerson', '12');
  await openTab(page, '图解');
  await expect(chart(page, 'applicants').locator('img')).toHaveAttribute('alt', /自然人 12；/);
  expect(await chartTexts(page, 'applicants')).toContain('12');
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
});
