/** An .xlsx through the import button: the same review as every import; bad workbooks refused. */
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { cellInput, createNextYearDraft } from './editor-helpers.ts';
import { seedPath } from './fixtures.ts';

test('our .xlsx of last year’s report: reviewed and turned into next year’s draft', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { parseReportJson } = await import('../src/domain/index.ts');
  const { renderXlsx } = await import('../src/io/export/xlsx/index.ts');
  const parsed = parseReportJson(readFileSync(seedPath('mfa-2020.expected.json'), 'utf8'));
  if (!parsed.ok) throw new Error('seed');
  const buffer = Buffer.from(await renderXlsx(parsed.report));
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({
    name: '外交部2020.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.recognised')).toContainText('国办公开办函〔2019〕60号');
  await expect(cellInput(page, 'active.procurement.projects')).toHaveValue('38');
  await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('2');
  await createNextYearDraft(page, '外交部', 2021);
  await expect(page.getByText('国办公开办函〔2021〕30号').first()).toBeVisible();
});

test('bad workbooks are refused with one Chinese line and change no draft', async ({ page }) => {
  await page.goto('/');
  const ole = Buffer.alloc(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [...'EncryptedPackage'].forEach((c, i) => (ole[1024 + 2 * i] = c.charCodeAt(0)));
  const bomb = zipSync(
    {
      'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
      'xl/big.xml': new Uint8Array(60 * 1024 * 1024),
    },
    { level: 9 },
  );
  for (const [name, buffer, reason] of [
    ['加密.xlsx', ole, /加密/u],
    ['bomb.xlsx', Buffer.from(bomb), /解压后超过/u],
  ] as const) {
    await page
      .getByTestId('import-input')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(page.getByRole('alert')).toContainText(`“${name}”`);
    await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toHaveCount(0);
  }
  await expect(page.getByText('还没有草稿')).toBeVisible();
});
