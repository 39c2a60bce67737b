/** The sentence makers of every note code, gathered from the producers' words files. */
import type { NoteParamsByCode } from '../../notes/index.ts';
import { AGGREGATE_NOTE_WORDS } from './aggregate-notes.ts';
import { IMPORT_NOTE_WORDS } from './import-notes.ts';
import type { NoteWords } from './note-words.types.ts';
import { ROLLOVER_NOTE_WORDS } from './rollover-notes.ts';
import { RULE_NOTE_WORDS } from './rule-notes.ts';

export const NOTE_WORDS: NoteWords<NoteParamsByCode> = {
  ...RULE_NOTE_WORDS,
  ...IMPORT_NOTE_WORDS,
  ...ROLLOVER_NOTE_WORDS,
  ...AGGREGATE_NOTE_WORDS,
};
