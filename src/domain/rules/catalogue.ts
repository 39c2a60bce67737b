/** The rule catalogue of DESIGN.md, plus the 2019-format rules of the reference (§4 T2o). */
import {
  activeFeeUnit,
  activeInForce,
  activeItemsNonNegative,
  activePreviousItems,
  activePublicTotal,
  activeRepealBound,
} from './active-rules.ts';
import { cellsComplete, cellsValid } from './cell-rules.ts';
import {
  narrativeFees,
  narrativeFigures,
  narrativeRequired,
  narrativeSimilarity,
} from './narrative-rules.ts';
import { formatYear } from './report-rules.ts';
import { importedTotals, requestsBalance, requestsCarryover } from './request-rules.ts';
import type { Rule } from './rule.types.ts';
import { yoyOutlier } from './yoy-rules.ts';

export const RULES: readonly Rule[] = [
  cellsValid,
  cellsComplete,
  requestsBalance,
  requestsCarryover,
  importedTotals,
  activeInForce,
  activeRepealBound,
  activeFeeUnit,
  activeItemsNonNegative,
  activePublicTotal,
  activePreviousItems,
  formatYear,
  narrativeRequired,
  narrativeFees,
  narrativeFigures,
  narrativeSimilarity,
  yoyOutlier,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
