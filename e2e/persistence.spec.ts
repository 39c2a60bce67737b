import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import {
  cellInput,
  createDraft,
  expectSaved,
  narrative,
  openTab,
  TABLE_3,
  typeInto,
} from './editor-helpers.ts';

/** Kills Chromium and all its helper processes at once (it runs in its own process group). */
async function kill(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  process.kill(-proc.pid!, 'SIGKILL');
  await exited;
}

// A trace cannot be finished for a browser killed mid-test (Playwright traces CDP-connected contexts too).
test.use({ trace: 'off' });

test.describe('drafts are never lost', () => {
  test('a reload restores every value, the narrative and the table the user was on', async ({
    page,
  }) => {
    const id = await createDraft(page, '某县人民政府办公室', 2025);
    await openTab(page, TABLE_3);
    await typeInto(page, 'requests.newReceived.naturalPerson', '12');
    await typeInto(page, 'requests.newReceived.commercial', '3');
    await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
    await typeInto(page, 'reviews.reconsideration.upheld', '2');
    await openTab(page, '六、其他需要报告的事项');
    await narrative(page, '六、其他需要报告的事项').fill('本年度未收取信息处理费。\n第二行。');
    await openTab(page, TABLE_3);
    await expectSaved(page);

    await page.reload();
    await expect(page).toHaveURL(new RegExp(`#/draft/${id}`));
    await expect(page.getByRole('tab', { name: new RegExp(`^${TABLE_3}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(cellInput(page, 'requests.newReceived.naturalPerson')).toHaveValue('12');
    await expect(cellInput(page, 'requests.newReceived.commercial')).toHaveValue('3');
    await expect(page.locator('[data-cell="requests.newReceived.total"]')).toContainText('15');
    await openTab(page, '四、政府信息公开行政复议、行政诉讼情况');
    await expect(cellInput(page, 'reviews.reconsideration.upheld')).toHaveValue('2');
    await openTab(page, '六、其他需要报告的事项');
    await expect(narrative(page, '六、其他需要报告的事项')).toHaveValue(
      '本年度未收取信息处理费。\n第二行。',
    );
  });

  test('values typed 300 ms before the browser is killed are there when it starts again', async ({
    baseURL,
  }) => {
    test.slow();
    const profile = mkdtempSync(path.join(tmpdir(), 'xxgk-profile-'));
    const start = async (): Promise<{ proc: ChildProcess; browser: Browser }> => {
      const proc = spawn(
        process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--remote-debugging-port=0',
          `--user-data-dir=${profile}`,
          'about:blank',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
      );
      const ws = await new Promise<string>((resolve, reject) => {
        let err = '';
        proc.stderr!.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
          if (m) resolve(m[1]!);
        });
        proc.on('exit', () => reject(new Error(`chromium exited: ${err}`)));
      });
      return { proc, browser: await chromium.connectOverCDP(ws) };
    };
    try {
      const first = await start();
      const page = await first.browser.contexts()[0]!.newPage();
      const id = await createDraft(page, '某镇人民政府', 2025, baseURL!);
      await openTab(page, TABLE_3);
      await expectSaved(page);
      await typeInto(page, 'requests.newReceived.naturalPerson', '7');
      await typeInto(page, 'requests.carriedOver.naturalPerson', '4');
      await page.waitForTimeout(300);
      await kill(first.proc); // no pagehide, no unload: as when the power goes

      const second = await start();
      const again = await second.browser.contexts()[0]!.newPage();
      await again.goto(`${baseURL!}#/draft/${id}`);
      await expect(cellInput(again, 'requests.newReceived.naturalPerson')).toHaveValue('7');
      await expect(cellInput(again, 'requests.carriedOver.naturalPerson')).toHaveValue('4');
      await kill(second.proc);
    } finally {
      // Best effort: a helper process may still be closing files; a leftover temp folder is harmless.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        /* left for the system's temp cleanup */
      }
    }
  });

  test('a second tab on the same draft is told so and cannot overwrite the first', async ({
    page,
    context,
  }) => {
    const id = await createDraft(page, '某市统计局', 2025);
    await openTab(page, TABLE_3);
    await typeInto(page, 'requests.newReceived.naturalPerson', '5');
    await expectSaved(page);

    const second = await context.newPage();
    await second.goto(`/#/draft/${id}`);
    await expect(second.getByRole('alert')).toContainText('已在另一个标签页中打开');
    await expect(cellInput(second, 'requests.newReceived.naturalPerson')).toBeDisabled();
    await expect(cellInput(second, 'requests.newReceived.naturalPerson')).toHaveValue('5');

    // The first tab goes on and saves; the second, once the first is closed, sees its work.
    await typeInto(page, 'requests.newReceived.commercial', '9');
    await expectSaved(page);
    await page.close();
    await second.reload();
    await expect(cellInput(second, 'requests.newReceived.commercial')).toHaveValue('9');
    await expect(cellInput(second, 'requests.newReceived.commercial')).toBeEnabled();
    await expect(cellInput(second, 'requests.newReceived.naturalPerson')).toHaveValue('5');
  });
});
