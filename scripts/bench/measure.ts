/**
 * The browser-side measurements of `npm run bench`, driven through Playwright. The in-page halves
 * are ./page/instrument.ts (keystrokes, navigation) and ./page/domain-entry.ts (re-check, parsing,
 * the check-and-sum batch);
 * page.evaluate calls below only call into what those put on `window`.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type {
  BatchTiming,
  KeystrokeSample,
  NavigationSample,
  ParserInput,
  ParserName,
  TimingStats,
} from './page/api.ts';

/** Path prefix the bench serves its own pages under (page.route; never reaches vite preview). */
export const BENCH_PATH = '/__bench';

/** The entered cells of table 三 in the editor (derived cells are not inputs). */
export const APP_TABLE3_INPUTS = '[role="tabpanel"] input[data-cell^="requests."]';
export const BASELINE_INPUTS = 'input[data-cell]';
export const TABLE3_TAB = /^三、收到和处理政府信息公开申请情况/;

const IDLE_TIMEOUT_MS = 10_000;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`bench: timed out after ${ms} ms waiting for ${what}`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Deterministic 1–3 digit values (mulberry32), so the app and the baseline get the same keys. */
export function benchValues(count: number, seed: number): number[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const digits = 1 + Math.floor(next() * 3);
    const low = digits === 1 ? 1 : 10 ** (digits - 1);
    return low + Math.floor(next() * (10 ** digits - low));
  });
}

export interface TypingResult {
  readonly inputs: number;
  readonly values: number;
  readonly samples: KeystrokeSample[];
  /** Values for which Tab had not moved the focus to the next input (the wrap-around excluded). */
  readonly tabMisses: number;
}

/**
 * Types `values` into the inputs matching `selector` (in document order), each followed by Tab,
 * wrapping round to the first input after the last. Every key is sent as real key events
 * (page.keyboard.press: keydown, keypress/beforeinput/input, keyup) and the next key only after the
 * page reports the previous one fully measured (its event groups ended, the frame after it painted),
 * like a typist slower than the frame rate. `warmup` values go first and are not recorded.
 */
export async function typeInto(
  page: Page,
  selector: string,
  values: readonly number[],
  warmup: readonly number[],
): Promise<TypingResult> {
  const inputs = await page.locator(selector).count();
  if (inputs === 0) throw new Error(`bench: no inputs match ${selector}`);
  let tabMisses = 0;
  let index = 0;
  const typeValue = async (value: number) => {
    const slot = index % inputs;
    const focused = await page.evaluate(([s, i]) => window.__xxgkBench!.ensureFocus(s, i), [
      selector,
      slot,
    ] as const);
    if (!focused && index > 0 && slot !== 0) tabMisses++;
    for (const key of [...String(value), 'Tab']) {
      await page.keyboard.press(key);
      await withTimeout(
        page.evaluate(() => window.__xxgkBench!.idle()),
        IDLE_TIMEOUT_MS,
        `the measurement of key ${key}`,
      );
    }
    index++;
  };
  for (const value of warmup) await typeValue(value);
  await page.evaluate(() => window.__xxgkBench!.start());
  for (const value of values) await typeValue(value);
  const samples = await page.evaluate(() => window.__xxgkBench!.stop());
  return { inputs, values: values.length, samples, tabMisses };
}

/** Creates a draft through the start page (机关名称, 年度, 新建报告); resolves on the editor's URL. */
export async function createDraft(
  page: Page,
  baseURL: string,
  year: number,
): Promise<{ id: string }> {
  await page.goto(`${baseURL}/`);
  await page.getByLabel('机关名称', { exact: true }).fill('基准测试局');
  await page.getByLabel('年度', { exact: true }).fill(String(year));
  await page.getByRole('button', { name: '新建报告' }).click();
  await page.waitForURL(/#\/draft\/[\w-]+/, { timeout: 15_000 });
  const id = /#\/draft\/([\w-]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`bench: no draft id in ${page.url()}`);
  return { id };
}

/** Selects table 三's tab (if it is not already selected) and waits for its inputs to be editable. */
export async function openTable3(
  page: Page,
): Promise<{ inputs: number; rows: number; columns: number }> {
  const tab = page.getByRole('tab', { name: TABLE3_TAB });
  await tab.waitFor({ timeout: 15_000 });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.locator(`${APP_TABLE3_INPUTS}:enabled`).first().waitFor({ timeout: 15_000 });
  const cells = await page
    .locator(APP_TABLE3_INPUTS)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-cell') ?? ''));
  // requests.<row path>.<column>: a row is everything before the last dot.
  const rows = new Set(cells.map((c) => c.slice(0, c.lastIndexOf('.')))).size;
  return { inputs: cells.length, rows, columns: Math.ceil(cells.length / Math.max(rows, 1)) };
}

/** Time from navigation start to the first painted, enabled input[data-cell] on a fresh page. */
export async function navigateToGrid(
  context: BrowserContext,
  url: string,
  cold: boolean,
): Promise<NavigationSample> {
  const page = await context.newPage();
  try {
    if (cold) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    await page.goto(url);
    return await withTimeout(
      page.evaluate(() => window.__xxgkBench!.navigation()),
      15_000,
      `an editable grid at ${url}`,
    );
  } finally {
    await page.close();
  }
}

/** A blank same-origin page, cross-origin isolated (5 µs timers), running the bundled domain. */
export function domainPageHtml(bundle: string): string {
  // `</script` cannot occur inside the inline script.
  const safe = bundle.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench domain</title></head><body><script>${safe}</script></body></html>`;
}

export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

export async function timeRecheckInPage(
  page: Page,
  reportJson: string,
  previousJson: string,
  runs: number,
  warmup: number,
) {
  return page.evaluate(([r, p, n, w]) => window.__xxgkBenchDomain!.timeRecheck(r, p, n, w), [
    reportJson,
    previousJson,
    runs,
    warmup,
  ] as const);
}

export async function timeParseInPage(
  page: Page,
  parser: ParserName,
  input: ParserInput,
  runs: number,
  warmup: number,
): Promise<TimingStats & { ok: boolean }> {
  return page.evaluate(([p, i, n, w]) => window.__xxgkBenchDomain!.timeParse(p, i, n, w), [
    parser,
    input,
    runs,
    warmup,
  ] as const);
}

/** The check-and-sum batch over `reportJsons`, `runs` times (see DomainApi.timeBatch). */
export async function timeBatchInPage(
  page: Page,
  reportJsons: readonly string[],
  runs: number,
): Promise<BatchTiming> {
  return page.evaluate(([jsons, n]) => window.__xxgkBenchDomain!.timeBatch(jsons, n), [
    reportJsons,
    runs,
  ] as const);
}
