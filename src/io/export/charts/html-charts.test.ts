import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../domain/test-support/fixtures.ts';
import { buildReportDocument } from '../report-document.ts';
import { renderHtml } from '../html/render-html.ts';
import { renderReportCharts } from './render-svg.ts';
import { svgFigures } from './svg-texts.ts';
import { withChartsHtml } from './html-charts.ts';

describe('the web page with the 图解', () => {
  const report = loadFixture('mfa-2024');
  const charts = renderReportCharts(report);
  const html = withChartsHtml(renderHtml(buildReportDocument(report)), charts);

  it('adds every chart as inline SVG after the report, with its figures in words', () => {
    const section = html.slice(html.indexOf('<section class="charts"'));
    expect(section).toContain('<h2 id="charts-heading">附：图解</h2>');
    expect(section.match(/<figure /g)).toHaveLength(charts.length);
    expect(section.match(/<svg /g)).toHaveLength(charts.length);
    expect(section).toContain('<figcaption>申请人构成。');
    expect(section.indexOf('</section>')).toBeLessThan(section.indexOf('</article>'));
    // The figures drawn are the same as in the separate SVGs.
    expect(svgFigures(section)).toEqual(charts.flatMap((c) => svgFigures(c.svg)));
  });

  it('still has no script, no address and nothing to fetch', () => {
    const rest = html.replace('http-equiv', '');
    // url(#…) names a pattern inside the page; nothing else may point anywhere.
    for (const forbidden of [/http/i, /src=/i, /<script/i, /href=/i, /url\((?!#)/i, /@import/i])
      expect(rest).not.toMatch(forbidden);
  });

  it('gives each chart its own pattern ids, so figures on one page do not mix', () => {
    const ids = [...html.matchAll(/ id="(zr[^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
