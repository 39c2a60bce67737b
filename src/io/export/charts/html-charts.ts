/**
 * The 图解 inside the web-page export: each chart as inline SVG in a <figure>, after the report's
 * sections. No script, no image file, no address: the page still makes no request.
 */
import { describeChart } from '../../../domain/charts/index.ts';
import { CHARTS_WORD } from '../../../domain/index.ts';
import { escapeAttribute, escapeHtml } from '../html/render-html.ts';
import type { RenderedChart } from './render-svg.ts';

const CHART_CSS =
  '.charts figure{margin:1em 0;page-break-inside:avoid;break-inside:avoid}.charts svg{display:block;max-width:100%;height:auto}.charts figcaption{font-size:.9em;color:#444}';

/**
 * An SVG as inline markup in HTML: the HTML parser gives <svg> its namespace, so the xmlns
 * declarations (addresses, though never fetched) are left out.
 */
export function inlineSvg(svg: string): string {
  return svg.replace(/ xmlns(:xlink)?="[^"]*"/g, '');
}

/** <section class="charts"> with a heading and one figure per chart. */
export function chartsSection(charts: readonly RenderedChart[]): string {
  const figures = charts.map(
    ({ chart, svg }) =>
      `<figure id="chart-${escapeAttribute(chart.id)}">\n${inlineSvg(svg)}\n<figcaption>${escapeHtml(describeChart(chart))}</figcaption>\n</figure>`,
  );
  return [
    `<section class="charts" aria-labelledby="charts-heading">`,
    `<h2 id="charts-heading">${escapeHtml(`附：${CHARTS_WORD}`)}</h2>`,
    ...figures,
    '</section>',
  ].join('\n');
}

/**
 * The exported web page with the 图解 added at the end of the report.
 * @example withChartsHtml(renderHtml(doc), renderReportCharts(report)) // '…<h2 id="charts-heading">附：图解</h2>…'
 */
export function withChartsHtml(html: string, charts: readonly RenderedChart[]): string {
  const end = html.lastIndexOf('</article>');
  const head = html.indexOf('</head>');
  if (end < 0 || head < 0) throw new Error('withChartsHtml: the page has no <head> or <article>');
  return [
    html.slice(0, head),
    `<style>${CHART_CSS}</style>\n`,
    html.slice(head, end),
    `${chartsSection(charts)}\n`,
    html.slice(end),
  ].join('');
}
