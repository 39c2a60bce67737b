export { compareWithPrevious, comparisonItemLabel, type ComparisonRow } from './comparison.ts';
