import { expect, test, type Page } from '@playwright/test';
import { cellInput, createDraft, openReportAsDraft, openTab, TABLE_3 } from './editor-helpers.ts';
import { readSeedJson } from './fixtures.ts';

/** A 2025 draft that holds the 2024 seed as last year's report. */
async function openDraftWithPrevious(page: Page): Promise<void> {
  const seed = readSeedJson('mfa-2024.expected.json');
  await openReportAsDraft(page, { ...seed, year: 2025, previous: seed }, '外交部2025年报告');
}

test.describe('editor edge cases', () => {
  test('a focused cell shows last year’s value when the draft holds last year’s report', async ({
    page,
  }) => {
    await openDraftWithPrevious(page);
    await cellInput(page, 'requests.results.unavailable.notHeld.naturalPerson').focus();
    await expect(page.getByText('1.本机关不掌握相关政府信息 自然人 上年：31')).toBeVisible();
    await cellInput(page, 'requests.carriedOver.naturalPerson').focus();
    await expect(page.getByText('二、上年结转政府信息公开申请数量 自然人 上年：1')).toBeVisible();
  });

  test('nothing is checked in the middle of an IME composition', async ({ page }) => {
    await createDraft(page, '某区民政局', 2025);
    await openTab(page, TABLE_3);
    const input = cellInput(page, 'requests.newReceived.naturalPerson');
    await input.click();
    const cdp = await page.context().newCDPSession(page);
    // A Chinese IME composing "ｓｈｉ" (pinyin for 十) must not be refused as letters while composing.
    await cdp.send('Input.imeSetComposition', {
      text: 'ｓｈｉ',
      selectionStart: 3,
      selectionEnd: 3,
    });
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await cdp.send('Input.insertText', { text: '１２' });
    await page.keyboard.press('Enter');
    await expect(input).toHaveValue('12');
    await expect(page.locator('[data-cell="requests.newReceived.total"]')).toContainText('12');
  });

  test('a browser that refuses IndexedDB is told so at once, and report files can still be viewed', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(/浏览器|草稿/);
    await page
      .getByTestId('open-report-input')
      .setInputFiles('../shared/fixtures/seeds/mfa-2024.expected.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '外交部2024年政府信息公开工作年度报告',
    );
  });

  test('when a save fails the user is told at once and can download the draft', async ({
    page,
  }) => {
    await createDraft(page, '某区财政局', 2025);
    await openTab(page, TABLE_3);
    // From now on every write is refused, as when the disk is full.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const input = cellInput(page, 'requests.newReceived.naturalPerson');
    await input.click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: '保存失败' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载草稿文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/某区财政局2025年报告-草稿\.json$/);
    const path = test.info().outputPath('draft.json');
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    const saved = JSON.parse(readFileSync(path, 'utf8')) as {
      requests: { newReceived: { naturalPerson: number } };
    };
    expect(saved.requests.newReceived.naturalPerson).toBe(5);
  });
});
