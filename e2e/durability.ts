/**
 * Durability of what a clerk types, tried as the user meets it: Debian's Chromium started by us
 * with a persistent profile, driven over CDP, then killed with SIGKILL (no pagehide, no unload:
 * as when the power goes) or reloaded / navigated away / closed, and started again on the same
 * profile. Shared by e2e/persistence-durability.spec.ts and scripts/durability-soak.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { cellInput, createDraft, narrative, openTab, TABLE_3 } from './editor-helpers.ts';

export const SINGLE_FILE_URL = pathToFileURL(
  path.resolve(process.cwd(), 'dist/xxgk-nianbao-offline.html'),
).href;

/** What the user typed last before the browser went away. */
export type Typing = 'figure+Enter' | 'figure' | 'narrative';
export const TYPINGS: readonly Typing[] = ['figure+Enter', 'figure', 'narrative'];

export const NARRATIVE_HEADING = '六、其他需要报告的事项';
const NARRATIVE_TAB = NARRATIVE_HEADING;

export interface Running {
  readonly proc: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/** Chromium on `profile`, as playwright.config.ts starts it, with a DevTools port. */
export async function startChromium(profile: string): Promise<Running> {
  const proc = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group, so that the kill reaches every helper process at once.
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
  const browser = await chromium.connectOverCDP(ws);
  const page = await browser.contexts()[0]!.newPage();
  // Leaving with unsaved work asks first (beforeunload): the user says yes.
  page.on('dialog', (d) => void d.accept().catch(() => undefined));
  return { proc, browser, page };
}

/** SIGKILL to Chromium's whole process group; resolves once the main process is gone. */
export async function killChromium(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  process.kill(-proc.pid!, 'SIGKILL');
  await exited;
}

export function newProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'xxgk-profile-'));
}

export function removeProfile(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    /* a helper process may still hold a file: left for the system's temp cleanup */
  }
}

/** The URL of a draft in the editor, for the served app or the single file. */
export function draftUrl(startUrl: string, id: string): string {
  return `${startUrl.replace(/#.*$/, '')}#/draft/${id}`;
}

/** A new draft with table 三 open. */
export async function newDraft(page: Page, startUrl: string, run: number): Promise<string> {
  const id = await createDraft(page, `某县人民政府办公室${run}`, 2025, startUrl);
  await openTab(page, TABLE_3);
  return id;
}

const FIGURE_CELL = 'requests.newReceived.naturalPerson';

/** What `type` leaves for run `run` (distinct per run, so an old value never passes for a new one). */
export function expectedText(typing: Typing, run: number): string {
  return typing === 'narrative' ? `本年度共收到申请${run}件，均已按期答复。` : String(100 + run);
}

/** Types as the user does, and returns when the last key is down. */
export async function type(page: Page, typing: Typing, run: number): Promise<void> {
  const text = expectedText(typing, run);
  if (typing === 'narrative') {
    await openTab(page, NARRATIVE_TAB);
    await narrative(page, NARRATIVE_HEADING).click();
    await page.keyboard.type(text);
    return;
  }
  await cellInput(page, FIGURE_CELL).click();
  await page.keyboard.type(text);
  if (typing === 'figure+Enter') await page.keyboard.press('Enter');
}

/** Opens the draft and reads back what `type` left (null when it is not there). */
export async function readBack(page: Page, url: string, typing: Typing): Promise<string> {
  await page.goto(url);
  if (typing === 'narrative') {
    await openTab(page, NARRATIVE_TAB);
    const area = narrative(page, NARRATIVE_HEADING);
    await expect(area).toBeVisible();
    return area.inputValue();
  }
  await openTab(page, TABLE_3);
  const input = cellInput(page, FIGURE_CELL);
  await expect(input).toBeVisible();
  return input.inputValue();
}

/**
 * For each delay, `runs` times: a new draft, `typing`, the delay, SIGKILL, a restart on the same
 * profile and the draft read back. Returns one line per run whose typing was not there.
 */
export async function killRuns(
  startUrl: string,
  typing: Typing,
  delays: readonly number[],
  runs: number,
): Promise<string[]> {
  const profile = newProfile();
  const lost: string[] = [];
  let running: Running = await startChromium(profile);
  try {
    let run = 0;
    for (const delay of delays) {
      for (let r = 0; r < runs; r++) {
        run++;
        const id = await newDraft(running.page, startUrl, run);
        await type(running.page, typing, run);
        if (delay > 0) await running.page.waitForTimeout(delay);
        await killChromium(running.proc);
        running = await startChromium(profile);
        const got = await readBack(running.page, draftUrl(startUrl, id), typing);
        if (got !== expectedText(typing, run))
          lost.push(`${typing}, killed ${delay} ms after: "${got}"`);
      }
    }
  } finally {
    await killChromium(running.proc);
    removeProfile(profile);
  }
  return lost;
}

/** How the user leaves the page right after typing. */
export type Leaving = 'reload' | 'navigate' | 'close';

/** `runs` times: a new draft, `typing`, then at once `leaving`; returns the runs whose typing was lost. */
export async function leaveRuns(
  startUrl: string,
  typing: Typing,
  leaving: Leaving,
  runs: number,
): Promise<string[]> {
  const profile = newProfile();
  const lost: string[] = [];
  const running = await startChromium(profile);
  try {
    let page = running.page;
    for (let run = 1; run <= runs; run++) {
      const id = await newDraft(page, startUrl, run);
      await type(page, typing, run);
      const url = draftUrl(startUrl, id);
      if (leaving === 'reload') await page.reload();
      else if (leaving === 'navigate') await page.goto('about:blank');
      else {
        const closed = new Promise((r) => page.once('close', r));
        await page.close({ runBeforeUnload: true });
        await closed;
        page = await running.browser.contexts()[0]!.newPage();
        page.on('dialog', (d) => void d.accept().catch(() => undefined));
      }
      const got = await readBack(page, url, typing);
      if (got !== expectedText(typing, run)) lost.push(`${typing}, ${leaving}: "${got}"`);
    }
  } finally {
    await killChromium(running.proc);
    removeProfile(profile);
  }
  return lost;
}
