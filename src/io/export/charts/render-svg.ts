/**
 * Draws a chart of the 图解 as an SVG string, without a DOM: Apache ECharts' server-side
 * rendering (`ssr: true` + `renderToSVGString`) on its tree-shaken core, so the command line (Node)
 * and the app (in the browser) produce the same drawing from the same ChartDefinition.
 */
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import {
  buildCharts,
  figureText,
  type ChartDefinition,
  type ChartOptions,
  type ChartSeries,
} from '../../../domain/charts/index.ts';
import type { Report } from '../../../domain/index.ts';
import {
  CHART_FONT,
  CHART_WIDTH,
  INK,
  MUTED_INK,
  RULE,
  SERIES_COLOURS,
  SERIES_PATTERNS,
} from './chart-style.ts';

echarts.use([
  BarChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  GraphicComponent,
  AriaComponent,
  SVGRenderer,
]);

export interface RenderedChart {
  readonly chart: ChartDefinition;
  /** A complete SVG document (UTF-8 text). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const TOP = 16;
const TITLE_BLOCK = 64;
const LEGEND_BLOCK = 30;
const NOTE_LINE = 24;
const CAPTION_BLOCK = 44;
const EMPTY_BLOCK = 120;
const LABEL_WIDTH = 260;

/** Roughly how wide a label is at 13 px: CJK characters a full em, others about half. */
function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += ch.charCodeAt(0) <= 0xff ? 7.5 : 13;
  return Math.min(LABEL_WIDTH, Math.ceil(width));
}

function rowHeight(chart: ChartDefinition): number {
  return chart.layout === 'overlaid' ? 36 : chart.series.length * 20 + 18;
}

interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly legendTop: number;
  readonly plotTop: number;
  readonly plotHeight: number;
  readonly notesTop: number;
}

function geometryOf(chart: ChartDefinition): Geometry {
  const legend = chart.series.length > 1 && chart.emptyMessage === undefined;
  const legendTop = TOP + TITLE_BLOCK;
  const plotTop = legendTop + (legend ? LEGEND_BLOCK : 0);
  const plotHeight =
    chart.emptyMessage !== undefined ? EMPTY_BLOCK : chart.categories.length * rowHeight(chart);
  const notesTop = plotTop + plotHeight + 16;
  const height = notesTop + chart.notes.length * NOTE_LINE + CAPTION_BLOCK;
  return { width: CHART_WIDTH, height, legendTop, plotTop, plotHeight, notesTop };
}

const text = (size: number, colour = INK, weight: 'normal' | 'bold' = 'normal') => ({
  fontFamily: CHART_FONT,
  fontSize: size,
  fontWeight: weight,
  color: colour,
});

function decalOf(index: number) {
  const pattern = SERIES_PATTERNS[index % SERIES_PATTERNS.length];
  if (!pattern) return { symbol: 'none' };
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: pattern.colour,
    rotation: pattern.rotation,
    dashArrayX: pattern.dashArrayX,
    dashArrayY: pattern.dashArrayY,
  };
}

/** One bar's data item: its figure, written beside it (未填 for an empty cell). */
function barItem(value: number | null | undefined) {
  if (value === undefined) return '-';
  return { value: value ?? 0, label: { formatter: figureText(value) } };
}

function seriesOption(chart: ChartDefinition, series: ChartSeries, index: number) {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
  return {
    type: 'bar',
    name: series.name,
    data: series.values.map(barItem),
    barMaxWidth: chart.layout === 'overlaid' ? 22 : 16,
    barCategoryGap: chart.layout === 'overlaid' ? '35%' : '22%',
    ...(chart.layout === 'overlaid' ? { barGap: '-100%' } : { barGap: '8%' }),
    itemStyle: { color: colour, borderColor: INK, borderWidth: 0.6, decal: decalOf(index) },
    label: { show: true, position: 'right', distance: 6, ...text(13) },
    animation: false,
  };
}

function notesGraphic(chart: ChartDefinition, g: Geometry) {
  return chart.notes.flatMap((note, i) => {
    const top = g.notesTop + i * NOTE_LINE;
    return [
      { type: 'text', left: 40, top, style: { text: note.label, ...textStyle(14) } },
      {
        type: 'text',
        left: 470,
        top,
        style: { text: figureText(note.value), ...textStyle(14, INK, 'bold') },
      },
      { type: 'text', left: 560, top, style: { text: note.unit, ...textStyle(14, MUTED_INK) } },
    ];
  });
}

/** zrender's text style names (graphic elements). */
function textStyle(size: number, colour = INK, weight: 'normal' | 'bold' = 'normal') {
  return { fill: colour, fontSize: size, fontWeight: weight, fontFamily: CHART_FONT };
}

function emptyGraphic(chart: ChartDefinition, g: Geometry) {
  return [
    {
      type: 'rect',
      left: 40,
      top: g.plotTop,
      shape: { width: g.width - 80, height: g.plotHeight, r: 4 },
      style: { fill: '#f4f4f4', stroke: RULE, lineDash: [6, 4] },
    },
    {
      type: 'text',
      left: 'center',
      top: g.plotTop + g.plotHeight / 2 - 14,
      style: { text: chart.emptyMessage, ...textStyle(24, MUTED_INK, 'bold') },
    },
  ];
}

function optionOf(chart: ChartDefinition, g: Geometry): EChartsCoreOption {
  const empty = chart.emptyMessage !== undefined;
  const titles = [
    {
      text: chart.title,
      subtext: chart.subtitle,
      left: 24,
      top: TOP,
      textStyle: text(20, INK, 'bold'),
      subtextStyle: text(13, MUTED_INK),
      itemGap: 10,
    },
    {
      text: chart.caption,
      left: 24,
      bottom: 14,
      textStyle: text(12, MUTED_INK),
    },
  ];
  const graphic = [
    {
      type: 'line',
      left: 24,
      bottom: 38,
      shape: { x1: 0, y1: 0, x2: g.width - 48, y2: 0 },
      style: { stroke: RULE, lineWidth: 1 },
    },
    ...(empty ? emptyGraphic(chart, g) : []),
    ...notesGraphic(chart, g),
  ];
  const base = {
    backgroundColor: '#ffffff',
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    title: titles,
    graphic,
  };
  if (empty) return base;
  return {
    ...base,
    color: [...SERIES_COLOURS],
    legend:
      chart.series.length > 1
        ? {
            top: g.legendTop,
            left: 24,
            itemGap: 20,
            textStyle: text(13),
            itemWidth: 22,
            itemHeight: 13,
          }
        : undefined,
    grid: {
      left: 24 + Math.max(...chart.categories.map(labelWidth)) + 14,
      right: 64,
      top: g.plotTop,
      height: g.plotHeight,
    },
    xAxis: {
      type: 'value',
      show: false,
      min: 0,
      max: (extent: { max: number }) => Math.max(1, extent.max * 1.12),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...chart.categories],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: RULE } },
      axisLabel: { ...text(13), width: LABEL_WIDTH, overflow: 'break', margin: 10 },
    },
    series: chart.series.map((s, i) => seriesOption(chart, s, i)),
  };
}

/**
 * A drawing, not a widget: the hover styles (<style> and the classes they name) and ECharts'
 * bookkeeping attributes go, and every `style="…"` becomes presentation attributes (font-size="13px"…).
 * A page's Content-Security-Policy without 'unsafe-inline' styles also governs an SVG shown as
 * <img src="data:…">, and Word and other SVG readers understand attributes best.
 */
export function staticSvg(svg: string): string {
  return svg
    .replace(/<style\b[\s\S]*?<\/style>\s*/g, '')
    .replace(/ (?:class|ecmeta_[a-z_]+)="[^"]*"/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) =>
      css
        .split(';')
        .map((declaration) => declaration.trim())
        .filter((declaration) => declaration.includes(':'))
        .map((declaration) => {
          const at = declaration.indexOf(':');
          const name = declaration.slice(0, at).trim();
          const value = declaration.slice(at + 1).trim();
          return ` ${name}="${value.replace(/"/g, "'")}"`;
        })
        .join(''),
    );
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One chart as an SVG document, with its title as the accessible name.
 * @example renderChartSvg(buildCharts(report)[0]).svg.startsWith('<svg') // true
 */
export function renderChartSvg(chart: ChartDefinition): RenderedChart {
  const g = geometryOf(chart);
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: g.width,
    height: g.height,
  });
  let svg: string;
  try {
    instance.setOption(optionOf(chart, g));
    svg = instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
  svg = staticSvg(svg);
  const name = escapeXml(`${chart.title}（${chart.caption}）`);
  svg = svg.replace(/^<svg /, `<svg role="img" aria-label="${name}" `);
  svg = svg.replace(/^(<svg[^>]*>)/, `$1<title>${name}</title>`);
  return { chart, svg, width: g.width, height: g.height };
}

/** Every chart of the report's 图解, drawn. */
export function renderReportCharts(report: Report, options?: ChartOptions): RenderedChart[] {
  return buildCharts(report, options).map(renderChartSvg);
}
