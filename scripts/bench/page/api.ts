/**
 * What the bench's in-page scripts put on `window`, shared by the page side (bundled by Vite into an
 * IIFE, see ../bundle.ts) and the Node side (scripts/bench.ts, through page.evaluate).
 */
import type { BatchOutcome } from './batch.ts';

/** One physical key press (keydown … keyup) while recording. All times in ms (performance.now()). */
export interface KeystrokeSample {
  readonly key: string;
  /** Main-thread work: summed length of the key's event groups, capture → last bubble (see instrument.ts). */
  readonly work: number;
  /** How many groups that was (usually 2: keydown+keypress+beforeinput+input, then keyup). */
  readonly groups: number;
  /** keydown capture listener → the first task after the next frame (≈ next paint). */
  readonly paint: number;
}

export interface NavigationSample {
  /** ms from navigation start (performance.timeOrigin) until an enabled input[data-cell] is in the DOM. */
  readonly inDom: number;
  /** ms from navigation start until the first task after the frame in which that input was visible (≈ painted). */
  readonly painted: number;
}

export interface KeystrokeApi {
  /** Starts a new recording (drops earlier samples). */
  start(): void;
  /** Stops recording and returns the samples. */
  stop(): KeystrokeSample[];
  /** Ends the open event group and resolves once the paint of every key sent so far has been measured. */
  idle(): Promise<void>;
  /**
   * Makes sure `selector`'s `index`-th match has the focus (focuses and selects it if not, without
   * recording the focus events). Returns false when it had to move the focus itself.
   */
  ensureFocus(selector: string, index: number): boolean;
  /** Resolves when an enabled, visible input[data-cell] has been painted (see NavigationSample). */
  navigation(): Promise<NavigationSample>;
}

export interface TimingStats {
  readonly runs: number;
  /** Every run, in ms (performance.now() resolution: 5 µs here, the page is cross-origin isolated). */
  readonly samples: number[];
  /** Total elapsed / runs, from one clock reading around the whole loop (not limited by the timer resolution). */
  readonly mean: number;
}

/**
 * Parsers the bench can time: `json` (parseReportJson), `text` (parseReportText), and `file`:
 * importReportFile, the app's own entry for a chosen file, which recognises Word, web page and PDF
 * by their bytes and loads their importer (and pdf.js with its worker) on first use.
 */
export type ParserName = 'json' | 'text' | 'file';

export type ParserInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly base64: string };

/** One timing of the batch: every run is the whole batch (parse + check each, then sum all). */
export type BatchTiming = TimingStats & BatchOutcome;

export interface DomainApi {
  /**
   * The whole 图解 of a report (buildCharts + an SVG per chart, as the 图解 tab draws it) `runs`
   * times after `warmup` untimed calls; `charts` = how many charts one run draws.
   */
  timeCharts(
    reportJson: string,
    runs: number,
    warmup: number,
  ): TimingStats & { readonly charts: number };
  /** checkReport(report, { previous, mode: 'final' }) `runs` times after `warmup` untimed calls. */
  timeRecheck(
    reportJson: string,
    previousJson: string,
    runs: number,
    warmup: number,
  ): TimingStats & { readonly findings: number };
  /** One parser on one input, `runs` times after `warmup` untimed calls (awaited one by one; parsers may be async). */
  timeParse(
    parser: ParserName,
    input: ParserInput,
    runs: number,
    warmup: number,
  ): Promise<TimingStats & { readonly ok: boolean }>;
  /**
   * One parse, the first in this page (a fresh page each call): what the first file a user imports
   * costs, pdf.js start-up included. With `preparedMs`, preparePdfImport() is called that long
   * before (what the app does when 选择文件… is clicked, while the user is in the file chooser).
   */
  timeFirstParse(
    parser: ParserName,
    input: ParserInput,
    preparedMs: number | null,
  ): Promise<{ readonly ms: number; readonly ok: boolean }>;
  /**
   * Checking and summing many report JSONs (./batch.ts: parseReportJson + checkReport 'final' each,
   * then aggregateReports over all), `runs` times, no warm-up; each sample is one whole batch.
   */
  timeBatch(reportJsons: readonly string[], runs: number): BatchTiming;
}

declare global {
  interface Window {
    __xxgkBench?: KeystrokeApi;
    __xxgkBenchDomain?: DomainApi;
  }
}
