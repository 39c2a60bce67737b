import { describe, expect, it } from 'vitest';
import { loadFixture } from '../test-support/fixtures.ts';
import type { Report } from '../model/index.ts';
import { buildCharts, reportYears, shortLabel } from './build-charts.ts';

describe('buildCharts', () => {
  it('2021: result groups in the printed words, broken down item by item', () => {
    const charts = buildCharts(loadFixture('mfa-2024'));
    expect(charts.map((c) => c.id)).toEqual([
      'applicants',
      'results',
      'denied',
      'unavailable',
      'notProcessed',
      'otherHandling',
      'reviews',
      'activeDocuments',
      'activeDecisions',
    ]);
    const results = charts.find((c) => c.id === 'results')!;
    expect(results.categories).toEqual([
      '（一）予以公开',
      '（二）部分公开',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
      '（七）总计',
    ]);
    expect(charts.find((c) => c.id === 'applicants')!.categories).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(charts.find((c) => c.id === 'reviews')!.categories).toEqual([
      '行政复议',
      '行政诉讼（未经复议直接起诉）',
      '行政诉讼（复议后起诉）',
    ]);
    expect(charts.map((c) => c.fileName)[0]).toBe('01-申请人构成');
    expect(new Set(charts.map((c) => c.caption))).toEqual(
      new Set(['外交部 2024 年政府信息公开工作年度报告 · 图解']),
    );
  });

  it('2019: （六） is one row, so it has no breakdown; table 二 uses the 2019 labels', () => {
    const charts = buildCharts(loadFixture('mfa-2020'));
    expect(charts.some((c) => c.id === 'otherHandling')).toBe(false);
    expect(charts.find((c) => c.id === 'activeDocuments')!.series.map((s) => s.name)).toEqual([
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
    ]);
    expect(charts.find((c) => c.id === 'activeDecisions')!.notes.map((n) => n.label)).toEqual([
      '行政事业性收费 上一年项目数量',
      '行政事业性收费 本年增/减',
      '政府集中采购 采购项目数量',
      '政府集中采购 采购总金额',
    ]);
  });

  it('breakdowns: false leaves out the item-by-item charts', () => {
    const ids = buildCharts(loadFixture('mfa-2024'), { breakdowns: false }).map((c) => c.id);
    expect(ids).not.toContain('denied');
    expect(ids).toContain('results');
  });
});

describe('reportYears', () => {
  const at = (year: number, previous?: Report): Report => ({
    ...loadFixture('mfa-2024'),
    year,
    ...(previous ? { previous } : {}),
  });

  it('walks the previous reports, oldest first', () => {
    expect(reportYears(at(2024, at(2023, at(2022)))).map((r) => r.year)).toEqual([
      2022, 2023, 2024,
    ]);
  });

  it('stops at a previous report that is not earlier', () => {
    expect(reportYears(at(2024, at(2024, at(2023)))).map((r) => r.year)).toEqual([2024]);
  });
});

it('shortLabel drops the printed note after a label', () => {
  expect(shortLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(
    '（二）部分公开',
  );
  expect(shortLabel('本年收费金额（单位：万元）')).toBe('本年收费金额');
  expect(shortLabel('（一）予以公开')).toBe('（一）予以公开');
});
