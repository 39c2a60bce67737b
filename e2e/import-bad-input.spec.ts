/**
 * Files that are not a report, handed to 导入上年报告 in the served build: each is refused with
 * one Chinese line naming it, the page stays responsive, and no draft changes. A web page with
 * scripts is data only: nothing of it runs or becomes markup, even when it is a report.
 * (Empty files, junk, truncated or foreign JSON, plain news text and scanned or damaged PDFs are
 * in import.spec.ts and import-pdf.spec.ts.)
 */
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseReportJson } from '../src/domain/index.ts';
import { buildReportDocument, renderHtml } from '../src/io/export/index.ts';
import { documentXml, docxPackage, paragraph } from '../src/io/import/docx/test-support.ts';
import { lieAboutSize, setEncrypted } from '../src/io/read/zip-test-support.ts';
import { pdfFromLines } from '../src/io/import/pdf/pdf-test-support.ts';
import {
  cellInput,
  createDraft,
  expectSaved,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';
import { readSeedJson } from './fixtures.ts';
import { watch } from './page-watch.ts';

const REVIEW = /核对导入的报告/;
const FIGURE = 'requests.newReceived.naturalPerson';

/** A news item: Chinese text, numbers and dates, but nothing of an annual report's tables. */
const NEWS = [
  '市气象台发布今冬首场寒潮预警',
  '2025年1月8日，市气象台发布寒潮蓝色预警信号。',
  '受强冷空气影响，预计未来三天全市气温将下降8至10摄氏度，',
  '最低气温可达零下12摄氏度，并伴有5至6级偏北风。',
  '气象部门提醒市民注意防寒保暖，出行注意交通安全，',
  '农业生产单位做好大棚蔬菜和畜禽的防冻工作。',
  '据统计，今年以来全市共发布各类气象预警信息37次，',
  '其中寒潮预警4次、大风预警11次、暴雨预警22次。',
  '市民可通过气象服务热线12121或官方网站查询最新天气。',
];

/** Scripts, an event handler and a frame: none may run or be shown as markup. */
const HOSTILE =
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">' +
  '<iframe srcdoc="<script>parent.__pwned=3</script>"></iframe>';

const UNRELATED_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>天气新闻</title>
${HOSTILE}</head><body><h1>${NEWS[0]}</h1>${NEWS.slice(1)
  .map((l) => `<p>${l}</p>`)
  .join('')}</body></html>`;

/** The 2024 seed report as our web-page export, with scripts put into it. */
function hostileReportHtml(): string {
  const parsed = parseReportJson(JSON.stringify(readSeedJson('mfa-2024.expected.json')));
  if (!parsed.ok) throw new Error('the seed does not parse');
  return renderHtml(buildReportDocument(parsed.report))
    .replace(/<body[^>]*>/, (body) => `${body}${HOSTILE}`)
    .replace('</body>', `${HOSTILE}</body>`);
}

/** The main thread answers: a frame is painted soon (a frozen page never paints). */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(2000);
}

/** A Word file whose main part inflates to 60 MB while both its headers claim 1,000 bytes. */
function lyingZipBomb(): Uint8Array {
  const bytes = docxPackage(documentXml(paragraph('年'.repeat(20 * 1024 * 1024))));
  return lieAboutSize(bytes, 'word/document.xml');
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // Nothing of the file became markup: the app itself has no image, frame, handler or body script.
  await expect(page.locator('body img, body iframe, body script, [onerror]')).toHaveCount(0);
}

test('files that are not a report are refused in one Chinese line; no draft changes; no script runs', async ({
  page,
}, testInfo) => {
  const w = await watch(page);
  await createDraft(page, '测试局', 2025);
  await openTab(page, TABLE_3);
  await typeInto(page, FIGURE, '7');
  await expectSaved(page);
  await page.getByRole('button', { name: '返回草稿列表' }).first().click();
  const rows = page.locator('.drafts-table tbody tr');
  await expect(rows).toHaveCount(1);
  const listBefore = await rows.allInnerTexts();

  const input = page.getByTestId('import-input');
  const refusals = [
    {
      name: '天气新闻.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdfFromLines(NEWS)),
      reason: /没有识别到/,
    },
    {
      name: '会议通知.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docxPackage(documentXml(NEWS.map(paragraph).join('')))),
      reason: /没有识别到/,
    },
    {
      name: '天气新闻.html',
      mimeType: 'text/html',
      buffer: Buffer.from(UNRELATED_HTML),
      reason: /没有识别到/,
    },
    {
      name: '炸弹.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      // Under 1 MB that inflates to 60 MB, its headers claiming 1,000 bytes.
      buffer: Buffer.from(lyingZipBomb()),
      reason: '“炸弹.docx”的正文解压后超过 50 MB，不像是一份年度报告（文件可能已损坏），未读取',
    },
    {
      name: '加密.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(
        setEncrypted(docxPackage(documentXml(NEWS.map(paragraph).join(''))), 'word/document.xml'),
      ),
      reason: '“加密.docx”设有密码（已加密），请在 Word 或 WPS 中取消密码、另存后再导入',
    },
  ];
  for (const file of refusals) {
    await test.step(file.name, async () => {
      await input.setInputFiles(file);
      await expectResponsive(page);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`“${file.name}”`, { timeout: 15_000 });
      await expect(alert).toContainText(file.reason);
      // One line of Chinese, no English error text (beside the file's name and the programs
      // a message names: "请在 Word 或 WPS 中…").
      const text = (await alert.innerText()).trim().replace(file.name, '');
      expect(text.replace(/\bWord\b/gu, '')).not.toMatch(/\n|[A-Za-z]{4,}/);
      await expect(page.getByRole('heading', { name: REVIEW })).toHaveCount(0);
      await expectNothingRan(page);
    });
  }
  await page.screenshot({ path: testInfo.outputPath('refused-html.png') });

  await test.step('a 50 MB file, chosen with 选择文件…: refused from its size at once', async () => {
    // A sparse file: Playwright hands over a path (a 50 MB buffer is more than it transfers).
    const big = testInfo.outputPath('大文件.pdf');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(big);
    await expect(page.getByRole('alert')).toHaveText(
      '“大文件.pdf”有 50.0 MB，超过 20 MB，不像是一份年度报告，未读取',
      { timeout: 2000 },
    );
    await expectResponsive(page);
    await expect(page.getByRole('heading', { name: REVIEW })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('refused-50mb.png') });
  });

  await test.step('a report as a web page with scripts: read as data', async () => {
    await input.setInputFiles({
      name: '外交部2024年报告.html',
      mimeType: 'text/html',
      buffer: Buffer.from(hostileReportHtml()),
    });
    await expect(page.getByRole('heading', { name: REVIEW })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel('机关', { exact: true })).toHaveValue('外交部');
    await expect(cellInput(page, FIGURE)).toHaveValue('82');
    await expect(cellInput(page, 'reviews.reconsideration.pending')).toHaveValue('17');
    await expectResponsive(page);
    await expectNothingRan(page);
    // The source pane shows what was read as text: the scripts are not in it.
    const source = page.getByRole('region', { name: '导入的原文（识别出的文字）' });
    await expect(source).toContainText('外交部');
    await expect(source).not.toContainText('__pwned');
    // Lines of text only: nothing in it but the list and its items.
    await expect(source.locator('li *')).toHaveCount(0);
    await page.getByRole('button', { name: '取消' }).click();
  });

  await test.step('the draft list and the draft are as they were', async () => {
    await expect(rows).toHaveCount(1);
    expect(await rows.allInnerTexts()).toEqual(listBefore);
    await rows.getByRole('link').click();
    await openTab(page, TABLE_3);
    await expect(cellInput(page, FIGURE)).toHaveValue('7');
    await expectNothingRan(page);
  });
  expect(w.errors).toEqual([]);
});

test('选择文件… loads pdf.js once the chooser opens; it is not in the first page’s JavaScript', async ({
  page,
}) => {
  const w = await watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '导入上年报告' })).toBeVisible();
  const isPdfJs = (url: string) => /\/assets\/pdfjs-[\w-]+\.js$/.test(url);
  expect(w.requests.filter(isPdfJs)).toEqual([]);
  const loaded = page.waitForRequest((r) => isPdfJs(r.url()));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await chooser;
  await loaded;
});
