/**
 * Excel in the offline single file opened from disk: exceljs (inlined there) writes the template
 * and reads a filled workbook under the strict CSP, with no violation, no error, no request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { readSeedJson } from './fixtures.ts';
import { watchOffline } from './page-watch.ts';

const SINGLE_FILE_URL = pathToFileURL(
  path.resolve(process.cwd(), 'dist/xxgk-nianbao-offline.html'),
).href;

test('the template is written and a filled workbook read offline, within the CSP', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const w = await watchOffline(page);
  await page.goto(SINGLE_FILE_URL);
  await page.getByRole('button', { name: '汇总多份报告' }).click();

  const panel = page.locator('.xlsx-template');
  await panel.getByLabel('报告年度').fill('2024');
  const waiting = page.waitForEvent('download');
  await panel.getByRole('button', { name: '下载填报模板（.xlsx）' }).click();
  const template = new Uint8Array(await readFile((await (await waiting).path())!));

  const { parseReportJson } = await import('../src/domain/index.ts');
  const { fillTemplate } = await import('../src/io/import/xlsx/test-support.ts');
  const seed = parseReportJson(JSON.stringify(readSeedJson('mfa-2024.expected.json')));
  if (!seed.ok) throw new Error('seed does not parse');
  await page.getByTestId('aggregate-input').setInputFiles({
    name: '外交部-填报.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await fillTemplate(template, seed.report)),
  });
  await expect(page.locator('tr[data-row="外交部-填报.xlsx"]')).toContainText('Excel · 2021 格式', {
    timeout: 30_000,
  });

  expect(w.errors).toEqual([]);
  expect(w.violations).toEqual([]);
  for (const url of w.requests) expect(url).toMatch(/^(file|data|blob):/);
});
