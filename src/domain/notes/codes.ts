/**
 * The catalogue of note codes with the parameters each one's sentence needs, one interface per
 * producer (checks, imports, rollover, 汇总). A code is added here, its sentence in the wording
 * module (src/domain/wording/notes/); the compiler then insists both agree.
 */
import type { RuleNoteParams } from './codes/rule-codes.ts';
import type { ImportNoteParams } from './codes/import-codes.ts';
import type { RolloverNoteParams } from './codes/rollover-codes.ts';
import type { AggregateNoteParams } from './codes/aggregate-codes.ts';

export interface NoteParamsByCode
  extends RuleNoteParams, ImportNoteParams, RolloverNoteParams, AggregateNoteParams {}
