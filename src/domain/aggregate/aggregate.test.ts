import { describe, expect, it } from 'vitest';
import {
  createEmptyReport,
  getCellValue,
  parseReportJson,
  roundMoney,
  withTotals,
  type Report,
} from '../model/index.ts';
import { checkReport, type Finding } from '../rules/index.ts';
import { allCells, getTemplate, type CellId, type TableId } from '../templates/index.ts';
import { loadFixture, withCells } from '../test-support/fixtures.ts';
import { aggregateReports, defaultAggregateAgency, planAggregation } from './index.ts';
import type { AggregationNote } from './aggregate.types.ts';
import { sampleFinding, textOf } from '../test-support/note-text.ts';
import { noteMessage } from '../wording/notes/index.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const TABLES: readonly TableId[] = ['active', 'requests', 'reviews'];

/** Every cell id of some tables of a format, entered and derived. */
function cellsOf(report: Report, tables: readonly TableId[] = TABLES): CellId[] {
  return allCells(getTemplate(report.format))
    .filter((c) => tables.includes(c.table))
    .map((c) => c.id);
}

/** The cell-by-cell sum of the sources' values (their totals recomputed), money rounded. */
function expectedSum(sources: readonly Report[], id: CellId): number | null {
  let sum = 0;
  for (const s of sources) {
    const v = getCellValue(withTotals(s), id);
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return roundMoney(sum);
}

const notesOf = (notes: readonly AggregationNote[], code: AggregationNote['code']) =>
  notes.filter((n) => n.code === code);

/** A 2024 report of another agency with other figures, still balanced in every column. */
function otherDepartment(agency: string, k: number): Report {
  const base = loadFixture('mfa-2024');
  return withTotals({
    ...withCells(base, {
      'requests.newReceived.commercial': 2 * k,
      'requests.results.granted.commercial': k,
      'requests.results.notProcessed.duplicate.commercial': k,
      'requests.carriedOver.research': k,
      'requests.carriedForward.research': k,
      'reviews.litigationDirect.upheld': k,
      'active.fees.amount': 0.1 * k,
      'active.regulations.inForce': 10 + k,
    }),
    agency,
  });
}

describe('aggregateReports: the sum is the cell-by-cell sum', () => {
  const cases: [string, () => Report[]][] = [
    ['mfa-2024 alone', () => [loadFixture('mfa-2024')]],
    ['mfa-2020 alone', () => [loadFixture('mfa-2020')]],
    [
      'mfa-2024 and two other departments',
      () => [loadFixture('mfa-2024'), otherDepartment('商务部', 1), otherDepartment('司法部', 3)],
    ],
    [
      'mfa-2020 and a renamed copy with other figures',
      () => [
        loadFixture('mfa-2020'),
        {
          ...withCells(loadFixture('mfa-2020'), {
            'requests.newReceived.naturalPerson': 100,
            'requests.results.otherHandling.naturalPerson': 39,
            'active.licensing.change': -3,
            'active.procurement.amount': 0.0001,
          }),
          agency: '商务部',
        },
      ],
    ],
  ];

  it.each(cases)('%s: every cell of tables 二, 三, 四, totals included', (_, make) => {
    const sources = make();
    const { report, plan } = aggregateReports(sources, { agency: '某某县人民政府办公室' });
    expect(plan.activeSummed).toBe(true);
    for (const id of cellsOf(report))
      expect([id, getCellValue(report, id)]).toEqual([id, expectedSum(sources, id)]);
  });

  it('a single report aggregates to itself (its tables), as the mfa seeds show', () => {
    for (const seed of [loadFixture('mfa-2024'), loadFixture('mfa-2020')]) {
      const { report } = aggregateReports([seed], { agency: seed.agency });
      const expected = withTotals(seed);
      expect(report.active).toEqual(expected.active);
      expect(report.requests).toEqual(expected.requests);
      expect(report.reviews).toEqual(expected.reviews);
    }
  });

  it('sums the entered cells and recomputes the totals: a wrong printed total in a source is not added', () => {
    const seed = loadFixture('mfa-2024');
    const wrongTotal = withCells(seed, { 'requests.newReceived.total': 1000 });
    const { report } = aggregateReports(
      [
        { ...wrongTotal, agency: '甲' },
        { ...seed, agency: '乙' },
      ],
      {
        agency: '汇总',
      },
    );
    expect(report.requests.newReceived.total).toBe(164);
    expect(checkReport(report).filter((f) => f.rule === 'imported.totals')).toEqual([]);
  });

  it('rounds 万元 sums to 4 decimals (0.1 + 0.2 is 0.3)', () => {
    const a = {
      ...withCells(loadFixture('mfa-2024'), { 'active.fees.amount': 0.1 }),
      agency: '甲',
    };
    const b = {
      ...withCells(loadFixture('mfa-2024'), { 'active.fees.amount': 0.2 }),
      agency: '乙',
    };
    expect(aggregateReports([a, b], { agency: '汇总' }).report.active).toMatchObject({
      fees: { amount: 0.3 },
    });
  });

  it('makes a new draft: the agency and year given, narrative empty, sources listed, no previous or 说明', () => {
    const a = {
      ...loadFixture('mfa-2024'),
      previous: { ...loadFixture('mfa-2024'), year: 2023 },
      acknowledgements: [{ rule: 'yoy.outlier', cells: [], note: '说明' }],
    };
    const b = otherDepartment('商务部', 2);
    const { report } = aggregateReports([a, b], {
      agency: '某某县人民政府办公室',
      files: ['/tmp/reports/外交部.json', undefined],
    });
    expect(report).toMatchObject({ agency: '某某县人民政府办公室', year: 2024, format: '2021' });
    expect(Object.values(report.narrative ?? {}).every((t) => t === '')).toBe(true);
    expect(report.previous).toBeUndefined();
    expect(report.acknowledgements).toBeUndefined();
    expect(report.sources).toEqual([
      { agency: '外交部', year: 2024, format: '2021', file: '外交部.json' },
      { agency: '商务部', year: 2024, format: '2021' },
    ]);
  });

  it('gives a report the schema accepts as it is (sources included)', () => {
    const { report } = aggregateReports([loadFixture('mfa-2024'), otherDepartment('商务部', 1)], {
      agency: defaultAggregateAgency(2),
      files: ['a.json', 'b.json'],
    });
    const parsed = parseReportJson(JSON.stringify(report));
    expect(parsed.ok && parsed.report).toEqual(report);
    expect(report.agency).toBe('汇总（2 个单位）');
  });

  it('with no report: needs a year, and gives an empty report with an error note', () => {
    expect(() => aggregateReports([], { agency: '汇总' })).toThrow(RangeError);
    const { report, notes } = aggregateReports([], { agency: '汇总', year: 2024 });
    expect(report.requests.newReceived.total).toBeNull();
    expect(report.sources).toEqual([]);
    expect(notes.map((n) => n.code)).toEqual(['aggregate.none']);
  });
});

describe('aggregateReports: empty cells in a source', () => {
  const gap = 'requests.results.denied.stateSecret.commercial';
  const sources = () => [
    loadFixture('mfa-2024'),
    {
      ...withCells(loadFixture('mfa-2024'), {
        [gap]: null,
        'reviews.reconsideration.pending': null,
      }),
      agency: '商务部',
    },
    otherDepartment('司法部', 1),
  ];

  it('leaves the summed cell empty (never the sum of the known ones) and sums the others', () => {
    const { report } = aggregateReports(sources(), { agency: '汇总' });
    expect(getCellValue(report, gap)).toBeNull();
    expect(getCellValue(report, 'reviews.reconsideration.pending')).toBeNull();
    expect(getCellValue(report, 'requests.results.denied.stateSecret.naturalPerson')).toBe(
      expectedSum(sources(), 'requests.results.denied.stateSecret.naturalPerson'),
    );
    // The empty cell shows in the checks of the summed report.
    const complete = checkReport(report, { mode: 'final' }).filter(
      (f) => f.rule === 'cells.complete',
    );
    expect(complete.flatMap((f) => f.cells)).toEqual(
      expect.arrayContaining([gap, 'reviews.reconsideration.pending']),
    );
  });

  it('names the source and its empty cells in an error note', () => {
    const { notes } = aggregateReports(sources(), { agency: '汇总' });
    const [note, ...more] = notesOf(notes, 'aggregate.emptyCells');
    expect(more).toEqual([]);
    expect(note).toMatchObject({ severity: 'error', sources: [1] });
    expect(note?.cells).toEqual([gap, 'reviews.reconsideration.pending']);
    expect(note?.params).toEqual({
      report: { index: 1, agency: '商务部' },
      empty: [
        { table: 'requests', label: '1.属于国家秘密 商业企业' },
        { table: 'reviews', label: '行政复议 尚未审结' },
      ],
    });
    expect(textOf(note)).toContain('商务部（第 2 份）有 2 个单元格未填写');
    expect(textOf(note)).toContain('1.属于国家秘密 商业企业');
    expect(textOf(note)).toContain('留空');
  });

  it('lists at most five cells in the message, then the count', () => {
    const empty = { ...createEmptyReport({ year: 2024, agency: '空白局' }) };
    const { notes } = aggregateReports([loadFixture('mfa-2024'), empty], { agency: '汇总' });
    const note = notesOf(notes, 'aggregate.emptyCells')[0]!;
    const entered = allCells(getTemplate('2021')).filter((c) => !c.sumOf).length;
    expect(note.cells).toHaveLength(entered);
    expect(noteMessage(note)).toContain(`等 ${entered} 个`);
  });
});

describe('aggregateReports: mixed formats (2019 and 2021)', () => {
  const mixed = () => [
    loadFixture('mfa-2024'),
    { ...loadFixture('mfa-2020'), year: 2024, agency: '商务部' },
  ];

  it('sums tables 三 and 四 into the 2021 shape: 2019 （六） goes into （六）3.其他; table 二 stays empty', () => {
    const [a, b] = mixed() as [Report, Report];
    const { report, plan } = aggregateReports([a, b], { agency: '汇总' });
    expect(report.format).toBe('2021');
    expect(plan.activeSummed).toBe(false);
    for (const id of cellsOf(report, ['active'])) expect(getCellValue(report, id)).toBeNull();
    const comparable = cellsOf(report, ['requests', 'reviews']).filter(
      (id) => !id.startsWith('requests.results.otherHandling.'),
    );
    for (const id of comparable)
      expect([id, getCellValue(report, id)]).toEqual([id, expectedSum([a, b], id)]);
    for (const col of ['naturalPerson', 'total']) {
      const v = (id: string, r: Report) => getCellValue(withTotals(r), id) ?? NaN;
      expect(getCellValue(report, `requests.results.otherHandling.other.${col}`)).toBe(
        v(`requests.results.otherHandling.other.${col}`, a) +
          v(`requests.results.otherHandling.${col}`, b),
      );
      expect(getCellValue(report, `requests.results.otherHandling.noCorrection.${col}`)).toBe(
        v(`requests.results.otherHandling.noCorrection.${col}`, a),
      );
    }
    expect(checkReport(report).filter((f) => f.rule === 'requests.balance')).toEqual([]);
  });

  it('sums into the 2019 shape for a 2020 sum: 2021 （六）1–3 add up into （六）', () => {
    const a = loadFixture('mfa-2020');
    const b = { ...loadFixture('mfa-2024'), year: 2020, agency: '商务部' };
    const { report, notes } = aggregateReports([a, b], { agency: '汇总' });
    expect(report.format).toBe('2019');
    const items = ['noCorrection', 'feeUnpaid', 'other'].map(
      (k) => getCellValue(b, `requests.results.otherHandling.${k}.naturalPerson`) ?? NaN,
    );
    expect(getCellValue(report, 'requests.results.otherHandling.naturalPerson')).toBe(
      (getCellValue(a, 'requests.results.otherHandling.naturalPerson') ?? NaN) +
        items.reduce((x, y) => x + y),
    );
    expect(textOf(notesOf(notes, 'aggregate.otherHandling')[0])).toContain('各细项已合计计入');
  });

  it('says so: formats and what was not summed, naming the reports, before anything is added', () => {
    const plan = planAggregation(mixed());
    const codes = plan.notes.map((n) => n.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'aggregate.formats',
        'aggregate.activeNotSummed',
        'aggregate.otherHandling',
      ]),
    );
    const formats = notesOf(plan.notes, 'aggregate.formats')[0]!;
    expect(formats).toMatchObject({ severity: 'warning', sources: [1] });
    expect(formats.params).toEqual({
      year: 2024,
      format: '2021',
      groups: [
        { key: '2021', reports: [{ index: 0, agency: '外交部' }] },
        { key: '2019', reports: [{ index: 1, agency: '商务部' }] },
      ],
    });
    expect(noteMessage(formats)).toMatch(/2021 格式.*1 份（外交部）.*2019 格式.*1 份（商务部）/);
    const notSummed = notesOf(plan.notes, 'aggregate.activeNotSummed')[0]!;
    expect(noteMessage(notSummed)).toContain('表二');
    expect(notSummed.cells).toContain('active.fees.amount');
    const other = notesOf(plan.notes, 'aggregate.otherHandling')[0]!;
    expect(noteMessage(other)).toContain('（六）其他处理 3.其他');
    expect(noteMessage(other)).toContain('1.申请人无正当理由逾期不补正');
    expect(other.cells).toContain('requests.results.otherHandling.other.naturalPerson');
    for (const n of plan.notes) expect(noteMessage(n)).toMatch(CHINESE);
  });
});

describe('planAggregation', () => {
  it('flags different years as an error naming which agencies have which year; the sum takes the common year', () => {
    const reports = [
      otherDepartment('商务部', 1),
      { ...otherDepartment('司法部', 2), year: 2023 },
      otherDepartment('外交部', 3),
    ];
    const plan = planAggregation(reports);
    expect(plan.year).toBe(2024);
    expect(plan.years.map((g) => [g.key, g.sources])).toEqual([
      [2024, [0, 2]],
      [2023, [1]],
    ]);
    const note = notesOf(plan.notes, 'aggregate.years')[0]!;
    expect(note).toMatchObject({ severity: 'error', sources: [1] });
    expect(note.params).toEqual({
      year: 2024,
      groups: [
        {
          key: 2024,
          reports: [
            { index: 0, agency: '商务部' },
            { index: 2, agency: '外交部' },
          ],
        },
        { key: 2023, reports: [{ index: 1, agency: '司法部' }] },
      ],
    });
    expect(noteMessage(note)).toContain('2024 年度 2 份（商务部、外交部）');
    expect(noteMessage(note)).toContain('2023 年度 1 份（司法部）');
    expect(plan.hasErrors).toBe(true);
    expect(plan.notes[0]?.severity).toBe('error');
  });

  it('flags reports that are not of the year asked for', () => {
    const plan = planAggregation([loadFixture('mfa-2024')], { year: 2025 });
    expect(plan.year).toBe(2025);
    expect(textOf(notesOf(plan.notes, 'aggregate.years')[0])).toContain(
      '都是 2024 年度，汇总报告却为 2025 年度',
    );
  });

  it('takes the latest year on a tie', () => {
    expect(
      planAggregation([{ ...loadFixture('mfa-2024'), year: 2023 }, loadFixture('mfa-2024')]).year,
    ).toBe(2024);
  });

  it('has no warning or error for reports of one year and format, without errors', () => {
    const plan = planAggregation([loadFixture('mfa-2024'), otherDepartment('商务部', 1)]);
    expect(plan.hasErrors).toBe(false);
    expect(plan.notes.filter((n) => n.severity !== 'info')).toEqual([]);
    expect(plan.notes.map((n) => n.code)).toEqual(['aggregate.activeSum', 'aggregate.previous']);
    expect(textOf(notesOf(plan.notes, 'aggregate.activeSum')[0])).toContain('现行有效件数');
  });

  it('flags the same agency and year twice, and a report already inside a selected summed report', () => {
    const seed = loadFixture('mfa-2024');
    const twice = planAggregation([seed, otherDepartment('商务部', 1), seed]);
    const dup = notesOf(twice.notes, 'aggregate.duplicate')[0]!;
    expect(dup).toMatchObject({ severity: 'error', sources: [0, 2] });
    expect(dup.params).toEqual({
      agency: '外交部',
      year: 2024,
      places: [
        { report: { index: 0, agency: '外交部' }, inside: false },
        { report: { index: 2, agency: '外交部' }, inside: false },
      ],
    });
    expect(noteMessage(dup)).toContain('外交部 2024 年度报告被计入 2 次');

    const county = aggregateReports([seed, otherDepartment('商务部', 1)], {
      agency: '某县汇总',
    }).report;
    const nested = planAggregation([county, seed]);
    const inside = notesOf(nested.notes, 'aggregate.duplicate')[0]!;
    expect(inside.sources).toEqual([0, 1]);
    expect(noteMessage(inside)).toContain('第 1 份（某县汇总）中已含');
  });

  it('counts the open errors of each report (final check) and warns, or uses findings given', () => {
    const unbalanced = {
      ...withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 80 }),
      agency: '商务部',
    };
    const plan = planAggregation([loadFixture('mfa-2024'), unbalanced]);
    expect(plan.errorCounts[0]).toBe(0);
    expect(plan.errorCounts[1]).toBeGreaterThan(0);
    const note = notesOf(plan.notes, 'aggregate.sourceErrors')[0]!;
    expect(note).toMatchObject({ severity: 'warning', sources: [1] });
    expect(plan.tableErrorCounts[1]).toBeGreaterThan(0);
    expect(note.params).toEqual({
      reports: [
        {
          report: { index: 1, agency: '商务部' },
          errors: plan.errorCounts[1],
          inTables: plan.tableErrorCounts[1],
        },
      ],
    });
    expect(noteMessage(note)).toMatch(new RegExp(`商务部（错误 ${plan.errorCounts[1]} 项`));
    expect(noteMessage(note)).toContain('统计表中的错误会带入汇总结果');

    const fake: Finding = sampleFinding('error');
    const given = planAggregation([loadFixture('mfa-2024')], { findings: [[fake, fake]] });
    expect(given.errorCounts).toEqual([2]);
  });

  it('names a report without an agency by its file, and warns', () => {
    const plan = planAggregation([{ ...loadFixture('mfa-2024'), agency: ' ' }], {
      files: ['dir/甲.json'],
    });
    const unnamed = notesOf(plan.notes, 'aggregate.unnamed')[0];
    expect(unnamed?.params).toEqual({ reports: [{ index: 0, agency: '', file: '甲.json' }] });
    expect(textOf(unnamed)).toContain('甲.json（未填写单位）');
  });

  it('with no report: one error', () => {
    const plan = planAggregation([]);
    expect(plan).toMatchObject({ count: 0, year: undefined, format: undefined, hasErrors: true });
    expect(plan.notes.map((n) => n.code)).toEqual(['aggregate.none']);
  });
});
