/**
 * A saved government web page (GBK, Word markup, the site's scripts around the report) imported in
 * the offline single file opened from disk: the HTML parser (htmlparser2, inlined there) reads it
 * under the strict CSP, with no violation, no error, no request, and none of the page's scripts run.
 */
import { expect, test } from '@playwright/test';
import { SINGLE_FILE_URL } from './durability.ts';
import { cellInput } from './editor-helpers.ts';
import { watchOffline } from './page-watch.ts';

test('a saved web page is read offline, within the CSP, its scripts never run', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const w = await watchOffline(page);
  await page.goto(SINGLE_FILE_URL);

  const { encodeGbk, govPageHtml } =
    await import('../src/io/import/test-support/realistic/gov-page.ts');
  const { realisticSeed } = await import('../src/io/import/test-support/realistic/seeds.ts');
  const { outline } = realisticSeed('mfa-2020');
  const html = govPageHtml(outline, { wordMarkup: true, layoutTables: true }).replace(
    '</head>',
    '<script>window.__pageScriptRan = true</script></head>',
  );
  await page.getByTestId('import-input').setInputFiles({
    name: '外交部2020年报.html',
    mimeType: 'text/html',
    buffer: Buffer.from(encodeGbk(html)),
  });
  await expect(page.getByRole('heading', { name: /核对导入的报告/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.recognised')).toContainText('国办公开办函〔2019〕60号');
  await expect(cellInput(page, 'active.procurement.projects')).toHaveValue('38');
  await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('2');
  expect(await page.evaluate(() => '__pageScriptRan' in window)).toBe(false);

  expect(w.errors).toEqual([]);
  expect(w.violations).toEqual([]);
  for (const url of w.requests) expect(url).toMatch(/^(file|data|blob):/);
});
