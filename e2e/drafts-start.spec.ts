import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './axe.ts';
import { createDraft } from './editor-helpers.ts';

/** The browser's clock on a given local day (timers still run). */
async function openOn(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await page.goto('/');
}

const yearField = (page: Page) => page.getByLabel('年度', { exact: true });

test.describe('the start page', () => {
  test('proposes the year being reported: this year from October on, last year before', async ({
    page,
  }) => {
    await openOn(page, '2026-12-04');
    await expect(yearField(page)).toHaveValue('2026');
    await openOn(page, '2026-10-01');
    await expect(yearField(page)).toHaveValue('2026');
    await openOn(page, '2027-01-20');
    await expect(yearField(page)).toHaveValue('2026');
    await openOn(page, '2026-09-30');
    await expect(yearField(page)).toHaveValue('2025');
  });

  test('a year not begun asks first: back, the usual year, or create it anyway', async ({
    page,
  }, testInfo) => {
    await openOn(page, '2026-12-04');
    await page.getByLabel('机关名称').fill('某某县统计局');
    await yearField(page).fill('2027');
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.getByRole('dialog', { name: '2027 年度还没有开始' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('现在编写的通常是 2026 年度的报告');
    await page.screenshot({ path: testInfo.outputPath('future-year.png') });

    // Back: nothing created, the year field has the focus.
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/#\/draft\//);
    await expect(yearField(page)).toBeFocused();
    await expect(page.locator('.drafts-table')).toHaveCount(0);

    // Esc is "back" too.
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(yearField(page)).toHaveValue('2027');

    // The usual year: the field is corrected, still nothing created.
    await page.getByRole('button', { name: '新建报告' }).click();
    await dialog.getByRole('button', { name: '改为 2026 年度' }).click();
    await expect(yearField(page)).toHaveValue('2026');
    await expect(page).not.toHaveURL(/#\/draft\//);

    // Anyway: created for 2027.
    await yearField(page).fill('2027');
    await page.getByRole('button', { name: '新建报告' }).click();
    await dialog.getByRole('button', { name: '仍然新建 2027 年度报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '某某县统计局2027年政府信息公开工作年度报告',
    );
  });

  test('this year and earlier years are created without a question', async ({ page }) => {
    await openOn(page, '2026-12-04');
    await page.getByLabel('机关名称').fill('某某县统计局');
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '某某县统计局2026年政府信息公开工作年度报告',
    );
  });

  test('after creating a draft the focus is on the editor, not on the page body', async ({
    page,
  }) => {
    await createDraft(page, '某某市教育局', 2025);
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { body: el === document.body, text: el?.textContent?.slice(0, 60) ?? '' };
    });
    expect(focused.body).toBe(false);
    expect(focused.text).toContain('某某市教育局2025年政府信息公开工作年度报告');
    // Back to the list from the header: the list's heading has the focus.
    await page.getByRole('link', { name: '政府信息公开工作年度报告', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的年度报告草稿' })).toBeFocused();
  });

  test('one primary action, and no serious accessibility problem', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible();
    // A primary button is the filled accent-coloured one.
    const primaries = await page.evaluate(() => {
      const probe = document.createElement('button');
      probe.className = 'primary';
      document.querySelector('main')!.append(probe);
      const filled = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return [...document.querySelectorAll('button')]
        .filter((b) => b.offsetParent !== null && getComputedStyle(b).backgroundColor === filled)
        .map((b) => b.textContent?.trim());
    });
    expect(primaries).toEqual(['新建报告']);
    await expect(page.getByRole('main')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('start.png') });
    await expectNoSeriousAxeViolation(page, 'start page');
  });
});
