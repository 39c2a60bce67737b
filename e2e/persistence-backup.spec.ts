/**
 * Backups always restore: one narrative length limit for the editor, the schema and restore; a
 * backup restores draft by draft; and IndexedDB that never answers is told within 3 s, in words
 * for the page the user is on.
 */
import { expect, test } from '@playwright/test';
import { readSeedJson } from './fixtures.ts';
import { createDraft, narrative, openTab } from './editor-helpers.ts';

const LIMIT = 200_000;

test('a backup with one over-long draft restores the two good ones and names the third', async ({
  page,
}) => {
  const report = readSeedJson('mfa-2024.expected.json');
  const long = { ...report, narrative: { overview: '字'.repeat(LIMIT + 1) } };
  const backup = {
    schema: 'xxgk-nianbao/backup@1',
    exportedAt: new Date().toISOString(),
    drafts: [
      { id: 'good-1', name: '第一份好的', report },
      { id: 'too-long', name: '正文过长的一份', report: long },
      { id: 'good-2', name: '第二份好的', report },
    ],
  };
  await page.goto('/');
  await page.getByTestId('restore-backup-input').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('已从备份恢复 2 份草稿。');
  await expect(alert).toContainText('第 2 份草稿“正文过长的一份”未恢复');
  await expect(alert).toContainText(`文字过长（最多 ${LIMIT} 字）`);
  await expect(page.getByRole('link', { name: '第一份好的' })).toBeVisible();
  await expect(page.getByRole('link', { name: '第二份好的' })).toBeVisible();
  await expect(page.getByRole('link', { name: '正文过长的一份' })).toHaveCount(0);
});

test('the editor warns before the narrative limit and takes nothing beyond it; its backup restores', async ({
  page,
}) => {
  test.slow();
  await createDraft(page, '某县档案馆', 2025);
  await openTab(page, '五、存在的主要问题及改进情况');
  const area = narrative(page, '五、存在的主要问题及改进情况');
  await expect(area).toHaveAttribute('maxlength', String(LIMIT));
  await area.fill('问'.repeat(LIMIT - 20));
  await expect(page.locator('.limit-near')).toContainText('还可输入 20 字符');
  await area.press('End');
  await page.keyboard.insertText('题'.repeat(30));
  await expect(page.locator('.limit-reached')).toContainText('已达上限');
  expect((await area.inputValue()).length).toBe(LIMIT);
  await expect(page.getByTestId('save-status')).toHaveText(/已保存/);

  // Its backup, restored into a browser that has it already, adds nothing and refuses nothing.
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载全部草稿备份/ }).click();
  const file = await (await download).path();
  await page.getByTestId('restore-backup-input').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已从备份恢复' })).toContainText(
    '已从备份恢复 0 份草稿。1 份与浏览器中已有的草稿相同',
  );
});

test.describe('IndexedDB that never answers', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      // A request that never fires any event, as some locked-down browsers do.
      IDBFactory.prototype.open = function open() {
        return new EventTarget() as unknown as IDBOpenDBRequest;
      };
    });
  });

  test('the drafts page says so within 3 s', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('草稿列表暂时无法显示');
  });

  test('the editor says so within 3 s', async ({ page }) => {
    await page.goto('/#/draft/some-draft');
    await expect(page.getByRole('alert')).toContainText('这份草稿暂时打不开');
  });
});
