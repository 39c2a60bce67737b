export type * from './chart.types.ts';
export {
  buildCharts,
  figureText,
  MAX_TREND_YEARS,
  reportYears,
  shortLabel,
} from './build-charts.ts';
export { describeChart } from './describe-chart.ts';
