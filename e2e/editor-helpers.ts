import { expect, type Page } from '@playwright/test';
import { readSeedJson } from './fixtures.ts';

export const TABLE_3 = '三、收到和处理政府信息公开申请情况';

/** Creates a draft from the start page and waits for the editor. */
export async function createDraft(
  page: Page,
  agency: string,
  year: number,
  startUrl = '/',
): Promise<string> {
  await page.goto(startUrl);
  await page.getByLabel('机关名称').fill(agency);
  await page.getByLabel('年度', { exact: true }).fill(String(year));
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `${agency}${year}年政府信息公开工作年度报告`,
  );
  const id = /#\/draft\/([\w-]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

export function cell(page: Page, id: string) {
  return page.locator(`[data-cell="${id}"]`);
}

/** The input of an entered cell: the element with data-cell, or the input inside it. */
export function cellInput(page: Page, id: string) {
  return page.locator(`input[data-cell="${id}"], [data-cell="${id}"] input`).first();
}

/** Types a value into a cell the way a user does: focus, type, Enter. */
export async function typeInto(page: Page, id: string, value: string): Promise<void> {
  const input = cellInput(page, id);
  await input.click();
  await input.fill('');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText(/已保存/);
}

/** The text area of a narrative section, by its official heading. */
export function narrative(page: Page, heading: string) {
  return page.getByRole('textbox', { name: heading, exact: true });
}

/**
 * Puts a report into this browser as a draft (through 从备份恢复, as a user would restore one)
 * and opens it on table 三. Defaults to the 2024 seed report.
 */
export async function openReportAsDraft(
  page: Page,
  report: Record<string, unknown> = readSeedJson('mfa-2024.expected.json'),
  name = '外交部2024年报告',
): Promise<void> {
  const backup = {
    schema: 'xxgk-nianbao/backup@1',
    exportedAt: new Date().toISOString(),
    drafts: [{ id: 'restored', name, report }],
  };
  await page.goto('/');
  await page.getByTestId('restore-backup-input').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole('link', { name }).click();
  await openTab(page, TABLE_3);
}

/** In the import review: 生成 N 年度草稿, then the new draft is open in the editor. */
export async function createNextYearDraft(page: Page, agency: string, year: number): Promise<void> {
  await page.getByRole('button', { name: `生成 ${year} 年度草稿` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `${agency}${year}年政府信息公开工作年度报告`,
  );
}

/** In the import review: the 机关 and 年度 as recognised (editable fields). */
export async function expectRecognised(page: Page, agency: string, year: number): Promise<void> {
  await expect(page.getByLabel('机关', { exact: true })).toHaveValue(agency);
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue(String(year));
}
