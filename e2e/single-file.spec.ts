/**
 * The offline single file (dist/xxgk-nianbao-offline.html, made by `npm run build`) opened straight
 * from disk, and the Content-Security-Policy of both builds: no request ever leaves the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { seedPath } from './fixtures.ts';
import { watch, watchOffline } from './page-watch.ts';

const SINGLE_FILE = path.resolve(process.cwd(), 'dist/xxgk-nianbao-offline.html');
const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;
const APP_TITLE = '政府信息公开工作年度报告';

/** The app has rendered its first screen, with no alert (e.g. "drafts cannot be saved here"). */
async function expectAppShown(page: Page) {
  await expect(page).toHaveTitle(new RegExp(APP_TITLE));
  await expect(page.getByText(APP_TITLE, { exact: true }).first()).toBeVisible();
  await expect(page.locator('#root main')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(m, 'CSP <meta> present').not.toBeNull();
  return m![1];
}

test.describe('offline single file opened from disk (file://)', () => {
  test('is self-contained, with a strict hash-based CSP', () => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
    expect(markup.match(/<script\b/gi)).toHaveLength(1); // the one inline module script
    expect(markup).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(markup).not.toMatch(/<link\b[^>]*\bhref=(?!"data:)/i);
    const csp = cspOf(html);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'self'");
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });

  test('renders offline with no error, no CSP violation, and no request off the page', async ({
    page,
  }, testInfo) => {
    const w = await watchOffline(page);

    await page.goto(SINGLE_FILE_URL);
    await expectAppShown(page);

    // The app really works from the file: open a report JSON from disk.
    await page.getByTestId('open-report-input').setInputFiles(seedPath('mfa-2024.expected.json'));
    await expect(
      page.getByRole('heading', { name: '外交部2024年政府信息公开工作年度报告' }),
    ).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('single-file.png'), fullPage: true });

    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    expect(w.requests.length).toBeGreaterThan(0);
    for (const url of w.requests) expect(url).toMatch(/^(file|data|blob):/);
  });

  test('IndexedDB (where drafts live) works from file:// and survives a reload', async ({
    page,
  }) => {
    const w = await watch(page);
    await page.goto(SINGLE_FILE_URL);
    await expectAppShown(page);

    const db = (value?: string) =>
      page.evaluate(
        (value) =>
          new Promise<string | undefined>((resolve, reject) => {
            const open = indexedDB.open('xxgk-e2e-single-file-probe', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('kv');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const mode = value === undefined ? 'readonly' : 'readwrite';
              const tx = open.result.transaction('kv', mode);
              const store = tx.objectStore('kv');
              const req = value === undefined ? store.get('draft') : store.put(value, 'draft');
              tx.oncomplete = () => {
                open.result.close();
                resolve(value ?? (req.result as string | undefined));
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        value,
      );

    const saved = `草稿 ${Date.now()}`;
    expect(await db(saved)).toBe(saved);
    await page.reload();
    await expectAppShown(page);
    expect(await db()).toBe(saved);
    await page.evaluate(() => indexedDB.deleteDatabase('xxgk-e2e-single-file-probe'));

    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
  });

  test('the CSP is enforced: a request to the network is refused by the browser', async ({
    page,
    context,
  }) => {
    const w = await watch(page);
    await context.route(/^(https?|wss?):/, (route) => route.abort());
    await page.goto(SINGLE_FILE_URL);
    await expectAppShown(page);
    const outcome = await page.evaluate(() =>
      fetch('https://example.invalid/telemetry').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    await expect
      .poll(() => w.violations)
      .toContain('connect-src blocked https://example.invalid/telemetry');
    // Refused before it ever became a request.
    expect(w.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });
});

test.describe('normal build (dist/ served by vite preview)', () => {
  test('has the CSP meta and every request stays on the same origin', async ({ page, baseURL }) => {
    const w = await watch(page);
    await page.goto('/');
    await expectAppShown(page);

    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:|wss?:|\*/);

    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect(w.requests.length).toBeGreaterThan(1);
    for (const url of w.requests) {
      if (/^(data|blob):/.test(url)) continue;
      expect(new URL(url).origin).toBe(origin);
    }
  });
});
