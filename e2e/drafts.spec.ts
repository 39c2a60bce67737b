import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createDraft, expectSaved, narrative, openTab } from './editor-helpers.ts';
import { readSeedJson } from './fixtures.ts';

test.describe('drafts on the start page', () => {
  test('create, list with the status, duplicate, rename, delete with confirmation', async ({
    page,
  }, testInfo) => {
    await createDraft(page, '某某市教育局', 2025);
    await expect(page.getByText('国办公开办函〔2021〕30号').first()).toBeVisible();
    await page.getByRole('button', { name: '返回草稿列表' }).click();

    const row = page.locator('tr', {
      has: page.getByRole('link', { name: '某某市教育局2025年报告' }),
    });
    await expect(row).toBeVisible();
    await expect(row).toContainText('2025');
    await expect(row).toContainText('国办公开办函〔2021〕30号');

    await page.getByRole('button', { name: '复制 某某市教育局2025年报告' }).click();
    await expect(page.getByRole('link', { name: '某某市教育局2025年报告（副本）' })).toBeVisible();

    // 报告信息 (a dialog, not window.prompt): the list's name is one of its fields.
    await page.getByRole('button', { name: '报告信息 某某市教育局2025年报告（副本）' }).click();
    const properties = page.getByRole('dialog', { name: '报告信息' });
    await properties.getByLabel(/草稿名称/).fill('教育局年报（试填）');
    await properties.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('link', { name: '教育局年报（试填）' })).toBeVisible();

    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: '删除 教育局年报（试填）' }).click();
    await expect(page.getByRole('link', { name: '教育局年报（试填）' })).toBeVisible();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '删除 教育局年报（试填）' }).click();
    await expect(page.getByRole('link', { name: '教育局年报（试填）' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '某某市教育局2025年报告' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('drafts.png'), fullPage: true });
  });

  test('the year decides the format; a bad year or an empty agency is refused with a message', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('年度', { exact: true }).fill('2020');
    await expect(page.getByText('使用格式：国办公开办函〔2019〕60号')).toBeVisible();
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(page.getByText('请填写机关名称')).toBeVisible();
    await page.getByLabel('机关名称').fill('某局');
    await page.getByLabel('年度', { exact: true }).fill('1999');
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(page.getByText('本工具支持 2019 年度及以后的报告')).toBeVisible();
    await page.getByLabel('年度', { exact: true }).fill('2020');
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(page.getByText('国办公开办函〔2019〕60号').first()).toBeVisible();
  });

  test('a backup of all drafts restores into a fresh browser; a bad backup changes nothing', async ({
    page,
    browser,
  }) => {
    await createDraft(page, '某区司法局', 2025);
    await openTab(page, '一、总体情况');
    await narrative(page, '一、总体情况').fill('本年度，我局认真贯彻《条例》。');
    await expectSaved(page);
    await page.getByRole('button', { name: '返回草稿列表' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载全部草稿备份' }).click(),
    ]);
    const backupPath = test.info().outputPath('backup.json');
    await download.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).schema).toBe('xxgk-nianbao/backup@1');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/');
    await expect(other.getByText('还没有草稿')).toBeVisible();

    // A report file is not a backup: refused, nothing added.
    await other.getByTestId('restore-backup-input').setInputFiles({
      name: 'report.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(readSeedJson('mfa-2024.expected.json'))),
    });
    await expect(other.getByRole('alert')).toContainText('不是本工具的草稿备份文件');
    await expect(other.getByText('还没有草稿')).toBeVisible();

    await other.getByTestId('restore-backup-input').setInputFiles(backupPath);
    await expect(
      other.getByRole('status').filter({ hasText: '已从备份恢复 1 份草稿' }),
    ).toBeVisible();
    await other.getByRole('link', { name: '某区司法局2025年报告' }).click();
    await openTab(other, '一、总体情况');
    await expect(narrative(other, '一、总体情况')).toHaveValue('本年度，我局认真贯彻《条例》。');
    await fresh.close();
  });
});
