import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cellInput, openReportAsDraft, typeInto } from './editor-helpers.ts';
import { readSeedJson } from './fixtures.ts';

async function exportAs(page: Page, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: '导出 ▾' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test.describe('export from the editor', () => {
  test('Word, web page, text and JSON of a clean report: named by agency, year and format, no 草稿', async ({
    page,
  }) => {
    await openReportAsDraft(page);
    const docx = await exportAs(page, /^Word/);
    expect(docx.name).toBe('外交部-2024年度-政府信息公开工作年度报告-2021格式.docx');
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const html = await exportAs(page, /^网页/);
    expect(html.name).toMatch(/\.html$/);
    const htmlText = html.bytes.toString('utf8');
    expect(htmlText).toContain('外交部2024年政府信息公开工作年度报告');
    expect(htmlText).not.toContain('草稿');
    expect(htmlText).not.toMatch(/<script/i);

    const text = (await exportAs(page, /纯文本/)).bytes.toString('utf8');
    expect(text).toContain('一、本年新收政府信息公开申请数量\t82\t0\t0\t0\t0\t0\t82');

    const json = JSON.parse((await exportAs(page, /报告数据/)).bytes.toString('utf8')) as Record<
      string,
      unknown
    >;
    const seed = readSeedJson('mfa-2024.expected.json');
    for (const key of ['active', 'requests', 'reviews', 'format', 'year', 'agency'])
      expect(json[key]).toEqual(seed[key]);
  });

  test('with errors open the app asks first, and the exported document says 草稿', async ({
    page,
  }) => {
    await openReportAsDraft(page);
    await typeInto(page, 'requests.newReceived.commercial', '2');
    await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('2');

    page.once('dialog', (d) => {
      expect(d.message()).toContain('草稿');
      void d.dismiss();
    });
    await page.getByRole('button', { name: '导出 ▾' }).click();
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.getByRole('button', { name: /^网页/ }).click();
    await page.waitForTimeout(500);
    expect(downloaded).toBe(false);

    page.once('dialog', (d) => void d.accept());
    const html = (await exportAs(page, /^网页/)).bytes.toString('utf8');
    expect(html).toContain('草稿');
  });

  test('Ctrl+P shows the report as it will be published', async ({ page }, testInfo) => {
    await openReportAsDraft(page);
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: '打印预览' });
    await expect(dialog).toBeVisible();
    const frame = page.frameLocator('iframe[title="打印预览"]');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      '外交部2024年政府信息公开工作年度报告',
    );
    await expect(frame.locator('[data-cell="requests.newReceived.naturalPerson"]')).toHaveText(
      '82',
    );
    await page.screenshot({ path: testInfo.outputPath('print-view.png') });
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toHaveCount(0);
  });
});
