/**
 * A chart of the 图解 as pure data: what is drawn (categories, series and their figures), in which
 * words, and the report it comes from. Renderers (SVG, PNG) read these; none decides a figure.
 */
import type { CellValue } from '../model/report.types.ts';

export type ChartId =
  | 'applicants'
  | 'results'
  | 'denied'
  | 'unavailable'
  | 'notProcessed'
  | 'otherHandling'
  | 'trend'
  | 'reviews'
  | 'activeDocuments'
  | 'activeDecisions';

/**
 * One series: a figure per category. `undefined` means the category is not in this series (in an
 * `overlaid` chart each category belongs to one series only); `null` is a cell not filled yet.
 */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (CellValue | undefined)[];
}

/** A figure printed under the bars rather than drawn (a single amount, e.g. 本年收费金额). */
export interface ChartNote {
  readonly label: string;
  readonly value: CellValue;
  readonly unit: string;
}

export interface ChartDefinition {
  readonly id: ChartId;
  readonly title: string;
  /** What is counted, and in which unit. */
  readonly subtitle: string;
  /** The report's agency and year. */
  readonly caption: string;
  /** The bars, top to bottom. */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /**
   * grouped: every series has a bar in every category, side by side;
   * overlaid: each category has one bar, coloured by the series it belongs to.
   */
  readonly layout: 'grouped' | 'overlaid';
  readonly notes: readonly ChartNote[];
  /** Set when there are no bars worth drawing: the sentence shown instead (本年无此类情况…). */
  readonly emptyMessage?: string;
  /** A file name for the chart, without extension: "01-申请人构成". */
  readonly fileName: string;
}

export interface ChartOptions {
  /**
   * Whether （三）不予公开, （四）无法提供, （五）不予处理 (and 2021's （六）其他处理) get a chart
   * of their own, item by item. Default true.
   */
  readonly breakdowns?: boolean;
}
