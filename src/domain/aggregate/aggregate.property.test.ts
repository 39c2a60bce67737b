/**
 * Property tests (fast-check): sums of consistent reports stay consistent, and every derived
 * total of the sum equals the sum of the sources' totals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEmptyReport,
  getCellValue,
  roundMoney,
  setCellValue,
  withTotals,
  type Report,
} from '../model/index.ts';
import { checkReport } from '../rules/index.ts';
import { allCells, getTemplate, type CellTemplate, type FormatId } from '../templates/index.ts';
import { aggregateReports } from './index.ts';

const YEAR_OF: Record<FormatId, number> = { '2021': 2024, '2019': 2020 };

interface Shape {
  readonly columns: readonly string[];
  readonly results: readonly CellTemplate[];
  /** Entered cells outside table 三 (tables 二 and 四). */
  readonly others: readonly CellTemplate[];
}

function shapeOf(format: FormatId): Shape {
  const entered = allCells(getTemplate(format)).filter((c) => !c.sumOf);
  return {
    columns: entered
      .filter((c) => c.id.startsWith('requests.newReceived.'))
      .map((c) => c.id.slice('requests.newReceived.'.length)),
    results: entered.filter((c) => c.id.startsWith('requests.results.')),
    others: entered.filter((c) => !c.id.startsWith('requests.')),
  };
}

const ints = (n: number, max: number) => fc.array(fc.nat(max), { minLength: n, maxLength: n });

/**
 * A complete report whose every column balances (一 + 二 = （七）总计 + 四): the result items and
 * 四 are chosen, 二 is at most （七）+ 四, and 一 = （七）+ 四 − 二. All counts whole and ≥ 0.
 */
function consistentReport(format: FormatId, agency: string): fc.Arbitrary<Report> {
  const shape = shapeOf(format);
  const n = shape.columns.length;
  return fc
    .record({
      results: ints(shape.results.length, 40),
      forward: ints(n, 20),
      over: ints(n, 1000),
      others: fc.array(fc.integer({ min: -50, max: 200_000 }), {
        minLength: shape.others.length,
        maxLength: shape.others.length,
      }),
    })
    .map(({ results, forward, over, others }) => {
      let report = createEmptyReport({ year: YEAR_OF[format], agency, format });
      const totals = new Map<string, number>();
      shape.results.forEach((cell, i) => {
        report = setCellValue(report, cell.id, results[i]!);
        const column = cell.id.slice(cell.id.lastIndexOf('.') + 1);
        totals.set(column, (totals.get(column) ?? 0) + results[i]!);
      });
      shape.columns.forEach((column, i) => {
        const total = totals.get(column) ?? 0;
        const carriedForward = forward[i]!;
        const carriedOver = over[i]! % (total + carriedForward + 1);
        report = setCellValue(report, `requests.carriedForward.${column}`, carriedForward);
        report = setCellValue(report, `requests.carriedOver.${column}`, carriedOver);
        report = setCellValue(
          report,
          `requests.newReceived.${column}`,
          total + carriedForward - carriedOver,
        );
      });
      shape.others.forEach((cell, i) => {
        const raw = others[i]!;
        const v =
          cell.kind === 'signed'
            ? raw % 51
            : cell.kind === 'money'
              ? Math.abs(raw) / 10_000
              : Math.abs(raw) % 500;
        report = setCellValue(report, cell.id, v);
      });
      return withTotals(report);
    });
}

/** 1–8 consistent reports of the given formats (each report's format drawn from them). */
function reportsOf(formats: readonly FormatId[]): fc.Arbitrary<Report[]> {
  return fc
    .array(fc.constantFrom(...formats), { minLength: 1, maxLength: 8 })
    .chain((picked) => fc.tuple(...picked.map((f, i) => consistentReport(f, `单位${i + 1}`))));
}

const balanceFindings = (report: Report) =>
  checkReport(report).filter((f) => f.rule === 'requests.balance' || f.rule === 'imported.totals');

describe('aggregateReports (property): sums of consistent reports stay consistent', () => {
  it.each(['2021', '2019'] as const)(
    'format %s: no requests.balance finding, and every cell (each derived total too) is the sum of the sources’',
    (format) => {
      fc.assert(
        fc.property(reportsOf([format]), (sources) => {
          for (const s of sources) expect(balanceFindings(s)).toEqual([]);
          const { report, notes } = aggregateReports(sources, { agency: '汇总' });
          expect(balanceFindings(report)).toEqual([]);
          // The sources' narratives are empty (errors in a final check), their tables complete.
          const problems = notes.filter(
            (n) => n.severity !== 'info' && n.code !== 'aggregate.sourceErrors',
          );
          expect(problems).toEqual([]);
          for (const cell of allCells(getTemplate(format))) {
            const sum = roundMoney(
              sources.reduce((n, s) => n + (getCellValue(s, cell.id) ?? NaN), 0),
            );
            expect([cell.id, getCellValue(report, cell.id)]).toEqual([cell.id, sum]);
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  it('2019 and 2021 reports mixed into a 2021 sum: still balanced; table 三 totals are the sums of the sources’', () => {
    fc.assert(
      fc.property(reportsOf(['2021', '2019']), (given) => {
        const sources = given.map((s) => ({ ...s, year: 2024 }));
        const { report } = aggregateReports(sources, { agency: '汇总' });
        expect(report.format).toBe('2021');
        expect(balanceFindings(report)).toEqual([]);
        // Every total except those of （六）'s rows, whose shape differs between formats.
        const totals = getTemplate('2021').tables.requests.cells.filter(
          (c) => c.sumOf && !c.id.startsWith('requests.results.otherHandling.'),
        );
        for (const cell of totals) {
          const sum = sources.reduce((n, s) => n + (getCellValue(s, cell.id) ?? NaN), 0);
          expect([cell.id, getCellValue(report, cell.id)]).toEqual([cell.id, sum]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
