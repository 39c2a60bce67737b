/**
 * Property tests (fast-check) over random consistent reports of both formats, with and without
 * last year's report: the drafted paragraphs, placed in the narrative, raise no narrative.figures
 * or narrative.fees finding, and every number in them is a table figure (or a sum the paragraph
 * names, e.g. 不予公开 = its eight items) or a difference / percentage computed from them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEmptyReport,
  getCellValue,
  setCellValue,
  withTotals,
  type InformationFeeFigures,
  type Report,
} from '../model/index.ts';
import { checkReport, findRule } from '../rules/index.ts';
import {
  allCells,
  APPLICANT_KEYS,
  formatForYear,
  getTemplate,
  type FormatId,
} from '../templates/index.ts';
import { draftParagraphs } from './index.ts';

const COLUMNS = APPLICANT_KEYS.filter((k) => k !== 'total');

/** Mostly small, often zero; table 二 sometimes large and round (written with 万). */
function valueFor(id: string, kind: string, raw: number): number {
  if (kind === 'signed') return ((raw >> 2) % 41) - 20;
  if (kind === 'money') return raw % 4 === 0 ? 0 : ((raw >> 2) % 100_000_000) / 10_000;
  if (id.startsWith('requests.')) return raw % 3 === 0 ? 0 : (raw >> 2) % 25;
  if (id.startsWith('reviews.')) return raw % 3 === 0 ? 0 : (raw >> 2) % 30;
  if (raw % 5 === 1) return ((raw >> 3) % 5_000) * 100;
  return raw % 5 === 0 ? 0 : (raw >> 3) % 600;
}

/**
 * A complete report whose every column of table 三 balances; with `carriedOver` (last year's
 * 四 per column), 二、上年结转 is exactly that, as in a real pair of years.
 */
function consistentReport(
  year: number,
  carriedOver?: ReadonlyMap<string, number>,
): fc.Arbitrary<Report> {
  const format = formatForYear(year);
  const entered = allCells(getTemplate(format)).filter((c) => !c.sumOf);
  return fc
    .array(fc.integer({ min: 0, max: 2 ** 30 }), {
      minLength: entered.length,
      maxLength: entered.length,
    })
    .map((raws) => {
      let report = createEmptyReport({ year, agency: '某某市某某局', format });
      entered.forEach((cell, i) => {
        report = setCellValue(report, cell.id, valueFor(cell.id, cell.kind, raws[i]!));
      });
      for (const column of COLUMNS) {
        const results = entered
          .filter((c) => c.id.startsWith('requests.results.') && c.id.endsWith(`.${column}`))
          .reduce((s, c) => s + (getCellValue(report, c.id) ?? 0), 0);
        let forward = getCellValue(report, `requests.carriedForward.${column}`) ?? 0;
        let over = getCellValue(report, `requests.carriedOver.${column}`) ?? 0;
        if (carriedOver) {
          over = carriedOver.get(column) ?? 0;
          forward = Math.max(forward, over - results);
        } else over = Math.min(over, results + forward);
        report = setCellValue(report, `requests.carriedForward.${column}`, forward);
        report = setCellValue(report, `requests.carriedOver.${column}`, over);
        report = setCellValue(report, `requests.newReceived.${column}`, results + forward - over);
      }
      return withTotals(report);
    });
}

/** This year's report, with last year's as `previous` (2021 may follow a 2020 report of the 2019 format). */
function reportPair(format: FormatId, withPrevious: boolean): fc.Arbitrary<Report> {
  const years = format === '2021' ? fc.integer({ min: 2021, max: 2030 }) : fc.constant(2020);
  return years.chain((year) => {
    if (!withPrevious) return consistentReport(year);
    return consistentReport(year - 1).chain((previous) => {
      const forward = new Map(
        COLUMNS.map((c) => [c, getCellValue(previous, `requests.carriedForward.${c}`) ?? 0]),
      );
      return consistentReport(year, forward).map((r): Report => ({ ...r, previous }));
    });
  });
}

function feesFor(report: Report): fc.Arbitrary<InformationFeeFigures> {
  const unpaid = getCellValue(report, 'requests.results.otherHandling.feeUnpaid.total') ?? 0;
  return fc
    .record({
      extra: fc.oneof(fc.constant(0), fc.nat(20)),
      noticesAmount: fc.nat(2_000_000).map((n) => n / 100),
      collectedCases: fc.oneof(fc.constant(0), fc.nat(20)),
      collectedAmount: fc.oneof(
        fc.constant(0),
        fc.nat(2_000_000).map((n) => n / 100),
      ),
    })
    .map(({ extra, noticesAmount, collectedCases, collectedAmount }) => {
      const noticesIssued = unpaid + extra;
      return {
        noticesIssued,
        noticesAmount: noticesIssued === 0 ? 0 : noticesAmount,
        collectedCases,
        collectedAmount: collectedCases === 0 ? 0 : collectedAmount,
      };
    });
}

const GROUPS: Readonly<Record<string, string>> = {
  denied: 'requests.results.denied.',
  unavailable: 'requests.results.unavailable.',
  notProcessed: 'requests.results.notProcessed.',
  otherHandling: 'requests.results.otherHandling.',
};

/** Every figure of a report by name: each cell, and the sums a paragraph names. */
function namedFigures(report: Report): Map<string, number> {
  const r = withTotals(report);
  const out = new Map<string, number>();
  const cells = allCells(getTemplate(r.format));
  for (const c of cells) out.set(c.id, getCellValue(r, c.id) ?? 0);
  const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + (out.get(id) ?? 0), 0);
  for (const [name, prefix] of Object.entries(GROUPS))
    out.set(
      `sum:${name}`,
      sum(cells.filter((c) => c.id.startsWith(prefix) && c.id.endsWith('.total')).map((c) => c.id)),
    );
  out.set('sum:received', sum(['requests.newReceived.total', 'requests.carriedOver.total']));
  for (const o of ['upheld', 'corrected', 'other', 'pending', 'total'])
    out.set(
      `sum:litigation.${o}`,
      sum([`reviews.litigationDirect.${o}`, `reviews.litigationAfterReconsideration.${o}`]),
    );
  out.set('sum:corrected', sum(['reviews.reconsideration.corrected', 'sum:litigation.corrected']));
  return out;
}

/** The sums each paragraph names beside its cells (不予公开 = its eight items, …). */
const SUMS_OF: Readonly<Record<string, readonly string[]>> = {
  requests: [...Object.keys(GROUPS).map((g) => `sum:${g}`), 'sum:received'],
  reviews: [
    ...['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `sum:litigation.${o}`),
    'sum:corrected',
  ],
  active: [],
  fees: [],
};

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** The numbers of a text: "83", "32万" (= 320000), "361.1%". */
function numbersIn(text: string): { value: number; percent: boolean; written: string }[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(万(?!元))?(%)?/g)].map((m) => ({
    value: Number(m[1]) * (m[2] ? 10_000 : 1),
    percent: m[3] !== undefined,
    written: m[1]!,
  }));
}

const RULES = ['narrative.figures', 'narrative.fees'].map((id) => findRule(id)!);

function checkParagraphs(report: Report, fees: InformationFeeFigures): void {
  const drafted = draftParagraphs(report, { fees });
  const texts = drafted.map((p) => {
    if (!p.ok) throw new Error(`${p.kind} not drafted: ${p.reason}`);
    return p;
  });
  const overview = texts.filter((p) => p.section === 'overview').map((p) => p.text);
  const other = texts.filter((p) => p.section === 'other').map((p) => p.text);
  const placed: Report = {
    ...report,
    narrative: { overview: overview.join('\n'), other: other.join('\n') },
  };
  expect(checkReport(placed, { rules: RULES })).toEqual([]);

  const current = namedFigures(report);
  const previous = report.previous ? namedFigures(report.previous) : new Map<string, number>();
  for (const p of texts) {
    // Only the figures this paragraph read (its own cells), the sums it names, the fee figures.
    const keys = [...p.cells.filter((c) => !c.startsWith('previous.')), ...SUMS_OF[p.kind]];
    const pairs = keys.map((k) => [current.get(k)!, previous.get(k)] as const);
    const figures = [
      // 本年增/减 (2019) is signed; the text says 增加 / 减少 with its magnitude.
      ...pairs.map(([v]) => Math.abs(v)),
      ...(p.kind === 'fees' ? Object.values(fees) : []),
      ...pairs.flatMap(([v, before]) => (before === undefined ? [] : [Math.abs(v - before)])),
    ];
    const percents = new Set(
      pairs.flatMap(([v, before]) =>
        before === undefined || before === 0
          ? []
          : [((Math.abs(v - before) / before) * 100).toFixed(1)],
      ),
    );
    for (const n of numbersIn(p.text)) {
      if (n.percent)
        expect([p.kind, n.written, percents.has(n.written)]).toEqual([p.kind, n.written, true]);
      else
        expect([p.kind, n.value, figures.some((f) => close(f, n.value))]).toEqual([
          p.kind,
          n.value,
          true,
        ]);
    }
  }
}

// 150 random reports per case; the shared 2-core machine can make that slow, never wrong.
describe('draftParagraphs (property)', { timeout: 120_000 }, () => {
  for (const format of ['2021', '2019'] as const)
    for (const withPrevious of [false, true])
      it(`format ${format}, ${withPrevious ? 'with' : 'without'} last year: no narrative finding, every number from the tables`, () => {
        fc.assert(
          fc.property(
            reportPair(format, withPrevious).chain((r) => fc.tuple(fc.constant(r), feesFor(r))),
            ([report, fees]) => checkParagraphs(report, fees),
          ),
          { numRuns: 150 },
        );
      });
});
