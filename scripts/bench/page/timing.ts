/**
 * The bench's timing loops and report parsers, shared by the page (./domain-entry.ts, bundled for
 * Chromium) and Node (../../bench.ts, for reference), like ./batch.ts: the same code times both.
 */
import { parseReportJson } from '../../../src/domain/index.ts';
import { renderReportCharts } from '../../../src/io/export/charts/index.ts';
import { importReportFile } from '../../../src/io/import/import-file.ts';
import { parseReportText } from '../../../src/io/import/text/index.ts';
import type { ParserInput, ParserName, TimingStats } from './api.ts';

/** A parser's input, decoded before timing starts (as the app has a file's bytes before it parses). */
export type Decoded = string | Uint8Array;

function textOf(input: Decoded): string {
  if (typeof input !== 'string') throw new Error('bench: this parser takes text');
  return input;
}

function bytesOf(input: Decoded): Uint8Array {
  if (typeof input === 'string') throw new Error('bench: this parser takes bytes');
  return input;
}

/**
 * One entry per parser; each returns whether the input parsed as a report. Importers may be async
 * (Word unzipping, pdf.js): return the promise, the timing awaits it.
 */
export const PARSERS: Record<ParserName, (input: Decoded) => boolean | Promise<boolean>> = {
  json: (input) => parseReportJson(textOf(input)).ok,
  text: (input) => parseReportText(textOf(input)).ok,
  // importReportFile leaves the bytes as they were (pdf.js gets a copy): one array serves every run.
  file: async (input) => (await importReportFile(bytesOf(input))).result.ok,
};

export function decode(input: ParserInput): Decoded {
  return input.kind === 'text'
    ? input.text
    : Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0));
}

/** `fn` `runs` times after `warmup` untimed calls. */
export function time(runs: number, warmup: number, fn: () => void): TimingStats {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const begin = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { runs, samples, mean: (performance.now() - begin) / runs };
}

/** One parser on one input, `runs` times after `warmup` untimed calls, awaited one by one. */
export async function timeParse(
  parser: ParserName,
  input: Decoded,
  runs: number,
  warmup: number,
): Promise<TimingStats & { readonly ok: boolean }> {
  const parse = PARSERS[parser];
  let ok = true;
  for (let i = 0; i < warmup; i++) ok = (await parse(input)) && ok;
  const samples: number[] = [];
  const begin = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    ok = (await parse(input)) && ok;
    samples.push(performance.now() - t0);
  }
  return { runs, samples, mean: (performance.now() - begin) / runs, ok };
}

/** Every chart of a report's 图解 drawn as SVG, `runs` times after `warmup` (the JSON parsed once, before). */
export function timeCharts(
  reportJson: string,
  runs: number,
  warmup: number,
): TimingStats & { readonly charts: number } {
  const parsed = parseReportJson(reportJson);
  if (!parsed.ok) throw new Error('bench: the report for the charts does not parse');
  let charts = 0;
  const stats = time(runs, warmup, () => {
    charts = renderReportCharts(parsed.report).length;
  });
  return { ...stats, charts };
}
