export { compareWithPrevious, type ComparisonRow } from './comparison.ts';
