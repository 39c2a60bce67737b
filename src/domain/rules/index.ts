export type * from './rule.types.ts';
export { RULES, findRule } from './catalogue.ts';
export {
  acknowledge,
  checkReport,
  summarizeFindings,
  type CheckOptions,
  type FindingSummary,
} from './engine.ts';
export { chineseNumber, textSimilarity } from './narrative-rules.ts';
