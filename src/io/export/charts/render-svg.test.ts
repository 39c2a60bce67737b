import { describe, expect, it } from 'vitest';
import {
  allCells,
  createEmptyReport,
  getTemplate,
  NO_CASES_WORD,
  NOT_FILLED_WORD,
  setCellValue,
  type Report,
} from '../../../domain/index.ts';
import {
  fixtureFigure,
  loadFixture,
  withCells,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import { renderReportCharts } from './render-svg.ts';
import { svgFigures, svgTexts } from './svg-texts.ts';

const APPLICANTS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalServices',
  'other',
];
const ITEMS = {
  denied: [
    'stateSecret',
    'prohibitedByLaw',
    'threeSecurities',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'enforcementFiles',
    'inquiryMatters',
  ],
  unavailable: ['notHeld', 'needsCreation', 'stillUnclear'],
  notProcessed: ['complaints', 'duplicate', 'publications', 'excessive', 'confirmation'],
  otherHandling: ['noCorrection', 'feeUnpaid', 'other'],
};
const REVIEW_ROWS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** The figures each chart must show, read straight from the seed's published JSON. */
function expectedFigures(name: FixtureName): Record<string, number[]> {
  const fig = (id: string) => fixtureFigure(name, id) as number;
  const sum = (ids: string[]) => ids.reduce((s, id) => s + fig(id), 0);
  const item = (group: string, key: string) => `requests.results.${group}.${key}.total`;
  const is2021 = name === 'mfa-2024';
  const otherHandling = is2021
    ? sum(ITEMS.otherHandling.map((k) => item('otherHandling', k)))
    : fig('requests.results.otherHandling.total');
  const charts: Record<string, number[]> = {
    applicants: APPLICANTS.map((k) => fig(`requests.newReceived.${k}`)),
    results: [
      fig('requests.results.granted.total'),
      fig('requests.results.partlyGranted.total'),
      sum(ITEMS.denied.map((k) => item('denied', k))),
      sum(ITEMS.unavailable.map((k) => item('unavailable', k))),
      sum(ITEMS.notProcessed.map((k) => item('notProcessed', k))),
      otherHandling,
      fig('requests.results.total.total'),
    ],
    denied: ITEMS.denied.map((k) => fig(item('denied', k))),
    unavailable: ITEMS.unavailable.map((k) => fig(item('unavailable', k))),
    notProcessed: ITEMS.notProcessed.map((k) => fig(item('notProcessed', k))),
    reviews: REVIEW_ROWS.flatMap((r) => REVIEW_COLUMNS.map((c) => fig(`reviews.${r}.${c}`))),
  };
  if (is2021) {
    charts.otherHandling = ITEMS.otherHandling.map((k) => fig(item('otherHandling', k)));
    charts.activeDocuments = ['regulations', 'normativeDocuments'].flatMap((r) =>
      ['issued', 'repealed', 'inForce'].map((c) => fig(`active.${r}.${c}`)),
    );
    charts.activeDecisions = [
      ...['licensing', 'penalty', 'coercion'].map((r) => fig(`active.${r}.decisions`)),
      fig('active.fees.amount'),
    ];
  } else {
    charts.activeDocuments = ['regulations', 'normativeDocuments'].flatMap((r) =>
      ['made', 'published', 'publicTotal'].map((c) => fig(`active.${r}.${c}`)),
    );
    charts.activeDecisions = [
      ...['licensing', 'otherServices', 'penalty', 'coercion'].map((r) =>
        fig(`active.${r}.decisions`),
      ),
      fig('active.fees.previousItems'),
      fig('active.fees.change'),
      fig('active.procurement.projects'),
      fig('active.procurement.amount'),
    ];
  }
  return charts;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

describe.each(['mfa-2024', 'mfa-2020'] as const)('the 图解 of %s', (name) => {
  const report = loadFixture(name);
  const rendered = renderReportCharts(report);
  const expected = expectedFigures(name);

  it('has the charts its format allows', () => {
    expect(rendered.map((r) => r.chart.id).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s shows exactly the report’s figures', (id) => {
    const chart = rendered.find((r) => r.chart.id === id)!;
    const figures = expected[id]!;
    const drawn = chart.chart.emptyMessage === undefined;
    // An empty chart draws no bars: only its notes' figures are written on it.
    const shown = drawn ? figures : figures.slice(figures.length - chart.chart.notes.length);
    expect(sorted(svgFigures(chart.svg))).toEqual(sorted(shown));
    if (!drawn) expect(svgTexts(chart.svg)).toContain(NO_CASES_WORD);
  });

  it('names the agency and the year and labels the bars in the official words', () => {
    for (const { chart, svg } of rendered) {
      const texts = svgTexts(svg);
      expect(texts).toContain(chart.title);
      expect(texts.join('')).toContain(`外交部 ${report.year} 年政府信息公开工作年度报告`);
      if (chart.emptyMessage === undefined)
        for (const category of chart.categories)
          // A long label may be broken over lines; its characters are all there, in order.
          expect(texts.join('')).toContain(category.slice(0, 6));
    }
    const results = rendered.find((r) => r.chart.id === 'results')!;
    expect(svgTexts(results.svg)).toEqual(
      expect.arrayContaining(['（一）予以公开', '（二）部分公开', '（三）不予公开', '（七）总计']),
    );
  });

  it('is a standalone SVG document with its title as accessible name', () => {
    for (const { svg, width, height } of rendered) {
      expect(svg).toMatch(/^<svg role="img" aria-label="[^"<]+" /);
      expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(svg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
      // No CSS: a strict Content-Security-Policy also governs an SVG shown through <img>.
      expect(svg).not.toMatch(/style/);
    }
  });
});

/** Every entered cell of the report set to `value`. */
function filledWith(report: Report, value: number): Report {
  return allCells(getTemplate(report.format))
    .filter((c) => !c.sumOf)
    .reduce((r, c) => setCellValue(r, c.id, value), report);
}

describe('a report with nothing to draw', () => {
  it.each(['2021', '2019'] as const)('all zero (%s): every chart says 本年无此类情况', (format) => {
    const report = filledWith(
      createEmptyReport({ year: format === '2021' ? 2025 : 2020, agency: '某县民政局', format }),
      0,
    );
    const rendered = renderReportCharts(report);
    expect(rendered.length).toBeGreaterThan(5);
    for (const { chart, svg } of rendered) {
      expect(chart.emptyMessage).toBe(NO_CASES_WORD);
      expect(svgTexts(svg)).toContain(NO_CASES_WORD);
      // Only the notes under the chart (收费, 采购) write figures, all 0.
      expect(svgFigures(svg)).toEqual(chart.notes.map(() => 0));
    }
  });

  it('a blank draft: every chart says 尚未填写', () => {
    const rendered = renderReportCharts(createEmptyReport({ year: 2025, agency: '某县民政局' }));
    for (const { svg } of rendered) expect(svgTexts(svg)).toContain(NOT_FILLED_WORD);
  });
});

describe('drafts and special figures', () => {
  it('an empty cell among filled ones is written 未填, not 0', () => {
    const report = withCells(
      loadFixture('mfa-2024'),
      Object.fromEntries(APPLICANTS.map((k) => [`requests.results.denied.stateSecret.${k}`, null])),
    );
    const denied = renderReportCharts(report).find((r) => r.chart.id === 'denied')!;
    expect(svgTexts(denied.svg)).toContain('未填');
    expect(sorted(svgFigures(denied.svg))).toEqual([0, 0, 0, 0, 0, 7, 9]);
  });

  it('a year with earlier reports attached gets a trend chart of them, oldest first', () => {
    const before = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 61 });
    const last = withCells(loadFixture('mfa-2024'), { 'requests.newReceived.naturalPerson': 70 });
    const report: Report = {
      ...loadFixture('mfa-2024'),
      previous: { ...last, year: 2023, previous: { ...before, year: 2022 } },
    };
    const trend = renderReportCharts(report).find((r) => r.chart.id === 'trend')!;
    expect(trend.chart.title).toBe('历年新收申请');
    const texts = svgTexts(trend.svg);
    expect(texts.indexOf('2022 年')).toBeLessThan(texts.indexOf('2024 年'));
    // 新收 61, 70, 82 (totals recomputed from the entered cells) and 办结 80 each year.
    expect(sorted(svgFigures(trend.svg))).toEqual([61, 70, 80, 80, 80, 82]);
  });

  it('an agency name with markup characters stays text', () => {
    const report = { ...loadFixture('mfa-2024'), agency: '某局<script>&"' };
    const [first] = renderReportCharts(report);
    expect(first!.svg).not.toContain('<script>');
    expect(svgTexts(first!.svg).join('')).toContain('某局<script>&"');
  });
});
