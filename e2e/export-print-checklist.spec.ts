import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { cellInput, openReportAsDraft } from './editor-helpers.ts';

const SEED = path.resolve('../shared/fixtures/seeds/mfa-2024.expected.json');

/** The widths of table 三's header cells as fractions of the table's width. */
async function columnShares(target: Page | Frame): Promise<number[]> {
  return target.evaluate(() => {
    const table = document.querySelector('table[data-table="requests"]')!;
    const total = table.getBoundingClientRect().width;
    return [...table.querySelectorAll('td[data-cell^="requests.newReceived."]')].map(
      (td) => Math.round((td.getBoundingClientRect().width / total) * 1000) / 1000,
    );
  });
}

test('Ctrl+P shows the exported HTML itself: no console error, the same column widths, focus back', async ({
  page,
}, testInfo) => {
  // Console errors of the page and its frames (a CSP refusal is one: "Refused to apply inline style…").
  const errors: string[] = [];
  page.on('console', (msg) => {
    // Playwright's own probe into a frame sandboxed without scripts logs this for any such frame,
    // a bare <iframe sandbox srcdoc="<p>x</p>"> too; it is not the page's doing.
    const probe =
      /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;
    if (msg.type() === 'error' && !probe.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await openReportAsDraft(page);
  const input = cellInput(page, 'requests.newReceived.commercial');
  await input.focus();
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: '打印预览' });
  await expect(dialog).toBeVisible();
  const frameLocator = page.frameLocator('iframe[title="打印预览"]');
  await expect(frameLocator.locator('h1')).toHaveText('外交部2024年政府信息公开工作年度报告');
  await expect(frameLocator.locator('caption')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('print-preview.png'), fullPage: false });
  const frame = page.frame({ url: /about:srcdoc/ })!;
  const inPreview = await columnShares(frame);
  const previewWidth = await frame.evaluate(() => document.documentElement.clientWidth);

  // The HTML export opened on its own, at the preview's width.
  const html = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'export', SEED, '--to', 'html'], {
    encoding: 'utf8',
  });
  const own = await page.context().newPage();
  await own.setViewportSize({ width: previewWidth, height: 800 });
  await own.setContent(html);
  await own.screenshot({ path: testInfo.outputPath('html-export.png') });
  const standalone = await columnShares(own);
  expect(inPreview).toHaveLength(7);
  inPreview.forEach((share, i) => expect(Math.abs(share - standalone[i]!)).toBeLessThan(0.005));
  await own.close();

  await page.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(input).toBeFocused();
  expect(errors).toEqual([]);
});

test('the 审签单 from the menu is the document `xxgk export --to checklist` writes', async ({
  page,
}, testInfo) => {
  await openReportAsDraft(page);
  const download = async (label: RegExp) => {
    await page.getByRole('button', { name: '导出 ▾' }).click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    const file = testInfo.outputPath(d.suggestedFilename());
    await d.saveAs(file);
    return { name: d.suggestedFilename(), bytes: readFileSync(file) };
  };
  const word = await download(/审签单（Word/);
  expect(word.name).toBe('外交部-2024年度-年度报告审签单-2021格式.docx');
  const cliFile = testInfo.outputPath('cli-checklist.docx');
  execFileSync('npx', [
    'tsx',
    'src/cli/main.ts',
    'export',
    SEED,
    '--to',
    'checklist',
    '-o',
    cliFile,
  ]);
  const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
  expect(documentXml(word.bytes)).toBe(documentXml(readFileSync(cliFile)));
  expect(documentXml(word.bytes)).toContain('签发人');

  const web = await download(/审签单（网页/);
  const cliHtml = execFileSync(
    'npx',
    ['tsx', 'src/cli/main.ts', 'export', SEED, '--to', 'checklist-html'],
    { encoding: 'utf8' },
  );
  expect(web.bytes.toString('utf8')).toBe(cliHtml);
  const sheet = await page.context().newPage();
  await sheet.setContent(cliHtml);
  await sheet.screenshot({ path: testInfo.outputPath('checklist.png'), fullPage: true });
  await sheet.close();
});
