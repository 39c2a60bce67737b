/** Summing departments' reports into one (汇总): the plan (what does not fit) and the sum. */
export type * from './aggregate.types.ts';
export { aggregateReports } from './aggregate.ts';
export { defaultAggregateAgency, planAggregation } from './plan.ts';
export { aggregateOverview, OVERVIEW_FIGURES, OVERVIEW_FIGURE_KEYS } from './overview.ts';
export type {
  AggregateOverview,
  OverviewFigure,
  OverviewOptions,
  OverviewRow,
} from './overview.ts';
