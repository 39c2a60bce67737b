/**
 * The editor tells the truth (issue 11): one status in the panel, the tabs, the drafts list and
 * the export confirmation; refused entries count, show one message at a time and survive a
 * reload; a finding goes to the cell most likely wrong without selecting it; 机关 and 年度 are
 * edited after creation and everything named after them follows.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  cellInput,
  createDraft,
  expectSaved,
  openReportAsDraft,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';

test.use({ viewport: { width: 1366, height: 768 } });
// axe and a reload on a heavily shared machine take their time.
test.setTimeout(120_000);

const EMPTY_STATUS = /^表二还差 \d+ 格 · 表三还差 \d+ 格 · 表四还差 \d+ 格 · 正文还差 \d 部分$/;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an empty report is not 可以导出 in the panel, the tabs, the drafts list or the export menu, in the same words', async ({
  page,
}, testInfo) => {
  await createDraft(page, '某县人民政府办公室', 2025);
  const status = page.getByTestId('findings-status');
  await expect(status).toHaveText(EMPTY_STATUS);
  const label = (await status.textContent())!;
  const table3 = /表三还差 \d+ 格/.exec(label)![0];
  await expect(page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) })).toHaveAttribute(
    'title',
    table3,
  );
  await page.screenshot({ path: testInfo.outputPath('editor-empty.png') });

  // The export menu asks first, quoting the same status.
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole('button', { name: '导出 ▾' }).click();
  await page.getByRole('button', { name: /^报告数据/ }).click();
  await expect.poll(() => asked).toContain(label);
  expect(asked).not.toContain('可以导出');

  await expectSaved(page);
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  const row = page.getByTestId('draft-status');
  await expect(row).toHaveText(label);
  await expect(row).toContainText(table3);
  await expect(page.locator('.drafts-table')).not.toContainText('可以导出');
  await page.screenshot({ path: testInfo.outputPath('drafts-list.png') });
});

test('refused entries are open errors, one message at a time, kept over a reload', async ({
  page,
}, testInfo) => {
  await openReportAsDraft(page);
  const status = page.getByTestId('findings-status');
  await expect(status).toHaveText('可以导出');
  // Green state: no serious or critical accessibility violation.
  expect(await seriousViolations(page)).toEqual([]);

  const a = 'requests.newReceived.naturalPerson';
  const b = 'requests.newReceived.commercial';
  const c = 'requests.newReceived.research';
  for (const [id, text] of [
    [a, 'abc'],
    [b, '-3'],
    [c, '3.5'],
  ] as const) {
    await cellInput(page, id).click();
    await cellInput(page, id).fill(text);
    await page.keyboard.press('Enter');
    await expect(cellInput(page, id)).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(status).toHaveText('错误 3 项');
  await expect(page.locator('[data-rule="cells.refused"]')).toHaveCount(3);
  // Only the focused cell shows its reason; the others carry a marker and a description.
  await expect(page.locator('.cell-error')).toHaveCount(1);
  await expect(page.locator('.cell-error')).toBeVisible();
  for (const id of [a, b]) {
    const described = await cellInput(page, id).getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    const text = await page.locator(`[id="${described!.split(' ')[0]}"]`).textContent();
    expect(text).toMatch(/Esc 恢复原值/);
    await expect(page.locator(`td:has([data-cell="${id}"])`)).toHaveClass(/input-error/);
  }
  await expect(
    page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) }).getByTestId('tab-badge'),
  ).toContainText('错误 3 项');
  // Red state (refused entries + the imbalance below): no serious or critical violation.
  await typeInto(page, 'requests.newReceived.legalServices', '7');
  await expect(page.locator('[data-rule="requests.balance"]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('refused.png') });

  await expect(status).toHaveText(/^错误 4 项/); // 3 refused + the imbalance
  const before = await status.textContent();
  await expectSaved(page);
  await page.reload();
  await openTab(page, TABLE_3);
  await expect(status).toHaveText(before!);
  await expect(page.locator('[data-rule="cells.refused"]')).toHaveCount(3);
  await expect(cellInput(page, a)).toHaveValue('abc');
  await expect(cellInput(page, b)).toHaveValue('-3');
  await expect(page.locator('.cell-error')).toHaveCount(0);

  // Escape reverts one: one error less.
  await cellInput(page, b).click();
  await expect(page.locator('.cell-error')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-rule="cells.refused"]')).toHaveCount(2);
});

test('a 勾稽 finding goes to the cell last edited without selecting it, and outlines every cell involved', async ({
  page,
}, testInfo) => {
  await openReportAsDraft(page);
  const wrong = 'requests.newReceived.commercial';
  await typeInto(page, wrong, '2');
  // Something else edited after it, in another table's row: the wrong cell stays the last of the finding's.
  await typeInto(page, 'requests.newReceived.naturalPerson', String(0));
  await typeInto(page, wrong, '3');
  await openTab(page, '一、总体情况');
  const finding = page.locator('[data-rule="requests.balance"]', { hasText: '商业企业列' });
  await finding.getByRole('button').first().click();
  const input = cellInput(page, wrong);
  await expect(input).toBeFocused();
  const selection = await input.evaluate((el: HTMLInputElement) => [
    el.selectionStart,
    el.selectionEnd,
    el.value.length,
  ]);
  expect(selection[0]).toBe(selection[1]);
  expect(selection[0]).toBe(selection[2]);
  const involved = page.locator('td.involved');
  await expect(involved.first()).toBeVisible();
  expect(await involved.count()).toBeGreaterThan(2);
  await expect(page.locator(`td.involved:has([data-cell="${wrong}"])`)).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('finding-click.png') });
  // Typing goes after the figure, never over it.
  await page.keyboard.type('0');
  await expect(input).toHaveValue('30');
});

test('机关 and 年度 are edited after creation: title, drafts list and export file name follow', async ({
  page,
}, testInfo) => {
  await createDraft(page, '甲县教育局', 2025);
  const open = page.getByRole('button', { name: '报告信息' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: '报告信息' });
  await dialog.getByLabel('机关名称').fill('乙县教育局');
  await dialog.getByLabel('年度').fill('2024');
  await dialog.getByLabel('落款日期').fill('2025-01-20');
  await dialog.getByLabel(/联系方式/).fill('联系电话：0000-1234567');
  await page.screenshot({ path: testInfo.outputPath('properties.png') });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '乙县教育局2024年政府信息公开工作年度报告',
  );

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '导出 ▾' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^报告数据/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '乙县教育局-2024年度-政府信息公开工作年度报告-2021格式.json',
  );

  // A year in the other format: explained (what is kept, what is dropped) and confirmed.
  await openTab(page, TABLE_3);
  await typeInto(page, 'requests.newReceived.naturalPerson', '5');
  await openTab(page, '二、主动公开政府信息情况');
  await typeInto(page, 'active.regulations.issued', '2');
  await open.click();
  await dialog.getByLabel('年度').fill('2020');
  await dialog.getByRole('button', { name: '保存' }).click();
  const change = page.getByTestId('format-change');
  await expect(change).toContainText('2019 格式');
  await expect(change).toContainText('将被清空的数字 1 个');
  await expect(change).toContainText('表二 1 个');
  await expect(change).toContainText('原样保留');
  await page.screenshot({ path: testInfo.outputPath('format-change.png') });
  await dialog.getByRole('button', { name: /^确认更改/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('乙县教育局2020年');
  await expect(page.locator('.format-tag')).toContainText('2019');
  await openTab(page, TABLE_3);
  await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('5');

  await expectSaved(page);
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await expect(page.getByRole('link', { name: '乙县教育局2020年报告' })).toBeVisible();

  // From the list: the same dialog, with the list's name.
  await page.getByRole('button', { name: '报告信息 乙县教育局2020年报告' }).click();
  await dialog.getByLabel('机关名称').fill('丙县教育局');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('link', { name: '丙县教育局2020年报告' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('已更新“丙县教育局2020年报告”的报告信息。');
  await expect(page.getByRole('button', { name: '报告信息 丙县教育局2020年报告' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('drafts-after-properties.png') });
});
