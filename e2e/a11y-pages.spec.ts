import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './axe.ts';
import { seedPath } from './fixtures.ts';

test('axe: the import review and an empty 汇总 page have a main landmark and no serious violation', async ({
  page,
}) => {
  // axe reads every node of the review (the tables and the numbered source): a while on 2 cores.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(seedPath('mfa-2024.txt'));
  await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expectNoSeriousAxeViolation(page, 'import review');

  // The review stands until it is closed: a fresh load of the 汇总 page.
  await page.goto('/#/aggregate');
  await page.reload();
  await expect(page.locator('.aggregate-progress')).toHaveText('还没有文件。');
  await expect(page.getByRole('main')).toHaveCount(1);
  await expectNoSeriousAxeViolation(page, 'empty 汇总 page');
});
