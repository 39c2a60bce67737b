export type * from './note.types.ts';
export type * from './cell-input-problem.ts';
export type * from './codes.ts';
export type * from './codes/rule-codes.ts';
export type * from './codes/import-codes.ts';
export type * from './codes/rollover-codes.ts';
export type * from './codes/aggregate-codes.ts';
export { note, bySeverity } from './make-note.ts';
