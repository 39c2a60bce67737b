/**
 * The pure domain (src/domain) bundled for the browser by ../bundle.ts (production mode, minified),
 * so `npm run bench` can time the rule engine and the report parsers in Chromium, where they run
 * for real. Loaded into a cross-origin-isolated blank page, where performance.now() has 5 µs
 * resolution (100 µs otherwise).
 *
 * Extension points:
 * - Parsers: a new parser's name goes into ParserName in ./api.ts, the parser into PARSERS in
 *   ./timing.ts (shared with Node), and a case (its input, text or bytes) into
 *   ../parse-cases.ts. Each case gets its own row, judged against ≤ 300 ms.
 * - Charts: `timeCharts` draws a seed's whole 图解 (./timing.ts, shared with Node); rows "图解".
 * - Batch: `timeBatch` runs ./batch.ts (parse + check each report, then sum all: what the 汇总 page
 *   does with dropped files) over the report JSONs ../../bench.ts generates; row "check and sum".
 */
import { checkReport, parseReportJson, type Report } from '../../../src/domain/index.ts';
import { preparePdfImport } from '../../../src/io/import/pdf/index.ts';
import type { DomainApi } from './api.ts';
import { checkAndSum, type BatchOutcome } from './batch.ts';
import { decode, PARSERS, time, timeCharts, timeParse } from './timing.ts';

function reportOf(json: string): Report {
  const result = parseReportJson(json);
  if (!result.ok)
    throw new Error(
      `bench: report does not parse: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  return result.report;
}

const api: DomainApi = {
  timeCharts,
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
  timeParse(parser, encoded, runs, warmup) {
    return timeParse(parser, decode(encoded), runs, warmup);
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
