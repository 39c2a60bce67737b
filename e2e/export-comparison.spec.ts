import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createNextYearDraft, openReportAsDraft, openTab, typeInto } from './editor-helpers.ts';
import { seedPath } from './fixtures.ts';

const OPTION = '附上年对比表';

test('a rolled-over draft exports its 网页 with 附：本年与上年数据对比 when 附上年对比表 is ticked', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(seedPath('mfa-2024.expected.json'));
  await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
  await createNextYearDraft(page, '外交部', 2025);
  await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
  await typeInto(page, 'reviews.reconsideration.upheld', '45');

  await page.getByRole('button', { name: '导出 ▾' }).click();
  const option = page.getByLabel(OPTION);
  await expect(option).not.toBeChecked();
  await option.check();
  await page.screenshot({ path: testInfo.outputPath('export-menu.png') });
  // The draft still has empty cells: the app asks first.
  page.once('dialog', (d) => void d.accept());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^网页/ }).click(),
  ]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const html = readFileSync(path, 'utf8');
  expect(html).toContain('<h2 id="section-7">附：本年与上年数据对比</h2>');
  expect(html).toContain('<caption>附：本年与上年数据对比</caption>');
  // The figure that changed most comes first.
  expect(html).toMatch(
    /<tbody>\n<tr><th scope="row" class="label">表四 行政复议 结果维持<\/th><td class="num">45<\/td><td class="num">9<\/td><td class="num">\+36<\/td><td class="num">增长 400\.0%<\/td><\/tr>/,
  );

  await page.goto(`file://${path}`);
  await page.getByRole('table', { name: '附：本年与上年数据对比' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('exported-comparison.png'), fullPage: true });
});

test('a report without last year’s report offers no 附上年对比表', async ({ page }) => {
  await openReportAsDraft(page);
  await page.getByRole('button', { name: '导出 ▾' }).click();
  await expect(page.getByRole('button', { name: /^网页/ })).toBeVisible();
  await expect(page.getByLabel(OPTION)).toHaveCount(0);
});
