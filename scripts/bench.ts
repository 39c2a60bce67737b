/**
 * `npm run bench`: the performance budgets of DESIGN.md ("Budgets"), measured on the production
 * build with Playwright driving Debian's Chromium (headless, the launch args of playwright.config.ts).
 * Prints a table (metric, median/p50, p95, budget, ok/OVER) and then one line of JSON, which is also
 * written to reports/bench.json. It always exits 0 when everything could be measured, even over
 * budget (it is a measurement, not a test); 1 when a measurement failed.
 *
 * What is measured (the method is also in the JSON under `method`):
 * 1. Typing into table 三 (in-page instrumentation, scripts/bench/page/instrument.ts): a new draft is
 *    created through the start page, then `--values` (200) deterministic 1–3 digit values are typed
 *    into table 三's entered cells, each followed by Tab, wrapping round after the last input, with
 *    real key events (page.keyboard.press), after a few warm-up values that are not recorded. Per key:
 *      - main-thread work (handlers + render commit) = from the first event's window capture
 *        listener to the last event's window bubble listener (after all handlers, their microtasks
 *        and React's synchronous render + commit), summed over the key's event groups
 *        (keydown…input [+ the focus change of Tab], keyup). Not "until a MessageChannel message
 *        runs": after input Chromium runs the next frame before ordinary tasks (see instrument.ts);
 *      - keystroke-to-next-paint = keydown capture → requestAnimationFrame → message posted from the
 *        frame callback, which runs right after that frame's style/layout/paint.
 *    The same keys are typed into scripts/bench/baseline.html (plain inputs, same rows × columns, a
 *    row-sum script) in the same run. `--runs` (3) runs, each with a fresh browser context; every
 *    figure is the median over runs of the per-run p50 / p95. The budget ratio is the median over
 *    runs of p95(app paint) / p95(baseline paint).
 * 2. Full re-check: checkReport(seed mfa-2024, { previous, mode: 'final' }) in Chromium (src/domain
 *    bundled by Vite, production, in a cross-origin-isolated page for 5 µs timers), 1,000 runs after
 *    200 warm-up; and the same in Node for reference. `previous` is the seed relabelled as the year
 *    before, so every cross-year rule has data.
 * 3. Navigation to an editable grid: `--nav-runs` (5) fresh pages open #/draft/<id>; time from
 *    navigation start to the frame that painted the first enabled input[data-cell]. Cold = HTTP cache
 *    disabled (judged), warm = cache on.
 * 4. Initial JavaScript: gzip of dist/index.html's module script + modulepreloads (+ their static
 *    imports); lazy chunks listed separately. kB = 1,000 bytes.
 * 5. Parsing one report: each case of scripts/bench/parse-cases.ts (the seeds as JSON and text; the
 *    2024 seed as our Word, web-page and Excel exports, an office workbook, as PDFs printed by
 *    Chromium and by LibreOffice, and
 *    as its published text in a PDF without embedded fonts) in Chromium (median of 20–200 runs
 *    after a warm-up) and Node. Word, web page and PDF go through importReportFile, the app's own
 *    entry for a chosen file. For the two PDFs with embedded fonts also the first file after page
 *    load, in 5 fresh pages each (info rows): cold, and with pdf.js prepared 1 s before (as the app
 *    does when 选择文件… is clicked).
 * 6. Checking and summing 1,000 report JSONs: the mfa-2024 seed as 1,000 departments with varied
 *    figures (BATCH below); in Chromium, one run = parseReportJson + checkReport('final') each, then
 *    aggregateReports over all (scripts/bench/page/batch.ts, what the 汇总 page does with dropped
 *    files); median of 3 runs, no warm-up; the same in Node for reference.
 *
 * dist/ is rebuilt first (`npm run build`) when it is missing or older than its sources
 * (scripts/bench/fresh-build.ts). The machine's load average is recorded; a busy machine is flagged.
 *
 * Options: --runs=3 --values=200 --nav-runs=5 --port=4174 (or BENCH_PORT), --build (always) / --no-build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, devices, type Browser, type BrowserContext } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import playwrightConfig from '../playwright.config.ts';
import { CHROMIUM_ARGS } from '../e2e/chromium.ts';
import {
  APPLICANT_KEYS,
  checkReport,
  getCellValue,
  parseReportJson,
  setCellValue,
  withTotals,
  type CellId,
  type Report,
} from '../src/domain/index.ts';
import { bundleForPage } from './bench/bundle.ts';
import { checkAndSum, type BatchOutcome } from './bench/page/batch.ts';
import { decode, time, timeCharts, timeParse } from './bench/page/timing.ts';
import { ensureBuild } from './bench/fresh-build.ts';
import { measureInitialJs, type InitialJs } from './bench/initial-js.ts';
import { parseCases, seedsDir, type ParseCase } from './bench/parse-cases.ts';
import {
  APP_TABLE3_INPUTS,
  BASELINE_INPUTS,
  BENCH_PATH,
  ISOLATION_HEADERS,
  benchValues,
  createDraft,
  domainPageHtml,
  navigateToGrid,
  openTable3,
  timeBatchInPage,
  timeParseInPage,
  timeRecheckInPage,
  typeInto,
  type TypingResult,
} from './bench/measure.ts';
import type { BatchTiming, KeystrokeSample, ParserInput, TimingStats } from './bench/page/api.ts';
import { formatTable, judge, type Row } from './bench/report.ts';
import { median, quantile, round, summarize, type Summary } from './bench/stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = seedsDir(ROOT);
const PARSE_CASES = parseCases(SEEDS);
const BENCH_DIR = path.join(ROOT, 'scripts', 'bench');

const BUDGET = {
  keystrokeWorkP95Ms: 8,
  paintRatioP95: 1.5,
  recheckMs: 2,
  navigationMs: 1000,
  initialJsGzipKB: 150,
  parseMs: 300,
  /** Checking and summing 1,000 report JSONs in the browser (median of BATCH_RUNS). */
  batch1000Ms: 2000,
  /** Drawing a report's whole 图解 (every chart as SVG), median (issue 15). */
  chartsMs: 200,
} as const;

const methodLegend = (values: number, runs: number): string =>
  [
    'method (details: scripts/bench.ts, scripts/bench/page/instrument.ts; JSON "method"):',
    '  work  = per key, window capture listener of its first event → window bubble listener of its last (handlers + React sync render/commit),',
    "          summed over keydown…input and keyup; the browser's own layout after `input` and deferred work are not included",
    '  paint = keydown capture → requestAnimationFrame → MessageChannel message posted there (≈ after the next frame painted)',
    `  typing: ${values} values (1–3 digits) + Tab each into table 三 and into a plain-HTML page with the same inputs; medians over ${runs} runs of per-run p50/p95`,
    '  re-check: checkReport(seed, previous, final) in Chromium (production bundle); navigation: fresh page → painted enabled input[data-cell]',
    `  check and sum: ${BATCH_REPORTS} report JSONs parsed + checked (final) each, then summed (aggregateReports); median of ${BATCH_RUNS} runs`,
    `  图解: every chart of a seed drawn as SVG (buildCharts + ECharts SSR); median of ${CHART_RUNS} runs after ${CHART_WARMUP} warm-up`,
  ].join('\n');

/**
 * BATCH: "checking and summing 1,000 report JSONs in the browser < 2 s". The inputs: the mfa-2024 seed
 * as BATCH_REPORTS departments (单位0001…) of one year, each with other figures — k more 新收 and k
 * more 予以公开 in every applicant column (so every column still balances), other 行政复议 and 表二
 * figures — totals recomputed, narrative kept. Timed: scripts/bench/page/batch.ts (parse + final check
 * each, then aggregateReports over all), BATCH_RUNS whole runs, no warm-up, median.
 */
const BATCH_REPORTS = 1000;
const BATCH_RUNS = 3;

/** CHARTS: each seed's whole 图解 (scripts/bench/page/timing.ts timeCharts), in Chromium and Node. */
const CHART_SEEDS = ['mfa-2024', 'mfa-2020'] as const;
const CHART_RUNS = 20;
const CHART_WARMUP = 3;

const outcomeOf = (t: BatchTiming): BatchOutcome => ({
  reports: t.reports,
  failed: t.failed,
  errors: t.errors,
  warnings: t.warnings,
  notes: t.notes,
  newReceivedTotal: t.newReceivedTotal,
});

function batchReportJsons(count: number): string[] {
  const parsed = parseReportJson(seedText('mfa-2024.expected.json'));
  if (!parsed.ok) throw new Error('bench: seed mfa-2024 does not parse');
  const seed = parsed.report;
  // The six kinds of applicant (总计 is derived).
  const columns = APPLICANT_KEYS.slice(0, 6);
  const values = benchValues(count * 9, 2025);
  const add = (r: Report, id: CellId, k: number) =>
    setCellValue(r, id, (getCellValue(r, id) ?? 0) + k);
  return Array.from({ length: count }, (_, i) => {
    const v = values.slice(i * 9, i * 9 + 9);
    let r: Report = { ...seed, agency: `单位${String(i + 1).padStart(4, '0')}` };
    columns.forEach((c, j) => {
      const k = v[j]! % 30;
      r = add(r, `requests.newReceived.${c}`, k);
      r = add(r, `requests.results.granted.${c}`, k);
    });
    r = setCellValue(r, 'reviews.reconsideration.upheld', v[6]! % 7);
    r = setCellValue(r, 'active.normativeDocuments.inForce', v[7]! % 50);
    r = setCellValue(r, 'active.fees.amount', v[8]! / 100);
    return JSON.stringify(withTotals(r));
  });
}

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    values: { type: 'string', default: '200' },
    'nav-runs': { type: 'string', default: '5' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4174' },
    build: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const positive = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`bench: --${name} must be a positive integer, got ${text}`);
  return n;
};
const OPTIONS = {
  runs: positive('runs', args.runs),
  values: positive('values', args.values),
  navRuns: positive('nav-runs', args['nav-runs']),
  port: positive('port', args.port),
  warmupValues: 7, // ≈ 20 keystrokes (values of 1–3 digits, each + Tab)
  recheckRuns: 1000,
  recheckWarmup: 200,
};

function launchArgs(): string[] {
  const project = playwrightConfig.projects?.find((p) => p.use?.launchOptions?.args);
  return project?.use?.launchOptions?.args ?? [...CHROMIUM_ARGS];
}

const errors: string[] = [];
async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    errors.push(`${what}: ${message}`);
    console.error(`bench: ${what} failed: ${message}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

async function newContext(
  browser: Browser,
  baseURL: string,
  instrument: string,
  domainBundle: string,
): Promise<BrowserContext> {
  const { viewport, userAgent, deviceScaleFactor } = devices['Desktop Chrome'];
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor });
  context.setDefaultTimeout(15_000);
  await context.addInitScript({ content: instrument });
  const baseline = readFileSync(path.join(BENCH_DIR, 'baseline.html'), 'utf8');
  await context.route(`${baseURL}${BENCH_PATH}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === `${BENCH_PATH}/baseline.html`) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: baseline });
    } else if (url.pathname === `${BENCH_PATH}/domain.html`) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { ...ISOLATION_HEADERS },
        body: domainPageHtml(domainBundle),
      });
    } else {
      await route.fulfill({ status: 404, body: 'not a bench page' });
    }
  });
  return context;
}

// ---------------------------------------------------------------------------------------------
// 1. Typing

interface KeySummary {
  readonly keys: number;
  readonly work: Summary;
  readonly paint: Summary;
  readonly tab: { readonly work: Summary; readonly paint: Summary };
  readonly digits: { readonly work: Summary; readonly paint: Summary };
  readonly groupsPerKey: number;
  readonly tabMisses: number;
  readonly inputs: number;
}

function summarizeKeys(result: TypingResult): KeySummary {
  const of = (samples: readonly KeystrokeSample[]) => ({
    work: summarize(samples.map((s) => s.work)),
    paint: summarize(samples.map((s) => s.paint)),
  });
  const all = of(result.samples);
  return {
    keys: result.samples.length,
    ...all,
    tab: of(result.samples.filter((s) => s.key === 'Tab')),
    digits: of(result.samples.filter((s) => s.key !== 'Tab')),
    groupsPerKey:
      result.samples.reduce((n, s) => n + s.groups, 0) / Math.max(result.samples.length, 1),
    tabMisses: result.tabMisses,
    inputs: result.inputs,
  };
}

interface TypingRun {
  readonly run: number;
  readonly order: string;
  readonly app: KeySummary;
  readonly baseline: KeySummary;
  readonly paintP95Ratio: number;
}

async function typingRun(
  browser: Browser,
  baseURL: string,
  instrument: string,
  domainBundle: string,
  run: number,
): Promise<TypingRun> {
  const values = benchValues(OPTIONS.values, 2024);
  const warmup = benchValues(OPTIONS.warmupValues, 7);
  const context = await newContext(browser, baseURL, instrument, domainBundle);
  try {
    // Find table 三's shape first, so the baseline gets the same rows × columns.
    const appPage = await context.newPage();
    await createDraft(appPage, baseURL, 2024);
    const shape = await openTable3(appPage);
    const measureApp = async () => {
      await appPage.bringToFront();
      const r = await typeInto(appPage, APP_TABLE3_INPUTS, values, warmup);
      await appPage.close();
      return r;
    };
    const measureBaseline = async () => {
      const page = await context.newPage();
      await page.goto(
        `${baseURL}${BENCH_PATH}/baseline.html?rows=${shape.rows}&cols=${shape.columns}`,
      );
      const r = await typeInto(page, BASELINE_INPUTS, values, warmup);
      await page.close();
      return r;
    };
    // Alternate the order between runs, so neither page always goes first.
    const appFirst = run % 2 === 0;
    let app: TypingResult;
    let baseline: TypingResult;
    if (appFirst) {
      app = await measureApp();
      baseline = await measureBaseline();
    } else {
      baseline = await measureBaseline();
      app = await measureApp();
    }
    if (baseline.inputs !== app.inputs)
      throw new Error(`bench: baseline has ${baseline.inputs} inputs, table 三 has ${app.inputs}`);
    const a = summarizeKeys(app);
    const b = summarizeKeys(baseline);
    return {
      run,
      order: appFirst ? 'app, baseline' : 'baseline, app',
      app: a,
      baseline: b,
      paintP95Ratio: a.paint.p95 / b.paint.p95,
    };
  } finally {
    await context.close();
  }
}

interface TypingResultAll {
  readonly runs: readonly TypingRun[];
  /** Medians over runs of each run's p50 / p95. */
  readonly app: {
    readonly work: { p50: number; p95: number };
    readonly paint: { p50: number; p95: number };
  };
  readonly baseline: {
    readonly work: { p50: number; p95: number };
    readonly paint: { p50: number; p95: number };
  };
  readonly paintP95Ratio: number;
}

function combineTyping(runs: readonly TypingRun[]): TypingResultAll {
  const med = (pick: (r: TypingRun) => number) => median(runs.map(pick));
  const side = (s: (r: TypingRun) => KeySummary) => ({
    work: { p50: med((r) => s(r).work.p50), p95: med((r) => s(r).work.p95) },
    paint: { p50: med((r) => s(r).paint.p50), p95: med((r) => s(r).paint.p95) },
  });
  return {
    runs,
    app: side((r) => r.app),
    baseline: side((r) => r.baseline),
    paintP95Ratio: med((r) => r.paintP95Ratio),
  };
}

// ---------------------------------------------------------------------------------------------
// 2 + 5. Re-check and parsing (browser and Node)

function seedText(file: string): string {
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

/** The seed relabelled as the year before: same format and values, so every cross-year rule runs. */
function previousOf(reportJson: string): string {
  const value = JSON.parse(reportJson) as { year: number };
  return JSON.stringify({ ...value, year: value.year - 1 });
}

interface TimingSummary {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
  readonly max: number;
}
const timingSummary = (t: TimingStats): TimingSummary => ({
  runs: t.runs,
  median: quantile(t.samples, 0.5),
  p95: quantile(t.samples, 0.95),
  mean: t.mean,
  max: quantile(t.samples, 1),
});

type ParseRow =
  | {
      readonly id: string;
      readonly label: string;
      /** Characters of text, or bytes of a file. */
      readonly bytes: number;
      readonly browser: TimingSummary;
      readonly node: TimingSummary;
      readonly first?: FirstParses;
    }
  | { readonly id: string; readonly label: string; readonly unavailable: string };

/** The first parse in FIRST_PARSE_PAGES fresh pages: cold, and with pdf.js prepared a second before. */
interface FirstParses {
  readonly cold: number[];
  readonly prepared: number[];
  readonly preparedMs: number;
}
const FIRST_PARSE_PAGES = 5;
/** The user is in the file chooser for at least this long after clicking 选择文件…. */
const PREPARED_MS = 1000;

async function timeFirstParses(
  context: BrowserContext,
  baseURL: string,
  c: ParseCase,
  input: ParserInput,
): Promise<FirstParses> {
  const once = async (preparedMs: number | null): Promise<number> => {
    const page = await context.newPage();
    try {
      await page.goto(`${baseURL}${BENCH_PATH}/domain.html`);
      const r = await page.evaluate(
        ([p, i, ms]) => window.__xxgkBenchDomain!.timeFirstParse(p, i, ms),
        [c.parser, input, preparedMs] as const,
      );
      if (!r.ok) throw new Error(`bench: ${c.label} did not parse as a first file`);
      return r.ms;
    } finally {
      await page.close();
    }
  };
  // Alternated, so that whatever the browser caches across pages favours neither series.
  const cold: number[] = [];
  const prepared: number[] = [];
  for (let i = 0; i < FIRST_PARSE_PAGES; i++) {
    cold.push(await once(null));
    prepared.push(await once(PREPARED_MS));
  }
  return { cold, prepared, preparedMs: PREPARED_MS };
}

interface DomainResult {
  readonly crossOriginIsolated: boolean;
  readonly recheck: {
    readonly browser: TimingSummary & { findings: number };
    readonly node: TimingSummary & { findings: number };
  };
  readonly parse: readonly ParseRow[];
  readonly batch: {
    readonly reports: number;
    readonly browser: TimingSummary & BatchOutcome;
    readonly node: TimingSummary;
  };
  readonly charts: readonly ChartsRow[];
}

interface ChartsRow {
  readonly seed: (typeof CHART_SEEDS)[number];
  /** Charts drawn per run. */
  readonly charts: number;
  readonly browser: TimingSummary;
  readonly node: TimingSummary;
}

async function measureDomain(
  browser: Browser,
  baseURL: string,
  instrument: string,
  domainBundle: string,
): Promise<DomainResult> {
  const reportJson = seedText('mfa-2024.expected.json');
  const previousJson = previousOf(reportJson);
  const context = await newContext(browser, baseURL, instrument, domainBundle);
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}${BENCH_PATH}/domain.html`);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const inPage = await timeRecheckInPage(
      page,
      reportJson,
      previousJson,
      OPTIONS.recheckRuns,
      OPTIONS.recheckWarmup,
    );

    const parse = (json: string): Report => {
      const r = parseReportJson(json);
      if (!r.ok)
        throw new Error(`bench: seed does not parse: ${r.issues.map((i) => i.message).join('; ')}`);
      return r.report;
    };
    const report = parse(reportJson);
    const previous = parse(previousJson);
    let nodeFindings = 0;
    const inNode = time(OPTIONS.recheckRuns, OPTIONS.recheckWarmup, () => {
      nodeFindings = checkReport({ ...report }, { previous, mode: 'final' }).length;
    });

    const parseRows: ParseRow[] = [];
    for (const c of PARSE_CASES) {
      const input = await c.make(browser);
      if ('unavailable' in input) {
        parseRows.push({ id: c.id, label: c.label, unavailable: input.unavailable });
        continue;
      }
      const b = await timeParseInPage(page, c.parser, input, c.runs, c.warmup);
      if (!b.ok) throw new Error(`bench: ${c.label} did not parse in the browser`);
      const n = await timeParse(c.parser, decode(input), c.runs, c.warmup);
      if (!n.ok) throw new Error(`bench: ${c.label} did not parse in Node`);
      const first = c.first ? await timeFirstParses(context, baseURL, c, input) : undefined;
      parseRows.push({
        id: c.id,
        label: c.label,
        bytes: input.kind === 'text' ? input.text.length : (input.base64.length * 3) / 4,
        browser: timingSummary(b),
        node: timingSummary(n),
        ...(first ? { first } : {}),
      });
    }
    const jsons = batchReportJsons(BATCH_REPORTS);
    const batchInPage = await timeBatchInPage(page, jsons, BATCH_RUNS);
    if (batchInPage.reports !== BATCH_REPORTS)
      throw new Error(
        `bench: only ${batchInPage.reports} of ${BATCH_REPORTS} batch reports parsed`,
      );
    const batchInNode = time(BATCH_RUNS, 0, () => void checkAndSum(jsons));
    const charts: ChartsRow[] = [];
    for (const seed of CHART_SEEDS) {
      const json = seedText(`${seed}.expected.json`);
      const b = await page.evaluate(([j, n, w]) => window.__xxgkBenchDomain!.timeCharts(j, n, w), [
        json,
        CHART_RUNS,
        CHART_WARMUP,
      ] as const);
      const n = timeCharts(json, CHART_RUNS, CHART_WARMUP);
      charts.push({
        seed,
        charts: b.charts,
        browser: timingSummary(b),
        node: timingSummary(n),
      });
    }
    return {
      crossOriginIsolated: isolated,
      recheck: {
        browser: { ...timingSummary(inPage), findings: inPage.findings },
        node: { ...timingSummary(inNode), findings: nodeFindings },
      },
      parse: parseRows,
      batch: {
        reports: BATCH_REPORTS,
        browser: { ...timingSummary(batchInPage), ...outcomeOf(batchInPage) },
        node: timingSummary(batchInNode),
      },
      charts,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Navigation

interface NavigationResult {
  readonly url: string;
  readonly cold: { readonly painted: number[]; readonly inDom: number[]; readonly median: number };
  readonly warm: { readonly painted: number[]; readonly inDom: number[]; readonly median: number };
}

async function measureNavigation(
  browser: Browser,
  baseURL: string,
  instrument: string,
  domainBundle: string,
): Promise<NavigationResult> {
  const context = await newContext(browser, baseURL, instrument, domainBundle);
  try {
    const page = await context.newPage();
    const { id } = await createDraft(page, baseURL, 2024);
    await openTable3(page);
    // Close it: a draft open in another page of the same browser opens read-only.
    await page.close();
    const url = `${baseURL}/#/draft/${id}`;
    const series = async (cold: boolean) => {
      const painted: number[] = [];
      const inDom: number[] = [];
      for (let i = 0; i < OPTIONS.navRuns; i++) {
        const s = await navigateToGrid(context, url, cold);
        painted.push(s.painted);
        inDom.push(s.inDom);
      }
      return { painted, inDom, median: median(painted) };
    };
    const cold = await series(true);
    await navigateToGrid(context, url, false); // fills the HTTP cache; not counted
    const warm = await series(false);
    return { url: url.replace(baseURL, ''), cold, warm };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

function buildRows(
  typing: TypingResultAll | null,
  domain: DomainResult | null,
  nav: NavigationResult | null,
  js: InitialJs | null,
): Row[] {
  const rows: Row[] = [];
  const t = typing;
  rows.push({
    metric: 'keystroke main-thread work, table 三 (app)',
    p50: t?.app.work.p50 ?? null,
    p95: t?.app.work.p95 ?? null,
    unit: 'ms',
    budget: `p95 ≤ ${BUDGET.keystrokeWorkP95Ms} ms`,
    status: judge(t?.app.work.p95, BUDGET.keystrokeWorkP95Ms),
  });
  rows.push({
    metric: 'keystroke → next paint (app)',
    p50: t?.app.paint.p50 ?? null,
    p95: t?.app.paint.p95 ?? null,
    unit: 'ms',
    budget: '',
    status: t ? 'info' : 'error',
  });
  rows.push({
    metric: 'keystroke → next paint (plain-HTML baseline)',
    p50: t?.baseline.paint.p50 ?? null,
    p95: t?.baseline.paint.p95 ?? null,
    unit: 'ms',
    budget: '',
    status: t ? 'info' : 'error',
  });
  rows.push({
    metric: 'paint p95 ratio app / baseline',
    p50: t?.paintP95Ratio ?? null,
    p95: null,
    unit: '×',
    budget: `≤ ${BUDGET.paintRatioP95}×`,
    status: judge(t?.paintP95Ratio, BUDGET.paintRatioP95),
  });
  rows.push({
    metric: 'keystroke main-thread work (baseline)',
    p50: t?.baseline.work.p50 ?? null,
    p95: t?.baseline.work.p95 ?? null,
    unit: 'ms',
    budget: '',
    status: t ? 'info' : 'error',
  });
  const rb = domain?.recheck.browser;
  rows.push({
    metric: 'full rule re-check (Chromium)',
    p50: rb?.median ?? null,
    p95: rb?.p95 ?? null,
    unit: 'ms',
    budget: `median ≤ ${BUDGET.recheckMs} ms`,
    status: judge(rb?.median, BUDGET.recheckMs),
    ...(rb
      ? {
          note: `checkReport(mfa-2024, previous, 'final'): ${rb.findings} findings, ${rb.runs} runs, mean ${rb.mean.toFixed(3)} ms`,
        }
      : {}),
  });
  const rn = domain?.recheck.node;
  rows.push({
    metric: 'full rule re-check (Node, reference)',
    p50: rn?.median ?? null,
    p95: rn?.p95 ?? null,
    unit: 'ms',
    budget: '',
    status: rn ? 'info' : 'error',
  });
  rows.push({
    metric: 'navigation → editable grid (cold cache)',
    p50: nav?.cold.median ?? null,
    p95: nav ? quantile(nav.cold.painted, 0.95) : null,
    unit: 'ms',
    budget: `median ≤ ${BUDGET.navigationMs} ms`,
    status: judge(nav?.cold.median, BUDGET.navigationMs),
  });
  rows.push({
    metric: 'navigation → editable grid (warm cache)',
    p50: nav?.warm.median ?? null,
    p95: nav ? quantile(nav.warm.painted, 0.95) : null,
    unit: 'ms',
    budget: '',
    status: nav ? 'info' : 'error',
  });
  const jsKB = js ? js.total.gzip / 1000 : null;
  rows.push({
    metric: 'initial JavaScript, gzip',
    p50: jsKB,
    p95: null,
    unit: 'kB',
    budget: `≤ ${BUDGET.initialJsGzipKB} kB`,
    status: judge(jsKB, BUDGET.initialJsGzipKB),
    ...(js
      ? {
          note: `${js.initial.length} file(s), ${(js.total.raw / 1000).toFixed(1)} kB raw, ${(js.total.gzip9 / 1000).toFixed(2)} kB at gzip -9; ${js.lazy.length} lazy chunk(s), ${(js.lazy.reduce((n, f) => n + f.gzip, 0) / 1000).toFixed(2)} kB gzip`,
        }
      : {}),
  });
  for (const c of PARSE_CASES) {
    const p = domain?.parse.find((r) => r.id === c.id);
    if (p && 'unavailable' in p) {
      rows.push({
        metric: c.label,
        p50: null,
        p95: null,
        unit: 'ms',
        budget: '',
        status: 'info',
        note: `not measured: ${p.unavailable}`,
      });
      continue;
    }
    rows.push({
      metric: `${c.label} (Chromium)`,
      p50: p?.browser.median ?? null,
      p95: p?.browser.p95 ?? null,
      unit: 'ms',
      budget: `median ≤ ${BUDGET.parseMs} ms`,
      status: judge(p?.browser.median, BUDGET.parseMs),
      ...(p
        ? {
            note: `${(p.bytes / 1000).toFixed(0)} k${c.parser === 'file' ? 'B' : ' chars'}, ${p.browser.runs} runs after ${c.warmup} warm-up`,
          }
        : {}),
    });
    if (c.first) {
      const f = p?.first;
      const series = [
        {
          when: `选择文件… clicked ${((f?.preparedMs ?? PREPARED_MS) / 1000).toFixed(0)} s before`,
          times: f?.prepared,
          what: 'pdf.js prepared by preparePdfImport()',
        },
        {
          when: 'cold',
          times: f?.cold,
          what: "includes starting pdf.js's worker, but the bench page has pdf.js's code already loaded (the app fetches and compiles its lazy chunk too)",
        },
      ];
      for (const { when, times, what } of series)
        rows.push({
          metric: `  the same as the first file after page load, ${when} (Chromium)`,
          p50: times ? median(times) : null,
          p95: times ? quantile(times, 1) : null,
          unit: 'ms',
          budget: '',
          status: times ? 'info' : 'error',
          ...(times ? { note: `${times.length} fresh pages; p95 column = max; ${what}` } : {}),
        });
    }
    rows.push({
      metric: `${c.label} (Node)`,
      p50: p?.node.median ?? null,
      p95: p?.node.p95 ?? null,
      unit: 'ms',
      budget: '',
      status: p ? 'info' : 'error',
    });
  }
  const bb = domain?.batch.browser;
  rows.push({
    metric: `check and sum ${BATCH_REPORTS.toLocaleString('en')} report JSONs (Chromium)`,
    p50: bb?.median ?? null,
    p95: null,
    unit: 'ms',
    budget: `median ≤ ${BUDGET.batch1000Ms} ms`,
    status: judge(bb?.median, BUDGET.batch1000Ms),
    ...(bb
      ? {
          note: `parse + final check each, then aggregateReports: median of ${bb.runs} runs (${bb.max.toFixed(0)} ms max); ${bb.errors} errors, ${bb.warnings} warnings in the sources; ${bb.notes} notes on the sum`,
        }
      : {}),
  });
  for (const seed of CHART_SEEDS) {
    const c = domain?.charts.find((r) => r.seed === seed);
    rows.push({
      metric: `图解 of ${seed}, every chart as SVG (Chromium)`,
      p50: c?.browser.median ?? null,
      p95: c?.browser.p95 ?? null,
      unit: 'ms',
      budget: `median ≤ ${BUDGET.chartsMs} ms`,
      status: judge(c?.browser.median, BUDGET.chartsMs),
      ...(c
        ? { note: `${c.charts} charts, ${c.browser.runs} runs after ${CHART_WARMUP} warm-up` }
        : {}),
    });
    rows.push({
      metric: `图解 of ${seed}, every chart as SVG (Node, \`xxgk charts\`)`,
      p50: c?.node.median ?? null,
      p95: c?.node.p95 ?? null,
      unit: 'ms',
      budget: '',
      status: c ? 'info' : 'error',
    });
  }
  const bn = domain?.batch.node;
  rows.push({
    metric: `check and sum ${BATCH_REPORTS.toLocaleString('en')} report JSONs (Node, reference)`,
    p50: bn?.median ?? null,
    p95: null,
    unit: 'ms',
    budget: '',
    status: bn ? 'info' : 'error',
  });
  return rows;
}

function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? round(value) : null;
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  return value;
}

interface BrowserResults {
  readonly typing: TypingResultAll | null;
  readonly domain: DomainResult | null;
  readonly nav: NavigationResult | null;
  readonly chromiumVersion: string;
}

/** Everything measured in Chromium, against `vite preview` of dist/. */
async function measureInBrowser(
  instrument: string,
  domainBundle: string,
  load: readonly number[],
): Promise<BrowserResults> {
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      preview: { port: OPTIONS.port, strictPort: true, host: '127.0.0.1' },
    });
    const baseURL = `http://127.0.0.1:${OPTIONS.port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: launchArgs(),
    });
    const b = browser;
    const chromiumVersion = browser.version();
    console.log(
      `bench: Chromium ${chromiumVersion}, vite preview on ${baseURL}, ${os.cpus().length} CPUs, load ${load.map((l) => l.toFixed(2)).join(' ')}`,
    );

    const domain = await attempt('re-check / parse', () =>
      measureDomain(b, baseURL, instrument, domainBundle),
    );
    const runs: TypingRun[] = [];
    for (let run = 0; run < OPTIONS.runs; run++) {
      const r = await attempt(`typing run ${run + 1}`, () =>
        typingRun(b, baseURL, instrument, domainBundle, run),
      );
      if (!r) break;
      runs.push(r);
      console.log(
        `bench: typing run ${run + 1}/${OPTIONS.runs} (${r.order}): app work p95 ${r.app.work.p95.toFixed(2)} ms, paint p95 ${r.app.paint.p95.toFixed(2)} ms; ` +
          `baseline paint p95 ${r.baseline.paint.p95.toFixed(2)} ms; ratio ${r.paintP95Ratio.toFixed(2)}; ${r.app.keys} keys, ${r.app.inputs} inputs, tab misses ${r.app.tabMisses}`,
      );
    }
    const typing = runs.length > 0 ? combineTyping(runs) : null;
    const nav = await attempt('navigation', () =>
      measureNavigation(b, baseURL, instrument, domainBundle),
    );
    return { typing, domain, nav, chromiumVersion };
  } finally {
    await browser?.close();
    await server?.close();
  }
}

async function main(): Promise<number> {
  ensureBuild(ROOT, args.build ? 'always' : args['no-build'] ? 'never' : 'auto');
  const dist = path.join(ROOT, 'dist');
  const startedAt = new Date();
  const loadBefore = os.loadavg();

  const js = await attempt('initial JS size', async () => measureInitialJs(dist));
  const [instrument, domainBundle] = await Promise.all([
    bundleForPage(path.join(BENCH_DIR, 'page', 'instrument.ts')),
    bundleForPage(path.join(BENCH_DIR, 'page', 'domain-entry.ts')),
  ]);

  const { typing, domain, nav, chromiumVersion } = await measureInBrowser(
    instrument,
    domainBundle,
    loadBefore,
  );

  const rows = buildRows(typing, domain, nav, js);
  const result = {
    bench: 'xxgk-nianbao',
    date: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      loadavgBefore: loadBefore,
      loadavgAfter: os.loadavg(),
      busy: Math.max(loadBefore[0]!, os.loadavg()[0]!) > os.cpus().length,
      node: process.version,
      chromium: chromiumVersion,
    },
    options: OPTIONS,
    method: {
      keystrokeWork:
        "per key: sum over its event groups (keydown…input [+ Tab focus change], keyup) of first window-capture listener → last window-bubble listener (or the end of a handler that stopped propagation), i.e. handlers + microtasks + React sync render/commit + browser default actions between them; not included: the browser's own work after the last event (e.g. the text field's layout after `input`, ~0.5–1 ms per digit against a CDP trace of the same keys) and deferred work (timers, transitions, saves)",
      keystrokePaint:
        'keydown window-capture listener → requestAnimationFrame → MessageChannel message posted in the frame callback (first task after the frame painted)',
      typing: `${OPTIONS.values} deterministic 1–3 digit values + Tab each, into table 三's entered cells (wrapping), after ${OPTIONS.warmupValues} warm-up values; next key sent after the previous is measured; medians over ${OPTIONS.runs} runs of per-run p50/p95; ratio = median over runs of p95(app paint)/p95(baseline paint)`,
      recheck:
        "checkReport(mfa-2024 seed, { previous: seed relabelled year-1, mode: 'final' }), production bundle of src/domain in a cross-origin-isolated page",
      navigation:
        'fresh page → #/draft/<id>; navigation start → first task after the frame that shows an enabled, visible input[data-cell]; cold = HTTP cache disabled via CDP',
      batch: `${BATCH_REPORTS} report JSONs (mfa-2024 seed as departments with varied, balanced figures); one run = parseReportJson + checkReport(final) each, then aggregateReports over all (scripts/bench/page/batch.ts); median of ${BATCH_RUNS} runs, no warm-up`,
      charts: `each seed's whole 图解: parseReportJson once, then buildCharts + one ECharts SSR SVG per chart (src/io/export/charts), ${CHART_RUNS} runs after ${CHART_WARMUP} warm-up; Chromium (production bundle) and Node`,
      initialJs:
        'gzip (zlib default level; level 9 also given) of dist/index.html module script + modulepreloads + their static imports; kB = 1000 bytes',
    },
    budgets: BUDGET,
    summary: rows.map((r) => ({
      metric: r.metric,
      p50: r.p50,
      p95: r.p95,
      unit: r.unit,
      budget: r.budget,
      status: r.status,
    })),
    typing,
    recheck: domain ? { crossOriginIsolated: domain.crossOriginIsolated, ...domain.recheck } : null,
    navigation: nav,
    initialJs: js,
    parse: domain?.parse ?? null,
    batch: domain?.batch ?? null,
    charts: domain?.charts ?? null,
    errors,
  };
  const json = JSON.stringify(roundDeep(result));

  console.log('');
  console.log(formatTable(rows));
  if (typing) {
    const tab = median(typing.runs.map((r) => r.app.tab.work.p95));
    const dig = median(typing.runs.map((r) => r.app.digits.work.p95));
    const tabPaint = median(typing.runs.map((r) => r.app.tab.paint.p95));
    const digPaint = median(typing.runs.map((r) => r.app.digits.paint.p95));
    console.log(
      `  * app by key (p95, median over runs): digits work ${dig.toFixed(2)} ms / paint ${digPaint.toFixed(2)} ms; Tab work ${tab.toFixed(2)} ms / paint ${tabPaint.toFixed(2)} ms`,
    );
  }
  console.log('');
  console.log(methodLegend(OPTIONS.values, OPTIONS.runs));
  const loadAfter = os.loadavg();
  const cpus = os.cpus().length;
  if (Math.max(loadBefore[0]!, loadAfter[0]!) > cpus) {
    console.log(
      `\nWARNING: the machine was busy (1-min load ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after, on ${cpus} CPUs): ` +
        'timings are inflated and p95s are noisy; rerun on an idle machine before acting on an OVER.',
    );
  }
  const over = rows.filter((r) => r.status === 'OVER');
  const judged = rows.filter((r) => r.budget !== '');
  console.log(
    over.length > 0
      ? `\nOVER BUDGET: ${over.map((r) => r.metric).join('; ')}`
      : `\nAll measured budgets are met (${judged.filter((r) => r.status === 'ok').length} of ${judged.length} judged).`,
  );
  if (errors.length > 0)
    console.log(`\nNOT MEASURED:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  console.log('');
  console.log(json);
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'reports', 'bench.json'),
    `${JSON.stringify(JSON.parse(json), null, 2)}\n`,
  );
  console.log('\nbench: written to reports/bench.json');
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
