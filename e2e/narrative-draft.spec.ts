import { expect, test, type Page } from '@playwright/test';
import { createNextYearDraft, narrative, openTab, typeInto } from './editor-helpers.ts';
import { seedPath } from './fixtures.ts';

const OVERVIEW = '一、总体情况';
const TABLE_4 = '四、政府信息公开行政复议、行政诉讼情况';

/** Fills table 四 (15 cells, the 3 总计 derived) the way a user types it. */
async function fillTable4(page: Page, values: Record<string, number>): Promise<void> {
  await openTab(page, TABLE_4);
  for (const group of ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'])
    for (const outcome of ['upheld', 'corrected', 'other', 'pending']) {
      const id = `reviews.${group}.${outcome}`;
      await typeInto(page, id, String(values[id] ?? 0));
    }
}

test('a rolled-over draft: the 复议诉讼 paragraph generated from table 四, marked 已过时 when a figure changes, updated in one click; the comparison shows the changed row first', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(seedPath('mfa-2024.expected.json'));
  await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
  await page.getByLabel('复制正文作为新年度的起点').check();
  await createNextYearDraft(page, '外交部', 2025);

  await fillTable4(page, {
    'reviews.reconsideration.upheld': 5,
    'reviews.reconsideration.corrected': 1,
    'reviews.reconsideration.pending': 2,
  });

  await openTab(page, OVERVIEW);
  const text = narrative(page, OVERVIEW);
  const copiedStart = await text.inputValue();
  // Last year's figures left in the copied text are listed with this year's.
  const copied = page.getByRole('region', { name: '正文中沿用的上年数字' });
  await expect(copied).toContainText('“83”是上年的收到的申请数；本年的还未填写');

  await page.getByRole('button', { name: '按统计表生成' }).click();
  const offer = page.locator('[data-offer="reviews"]');
  await expect(offer.locator('.draft-preview')).toHaveText(
    '因政府信息公开工作被申请行政复议8件，较上年减少19件，下降70.4%；其中结果维持5件、结果纠正1件、尚未审结2件。' +
      '未因政府信息公开工作被提起行政诉讼，与上年持平。复议、诉讼结果被纠正的共1件。',
  );
  // Table 三 of the new year is still empty: that paragraph says what is missing.
  await expect(page.locator('[data-offer="requests"] .draft-missing')).toHaveText(
    '表三还有 138 格未填写，填完后才能生成',
  );
  await text.click();
  await page.keyboard.press('Control+Home');
  await offer.getByRole('button', { name: '插入到光标处' }).click();
  await expect(text).toHaveValue(
    new RegExp(
      `^因政府信息公开工作被申请行政复议8件，[^\\n]+\\n${escape(copiedStart.slice(0, 20))}`,
    ),
  );
  const block = page.locator('.generated-block[data-block="reviews"]');
  await expect(block).toContainText('与统计表一致');
  await page.screenshot({ path: testInfo.outputPath('generated-paragraph.png'), fullPage: true });

  // A figure changes in table 四: the block is 已过时, and narrative.figures sees the old number.
  await openTab(page, TABLE_4);
  await typeInto(page, 'reviews.reconsideration.upheld', '45');
  await openTab(page, OVERVIEW);
  await expect(block).toContainText('已过时');
  await expect(page.locator('.finding', { hasText: '行政复议8件' }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('stale-paragraph.png'), fullPage: true });
  await block.getByRole('button', { name: '更新“行政复议、行政诉讼情况”' }).click();
  await expect(block).toContainText('与统计表一致');
  await expect(text).toHaveValue(
    /^因政府信息公开工作被申请行政复议48件，较上年增加21件，增长77\.8%；其中结果维持45件、结果纠正1件、尚未审结2件。/,
  );
  await expect(page.locator('.finding', { hasText: '行政复议8件' })).toHaveCount(0);
  // The user's copied text after the block is untouched.
  expect((await text.inputValue()).endsWith(copiedStart)).toBe(true);

  // 本年与上年对比: the figure that changed most first.
  await openTab(page, '本年与上年对比');
  const rows = page.locator('.comparison-table tbody tr');
  await expect(rows.first()).toHaveAttribute('data-comparison', 'reviews.reconsideration.upheld');
  await expect(rows.first().locator('td')).toHaveText(['45', '9', '+36', '增长 400.0%']);
  await expect(rows.nth(1)).toHaveAttribute('data-comparison', 'reviews.reconsideration.total');
  await expect(rows.nth(1).locator('td')).toHaveText(['48', '27', '+21', '增长 77.8%']);
  await page.screenshot({ path: testInfo.outputPath('comparison.png'), fullPage: true });
});

/** A string as a literal inside a RegExp. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
