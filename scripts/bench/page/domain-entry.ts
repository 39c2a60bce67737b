/**
 * The pure domain (src/domain) bundled for the browser by ../bundle.ts (production mode, minified),
 * so `npm run bench` can time the rule engine and the report parsers in Chromium, where they run
 * for real. Loaded into a cross-origin-isolated blank page, where performance.now() has 5 µs
 * resolution (100 µs otherwise).
 *
 * Extension points:
 * - Parsers: a new parser's name goes into ParserName in ./api.ts, the parser into PARSERS here and
 *   NODE_PARSERS in ../../bench.ts, and a case (its input, text or bytes) into PARSE_CASES in
 *   ../../bench.ts. Each case gets its own row, judged against ≤ 300 ms.
 * - Batch: `timeBatch` runs ./batch.ts (parse + check each report, then sum all: what the 汇总 page
 *   does with dropped files) over the report JSONs ../../bench.ts generates; row "check and sum".
 */
import { checkReport, parseReportJson, type Report } from '../../../src/domain/index.ts';
import { importReportFile } from '../../../src/io/import/import-file.ts';
import { preparePdfImport } from '../../../src/io/import/pdf/index.ts';
import { parseReportText } from '../../../src/io/import/text/index.ts';
import type { DomainApi, ParserInput, ParserName, TimingStats } from './api.ts';
import { checkAndSum, type BatchOutcome } from './batch.ts';

/** A parser's input, decoded before timing starts (as the app has a file's bytes before it parses). */
type Decoded = string | Uint8Array;

/**
 * One entry per parser; each returns whether the input parsed as a report. Importers may be async
 * (Word unzipping, pdf.js): return the promise, the timing awaits it.
 */
const PARSERS: Record<ParserName, (input: Decoded) => boolean | Promise<boolean>> = {
  json: (input) => parseReportJson(textOf(input)).ok,
  text: (input) => parseReportText(textOf(input)).ok,
  // importReportFile leaves the bytes as they were (pdf.js gets a copy): one array serves every run.
  file: async (input) => (await importReportFile(bytesOf(input))).result.ok,
};

function decode(input: ParserInput): Decoded {
  return input.kind === 'text'
    ? input.text
    : Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0));
}

function textOf(input: Decoded): string {
  if (typeof input !== 'string') throw new Error('bench: this parser takes text');
  return input;
}

function bytesOf(input: Decoded): Uint8Array {
  if (typeof input === 'string') throw new Error('bench: this parser takes bytes');
  return input;
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
  async timeParse(parser, encoded, runs, warmup) {
    const parse = PARSERS[parser];
    const input = decode(encoded);
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
  async timeFirstParse(parser, input, preparedMs) {
    if (preparedMs !== null) {
      void preparePdfImport();
      await new Promise((resolve) => setTimeout(resolve, preparedMs));
    }
    const decoded = decode(input);
    const t0 = performance.now();
    const ok = await PARSERS[parser](decoded);
    return { ms: performance.now() - t0, ok };
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
