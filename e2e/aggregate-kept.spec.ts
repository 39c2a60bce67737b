import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './axe.ts';
import { readSeedJson } from './fixtures.ts';

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value, null, 2)),
});

/** Two 2024 reports, one 2020 report and a file that is no report. */
function files() {
  const mfa2024 = readSeedJson('mfa-2024.expected.json');
  return [
    json('mfa-2024.json', mfa2024),
    json('dept-1-2024.json', { ...mfa2024, agency: '某某县第1局' }),
    json('mfa-2020.json', readSeedJson('mfa-2020.expected.json')),
    { name: 'junk.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(64, 7) },
  ];
}

const rows = (page: Page) => page.locator('.aggregate-table tbody tr');
const sumButton = (page: Page) => page.getByRole('button', { name: '汇总并打开草稿' });
const SUMMED = '某某县人民政府办公室2024年度报告（汇总 2 份）';

async function openAggregate(page: Page) {
  await page.goto('/#/aggregate');
  await expect(page.getByRole('heading', { level: 1, name: '汇总多份报告' })).toBeVisible();
}

async function draftNames(page: Page): Promise<string[]> {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: '我的年度报告草稿' })).toBeVisible();
  await expect(page.locator('.drafts-table')).toBeVisible();
  return page.locator('.drafts-table tbody th a').allTextContents();
}

test('汇总: the list is kept across reloads and visits; a year filter; one summed draft per run', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await openAggregate(page);
  await expect(page.locator('.aggregate-progress')).toHaveText('还没有文件。');
  await page.getByTestId('aggregate-input').setInputFiles(files());
  await expect(page.locator('.aggregate-progress')).toHaveText(
    '已读取 4 个文件：3 份可汇总，1 个无法读取。',
  );
  await expect(rows(page)).toHaveCount(4);
  await page.getByLabel('汇总后的机关名称').fill('某某县人民政府办公室');

  // A reload finds the list as it was: rows, statuses, choices and the typed name.
  await page.reload();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.locator('tr[data-row="junk.bin"] .row-status')).toContainText('无法读取：');
  await expect(page.locator('tr[data-row="mfa-2020.json"]')).toContainText('2019 格式');
  await expect(page.getByLabel('选中 mfa-2024.json')).toBeChecked();
  await expect(page.getByLabel('汇总后的机关名称')).toHaveValue('某某县人民政府办公室');
  await expect(page.locator('li[data-code="aggregate.years"]')).toBeVisible();

  // Only 2024's files: the 2020 report is hidden and left out of the sum.
  const year = page.getByLabel('只看年度');
  await expect(year.locator('option')).toHaveText([
    '全部年度（3 份）',
    '2024 年度（2 份）',
    '2020 年度（1 份）',
  ]);
  await year.selectOption({ label: '2024 年度（2 份）' });
  await expect(rows(page)).toHaveCount(3);
  await expect(page.locator('tr[data-row="mfa-2020.json"]')).toHaveCount(0);
  await expect(page.getByText('另有 1 个其他年度的文件未显示，也不参加汇总。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '汇总选中的 2 份报告' })).toBeVisible();
  await expect(page.locator('li[data-code="aggregate.years"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('只看年度')).toHaveValue('2024');
  await expect(rows(page)).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('aggregate-kept.png'), fullPage: true });
  await expectNoSeriousAxeViolation(page, '汇总 page');

  // The first run opens its draft at once.
  await sumButton(page).click();
  await expect(page).toHaveURL(/#\/draft\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '某某县人民政府办公室2024年政府信息公开工作年度报告',
  );
  await expect(page.getByText('汇总来源（2）')).toBeVisible();
  const firstUrl = page.url();

  // Leaving the page keeps the list; a second run asks first.
  await openAggregate(page);
  await expect(rows(page)).toHaveCount(3);
  await sumButton(page).click();
  const dialog = page.getByRole('dialog', { name: '已有上次的汇总草稿' });
  await expect(dialog).toContainText(`上次汇总生成了草稿“${SUMMED}”`);
  await page.screenshot({ path: testInfo.outputPath('aggregate-second-run.png') });
  await expectNoSeriousAxeViolation(page, '汇总 second-run question');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/aggregate$/);

  // Keep both: a second draft with a distinct name.
  await sumButton(page).click();
  await dialog.getByRole('button', { name: `保留两份，新的名为“${SUMMED}（2）”` }).click();
  await expect(page).toHaveURL(/#\/draft\//);
  expect(page.url()).not.toBe(firstUrl);
  expect((await draftNames(page)).sort()).toEqual([SUMMED, `${SUMMED}（2）`].sort());

  // Replace: the last summed draft gets the new sum; still two drafts.
  await openAggregate(page);
  await page.getByLabel('选中 dept-1-2024.json').uncheck();
  await page.getByLabel('汇总后的机关名称').fill('某某县政府办');
  await sumButton(page).click();
  await dialog.getByRole('button', { name: `替换“${SUMMED}（2）”` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '某某县政府办2024年政府信息公开工作年度报告',
  );
  await expect(page.getByText('汇总来源（1）')).toBeVisible();
  expect((await draftNames(page)).sort()).toEqual(
    [SUMMED, '某某县政府办2024年度报告（汇总 1 份）'].sort(),
  );

  // 清空列表 forgets the list (not the drafts), also after a reload.
  await openAggregate(page);
  await page.getByRole('button', { name: '清空列表' }).click();
  await expect(rows(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.aggregate-progress')).toHaveText('还没有文件。');
  expect(await draftNames(page)).toHaveLength(2);
});
