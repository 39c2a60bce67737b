/**
 * The pure domain (src/domain) bundled for the browser by ../bundle.ts (production mode, minified),
 * so `npm run bench` can time the rule engine and the report parsers in Chromium, where they run
 * for real. Loaded into a cross-origin-isolated blank page, where performance.now() has 5 µs
 * resolution (100 µs otherwise).
 *
 * Extension points:
 * - Parsers: when the text / docx / pdf importers exist, add their names to ParserName in ./api.ts,
 *   the parsers to PARSERS here and to NODE_PARSERS in ../../bench.ts, and a case (seed file, text or
 *   bytes) to PARSE_CASES in ../../bench.ts. Each case gets its own row, judged against ≤ 300 ms.
 * - Batch: `timeBatch` runs ./batch.ts (parse + check each report, then sum all: what the 汇总 page
 *   does with dropped files) over the report JSONs ../../bench.ts generates; row "check and sum".
 */
import { checkReport, parseReportJson, type Report } from '../../../src/domain/index.ts';
import { parseReportText } from '../../../src/io/import/text/index.ts';
import type { DomainApi, ParserInput, ParserName, TimingStats } from './api.ts';
import { checkAndSum, type BatchOutcome } from './batch.ts';

/**
 * One entry per parser; each returns whether the input parsed as a report. Importers may be async
 * (docx unzipping, pdf.js): return the promise, the timing awaits it. Bytes come as base64, see bytesOf.
 */
const PARSERS: Record<ParserName, (input: ParserInput) => boolean | Promise<boolean>> = {
  json: (input) => parseReportJson(textOf(input)).ok,
  text: (input) => parseReportText(textOf(input)).ok,
};

function textOf(input: ParserInput): string {
  if (input.kind !== 'text') throw new Error('bench: this parser takes text');
  return input.text;
}

/** For the binary importers (docx, pdf) to come. */
export function bytesOf(input: ParserInput): Uint8Array {
  if (input.kind !== 'bytes') throw new Error('bench: this parser takes bytes');
  return Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0));
}

function reportOf(json: string): Report {
  const result = parseReportJson(json);
  if (!result.ok)
    throw new Error(
      `bench: report does not parse: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  return result.report;
}

function time(runs: number, warmup: number, fn: () => void): TimingStats {
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

const api: DomainApi = {
  timeRecheck(reportJson, previousJson, runs, warmup) {
    const report = reportOf(reportJson);
    const previous = reportOf(previousJson);
    let findings = 0;
    // A fresh top-level object each run, as after an edit in the app (no identity cache can help).
    const stats = time(runs, warmup, () => {
      findings = checkReport({ ...report }, { previous, mode: 'final' }).length;
    });
    return { ...stats, findings };
  },
  async timeParse(parser, input, runs, warmup) {
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
  },
  timeBatch(reportJsons, runs) {
    let outcome: BatchOutcome | undefined;
    const stats = time(runs, 0, () => {
      outcome = checkAndSum(reportJsons);
    });
    if (!outcome) throw new Error('bench: the batch did not run');
    return { ...stats, ...outcome };
  },
};
window.__xxgkBenchDomain = api;
