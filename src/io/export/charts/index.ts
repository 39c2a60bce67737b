/**
 * The 图解 drawn as SVG (ECharts server-side rendering). Brings ECharts: the app imports this
 * folder lazily (dynamic import), never from the first page's code.
 */
export { renderChartSvg, renderReportCharts, type RenderedChart } from './render-svg.ts';
export { svgFigures, svgTexts } from './svg-texts.ts';
export { chartsSection, inlineSvg, withChartsHtml } from './html-charts.ts';
