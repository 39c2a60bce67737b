import { getTemplate } from '../templates/index.ts';
import { describe, expect, it } from 'vitest';
import { findingsOf, loadFixture, withCells } from '../test-support/fixtures.ts';
import { createEmptyReport, parseReport, type Report } from '../model/index.ts';
import { checkReport } from './index.ts';
import { textOf } from '../test-support/note-text.ts';

describe('requests.balance (一 + 二 = （七）总计 + 四, per column)', () => {
  it.each(['mfa-2024', 'mfa-2020'] as const)('holds in every column of %s', (name) => {
    expect(findingsOf('requests.balance', loadFixture(name))).toEqual([]);
  });

  it('reports 自然人 新收 83 (84 ≠ 83) as an error naming the column and its four cells', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 83 });
    const findings = checkReport(report);
    const balance = findings.filter((f) => f.rule === 'requests.balance');
    const natural = balance.find((f) => textOf(f)!.includes('自然人'));
    expect(natural).toBeDefined();
    expect(natural).toMatchObject({
      severity: 'error',
      expected: 84,
      actual: 83,
      delta: -1,
      area: 'requests',
    });
    expect(textOf(natural)).toContain('84');
    expect(textOf(natural)).toContain('83');
    expect(natural?.cells).toContain('requests.newReceived.naturalPerson');
    expect(natural?.cells).toContain('requests.results.total.naturalPerson');
    // The recomputed 总计 column is out of balance too, but only as the echo of 自然人: one
    // finding, which names the 总计 cells as well.
    expect(balance).toHaveLength(1);
    expect(natural?.cells).toContain('requests.newReceived.total');
    expect(natural?.cells).toContain('requests.carriedForward.total');

    // The file still says 新收 总计 82: the import check names that total.
    const imported = findings.filter((f) => f.rule === 'imported.totals');
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ severity: 'error', expected: 83, actual: 82, delta: -1 });
    expect(imported[0]?.cells[0]).toBe('requests.newReceived.total');
    expect(imported[0]?.cells).toContain('requests.newReceived.naturalPerson');
  });

  it('reports a column whose 结转下年度 is too large, with the right sign of delta', () => {
    const report = withCells(loadFixture('mfa-2020'), { 'requests.carriedForward.research': 2 });
    const [finding, ...rest] = findingsOf('requests.balance', report).filter((f) =>
      textOf(f)!.includes('科研机构'),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ expected: 1, actual: 3, delta: 2 });
  });

  it('checks a column only once every entered cell of it is filled, and 总计 once the whole table is', () => {
    const empty = createEmptyReport({ year: 2025, agency: '某局' });
    expect(findingsOf('requests.balance', empty)).toEqual([]);
    const partial = withCells(empty, {
      'requests.newReceived.commercial': 3,
      'requests.carriedOver.commercial': 0,
      'requests.results.granted.commercial': 1,
      'requests.carriedForward.commercial': 0,
    });
    expect(findingsOf('requests.balance', partial)).toEqual([]);
    const commercialColumn = Object.fromEntries(
      getTemplate('2021')
        .tables.requests.cells.filter((c) => !c.sumOf && c.id.endsWith('.commercial'))
        .map((c) => [c.id, 0]),
    );
    const complete = withCells(empty, {
      ...commercialColumn,
      'requests.newReceived.commercial': 3,
      'requests.results.granted.commercial': 1,
    });
    expect(findingsOf('requests.balance', complete)).toMatchObject([
      {
        expected: 3,
        actual: 1,
        delta: -2,
        cells: expect.arrayContaining(['requests.newReceived.commercial']),
      },
    ]);
  });
});

describe('requests.carryover (二、上年结转 = last year’s 四、结转下年度, per column)', () => {
  const previous = (cells: Readonly<Record<string, number>>): Report =>
    withCells({ ...loadFixture('mfa-2024'), year: 2023 }, cells);

  it('reports each differing column once, naming its 上年结转 cell', () => {
    const report = loadFixture('mfa-2024');
    const findings = findingsOf('requests.carryover', report, {
      previous: previous({
        'requests.carriedForward.naturalPerson': 5,
        'requests.carriedForward.commercial': 2,
      }),
    });
    expect(findings).toMatchObject([
      {
        severity: 'error',
        cells: ['requests.carriedOver.naturalPerson'],
        expected: 5,
        actual: 1,
        delta: -4,
      },
      {
        severity: 'error',
        cells: ['requests.carriedOver.commercial'],
        expected: 2,
        actual: 0,
        delta: -2,
      },
      {
        severity: 'error',
        cells: ['requests.carriedOver.total'],
        expected: 7,
        actual: 1,
        delta: -6,
      },
    ]);
    expect(textOf(findings[0])).toContain('自然人');
    expect(textOf(findings[1])).toContain('商业企业');
  });

  it('passes when every column matches, and does nothing without last year’s report', () => {
    const report = loadFixture('mfa-2024');
    expect(
      findingsOf('requests.carryover', report, {
        previous: previous({ 'requests.carriedForward.naturalPerson': 1 }),
      }),
    ).toEqual([]);
    expect(findingsOf('requests.carryover', report)).toEqual([]);
  });

  it('uses the report’s own `previous` unless one is passed', () => {
    const report = {
      ...loadFixture('mfa-2024'),
      previous: previous({
        'requests.carriedForward.naturalPerson': 1,
        'requests.carriedForward.other': 4,
      }),
    };
    expect(findingsOf('requests.carryover', report).map((f) => f.cells[0])).toEqual([
      'requests.carriedOver.other',
      'requests.carriedOver.total',
    ]);
    expect(
      findingsOf('requests.carryover', report, {
        previous: previous({ 'requests.carriedForward.naturalPerson': 1 }),
      }),
    ).toEqual([]);
  });

  it('compares across the 2020 → 2021 format boundary (table 三 rows 二 and 四 are the same)', () => {
    // 外交部 2020 carried nothing forward; its 2024 report carries 1 over (a different year, so a real mismatch).
    const report = { ...loadFixture('mfa-2024'), previous: loadFixture('mfa-2020') };
    expect(findingsOf('requests.carryover', report)).toMatchObject([
      { cells: ['requests.carriedOver.naturalPerson'], expected: 0, actual: 1 },
      { cells: ['requests.carriedOver.total'], expected: 0, actual: 1 },
    ]);
  });

  it('recomputes last year’s totals from its items', () => {
    const prev = withCells(previous({ 'requests.carriedForward.naturalPerson': 1 }), {
      'requests.carriedForward.total': 9,
    });
    expect(findingsOf('requests.carryover', loadFixture('mfa-2024'), { previous: prev })).toEqual(
      [],
    );
  });

  it('skips a column left empty in either year', () => {
    const prev = withCells(previous({}), { 'requests.carriedForward.naturalPerson': null });
    expect(
      findingsOf('requests.carryover', loadFixture('mfa-2024'), { previous: prev }).filter((f) =>
        textOf(f)!.includes('自然人'),
      ),
    ).toEqual([]);
  });
});

describe('imported.totals', () => {
  it('names every printed total that disagrees with its items, with the items', () => {
    const report = withCells(loadFixture('mfa-2020'), {
      'requests.results.total.naturalPerson': 26,
      'reviews.reconsideration.total': 3,
    });
    const findings = findingsOf('imported.totals', report);
    expect(findings).toMatchObject([
      {
        cells: expect.arrayContaining([
          'requests.results.total.naturalPerson',
          'requests.results.granted.naturalPerson',
        ]),
        expected: 27,
        actual: 26,
        delta: -1,
      },
      {
        cells: [
          'reviews.reconsideration.total',
          'reviews.reconsideration.upheld',
          'reviews.reconsideration.corrected',
          'reviews.reconsideration.other',
          'reviews.reconsideration.pending',
        ],
        expected: 2,
        actual: 3,
        delta: 1,
      },
    ]);
    expect(textOf(findings[0])).toContain('（七）总计 自然人');
    expect(textOf(findings[1])).toContain('行政复议 总计');
  });

  it('says nothing about totals the file left out', () => {
    const json = JSON.parse(JSON.stringify(loadFixture('mfa-2024'))) as {
      requests: { newReceived: Record<string, unknown> };
    };
    delete json.requests.newReceived.total;
    const parsed = parseReport(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(findingsOf('imported.totals', parsed.report)).toEqual([]);
  });
});

describe('requests.carryover against a report that is not last year’s', () => {
  it('is a warning naming that year, not an error', () => {
    const report = loadFixture('mfa-2024');
    const older = withCells(
      { ...loadFixture('mfa-2024'), year: 2022 },
      { 'requests.carriedForward.naturalPerson': 5 },
    );
    const findings = checkReport(report, { previous: older }).filter(
      (f) => f.rule === 'requests.carryover',
    );
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(textOf(findings[0])).toContain('2022 年度报告');
  });
});
