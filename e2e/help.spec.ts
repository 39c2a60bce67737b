import { expect, test } from '@playwright/test';
import { ACKNOWLEDGED_WORD, SEVERITY_MEANINGS, SEVERITY_WORDS } from '../src/domain/index.ts';
import { expectNoSeriousAxeViolation } from './axe.ts';

test('帮助: the words of the checks, 勾稽, the keys and where drafts are kept', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('link', { name: '帮助' }).click();
  await expect(page).toHaveURL(/#\/help$/);
  const heading = page.getByRole('heading', { level: 1, name: '帮助' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  const terms = page.locator('.help-terms');
  for (const severity of ['error', 'warning', 'info'] as const) {
    const term = terms.locator('.help-term', { hasText: SEVERITY_WORDS[severity] }).first();
    await expect(term).toContainText(SEVERITY_MEANINGS[severity]);
  }
  await expect(terms.locator('dt', { hasText: ACKNOWLEDGED_WORD })).toBeVisible();
  await expect(page.getByText('一 + 二 = 三（七）总计 + 四')).toBeVisible();
  await expect(page.getByText('上年报告的 四、结转下年度继续办理')).toBeVisible();
  const keys = page.getByRole('table');
  await expect(keys.getByRole('rowheader', { name: 'Ctrl+Z / Ctrl+Y' })).toBeVisible();
  await expect(page.getByText('IndexedDB')).toBeVisible();
  await expect(page.getByText('下载全部草稿备份').first()).toBeVisible();
  await expect(page.getByText('从备份恢复…').first()).toBeVisible();
  await page.getByText(/展开 \d+ 条规则/).click();
  await expect(page.locator('.help-rules li', { hasText: '表三勾稽关系不平' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('help.png'), fullPage: true });
  await expectNoSeriousAxeViolation(page, 'help page');

  // Reached directly (a bookmark) as well.
  await page.goto('/#/help');
  await expect(heading).toBeVisible();
});
