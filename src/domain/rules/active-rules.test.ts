import { describe, expect, it } from 'vitest';
import { findingsOf, loadFixture, withCells } from '../test-support/fixtures.ts';
import type { Report } from '../model/index.ts';
import { textOf } from '../test-support/note-text.ts';

/** Last year's 2021-format report: the 2024 fixture as 2023 with the given cells. */
const lastYear2021 = (cells: Readonly<Record<string, number | null>> = {}): Report =>
  withCells(
    { ...loadFixture('mfa-2024'), year: 2023 },
    { 'active.regulations.inForce': 3, 'active.normativeDocuments.inForce': 3, ...cells },
  );

describe('active.inForce (现行有效 = 上年现行有效 + 制发 − 废止)', () => {
  it('passes when the counts carry over', () => {
    expect(
      findingsOf('active.inForce', loadFixture('mfa-2024'), { previous: lastYear2021() }),
    ).toEqual([]);
  });

  it('warns per row, naming 制发, 废止 and 现行有效', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'active.normativeDocuments.repealed': 2 });
    const findings = findingsOf('active.inForce', report, { previous: lastYear2021() });
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        area: 'active',
        cells: [
          'active.normativeDocuments.issued',
          'active.normativeDocuments.repealed',
          'active.normativeDocuments.inForce',
        ],
        expected: 5,
        actual: 7,
        delta: 2,
      },
    ]);
    expect(textOf(findings[0])).toMatch(/行政规范性文件 现行有效件数为 7.*3.*4.*2.*5/);
  });

  it('needs last year’s report in the 2021 format (2019’s 对外公开总数量 is not comparable)', () => {
    const report = loadFixture('mfa-2024');
    expect(findingsOf('active.inForce', report)).toEqual([]);
    expect(findingsOf('active.inForce', report, { previous: loadFixture('mfa-2020') })).toEqual([]);
  });

  it('waits until the cells are filled', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'active.regulations.inForce': null });
    expect(
      findingsOf('active.inForce', report, {
        previous: lastYear2021({ 'active.regulations.inForce': 0 }),
      }),
    ).toEqual([]);
    expect(
      findingsOf('active.inForce', loadFixture('mfa-2024'), {
        previous: lastYear2021({ 'active.regulations.inForce': null }),
      }),
    ).toEqual([]);
  });
});

describe('active.repealBound (废止 ≤ 上年现行有效 + 制发)', () => {
  it('accepts repealing everything there was', () => {
    const report = withCells(loadFixture('mfa-2024'), {
      'active.regulations.repealed': 4,
      'active.regulations.inForce': 0,
    });
    expect(findingsOf('active.repealBound', report, { previous: lastYear2021() })).toEqual([]);
  });

  it('warns when more were repealed than existed', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'active.normativeDocuments.repealed': 8 });
    const findings = findingsOf('active.repealBound', report, { previous: lastYear2021() });
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        cells: ['active.normativeDocuments.repealed', 'active.normativeDocuments.issued'],
        expected: 7,
        actual: 8,
        delta: 1,
      },
    ]);
    expect(textOf(findings[0])).toContain('行政规范性文件 本年废止件数');
  });

  it('needs last year’s 2021-format report', () => {
    const report = withCells(loadFixture('mfa-2024'), { 'active.normativeDocuments.repealed': 80 });
    expect(findingsOf('active.repealBound', report)).toEqual([]);
    expect(findingsOf('active.repealBound', report, { previous: loadFixture('mfa-2020') })).toEqual(
      [],
    );
  });
});

describe('active.feeUnit (收费金额 in 万元)', () => {
  it.each([
    5569.2092,
    9999.9999,
    0,
    null,
    // Real reports: a prefecture-level city, a county-level zone, money to the 分.
    96171.6,
    18651.06,
    24252.311082,
    5949.088667,
    // More decimals than 元 are printed with: 万元 whatever the size.
    1_234_567.891,
  ])('accepts %s 万元', (amount) => {
    expect(
      findingsOf(
        'active.feeUnit',
        withCells(loadFixture('mfa-2024'), { 'active.fees.amount': amount }),
      ),
    ).toEqual([]);
  });

  it.each([200_000, 5_569_209.2])(
    'warns for %s 万元 (≥ 20 亿元), which looks like 元',
    (amount) => {
      const findings = findingsOf(
        'active.feeUnit',
        withCells(loadFixture('mfa-2024'), { 'active.fees.amount': amount }),
      );
      expect(findings).toMatchObject([
        { severity: 'warning', cells: ['active.fees.amount'], actual: amount, area: 'active' },
      ]);
      expect(textOf(findings[0])).toMatch(
        /行政事业性收费 本年收费金额（单位：万元）为 .* 万元.*亿元/,
      );
    },
  );

  it('does not apply to 2019’s 政府集中采购 采购总金额', () => {
    const report = loadFixture('mfa-2020');
    expect(report.active.procurement.amount).toBeGreaterThanOrEqual(10_000);
    expect(findingsOf('active.feeUnit', report)).toEqual([]);
  });
});

describe('2019 format: active.itemsNonNegative (上一年项目数量 + 本年增/减 ≥ 0)', () => {
  it.each(['licensing', 'otherServices', 'penalty', 'coercion', 'fees'])(
    'checks the %s row',
    (row) => {
      const report = withCells(loadFixture('mfa-2020'), {
        [`active.${row}.previousItems`]: 3,
        [`active.${row}.change`]: -5,
      });
      expect(findingsOf('active.itemsNonNegative', report)).toMatchObject([
        {
          severity: 'error',
          cells: [`active.${row}.previousItems`, `active.${row}.change`],
          expected: 0,
          actual: -2,
          delta: -2,
        },
      ]);
    },
  );

  it('accepts a decrease down to 0', () => {
    const report = withCells(loadFixture('mfa-2020'), {
      'active.penalty.previousItems': 8,
      'active.penalty.change': -8,
    });
    expect(findingsOf('active.itemsNonNegative', report)).toEqual([]);
  });

  it('does not run on a 2021 report', () => {
    expect(findingsOf('active.itemsNonNegative', loadFixture('mfa-2024'))).toEqual([]);
  });
});

describe('2019 format: active.publicTotal (对外公开总数量 ≥ 本年新公开数量)', () => {
  it('accepts equal counts and warns for fewer in total', () => {
    const report = loadFixture('mfa-2020');
    expect(
      findingsOf(
        'active.publicTotal',
        withCells(report, { 'active.normativeDocuments.published': 3 }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'active.publicTotal',
        withCells(report, { 'active.normativeDocuments.published': 4 }),
      ),
    ).toMatchObject([
      {
        severity: 'warning',
        cells: ['active.normativeDocuments.publicTotal', 'active.normativeDocuments.published'],
        expected: 4,
        actual: 3,
        delta: -1,
      },
    ]);
  });
});

describe('2019 format: active.previousItems (上一年项目数量 = last year’s 上一年项目数量 + 本年增/减)', () => {
  const lastYear2019 = (cells: Readonly<Record<string, number>> = {}): Report =>
    withCells({ ...loadFixture('mfa-2020'), year: 2019 }, cells);

  it('passes when last year’s items plus its change carry over', () => {
    const report = withCells(loadFixture('mfa-2020'), { 'active.licensing.previousItems': 7 });
    expect(
      findingsOf('active.previousItems', report, {
        previous: lastYear2019({
          'active.licensing.previousItems': 9,
          'active.licensing.change': -2,
        }),
      }),
    ).toEqual([]);
  });

  it('warns naming this year’s 上一年项目数量', () => {
    const findings = findingsOf('active.previousItems', loadFixture('mfa-2020'), {
      previous: lastYear2019({ 'active.fees.change': 2 }),
    });
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        cells: ['active.fees.previousItems'],
        expected: 3,
        actual: 1,
        delta: -2,
      },
    ]);
    expect(textOf(findings[0])).toContain('行政事业性收费 上一年项目数量');
  });

  it('needs last year’s report in the 2019 format', () => {
    expect(findingsOf('active.previousItems', loadFixture('mfa-2020'))).toEqual([]);
    const report2021 = { ...loadFixture('mfa-2024'), year: 2019 } satisfies Report;
    expect(
      findingsOf('active.previousItems', loadFixture('mfa-2020'), { previous: report2021 }),
    ).toEqual([]);
  });
});
