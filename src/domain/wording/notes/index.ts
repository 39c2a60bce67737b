/**
 * The Chinese sentence of every note (src/domain/notes): one maker per code, in one file per
 * producer. Screens, exports and commands call `noteMessage`; none words a note itself.
 */
import type { Note, NoteParamsByCode } from '../../notes/index.ts';
import { AGGREGATE_NOTE_WORDS } from './aggregate-notes.ts';
import { IMPORT_NOTE_WORDS } from './import-notes.ts';
import type { NoteWords } from './note-words.types.ts';
import { ROLLOVER_NOTE_WORDS } from './rollover-notes.ts';
import { RULE_NOTE_WORDS } from './rule-notes.ts';

const NOTE_WORDS: NoteWords<NoteParamsByCode> = {
  ...RULE_NOTE_WORDS,
  ...IMPORT_NOTE_WORDS,
  ...ROLLOVER_NOTE_WORDS,
  ...AGGREGATE_NOTE_WORDS,
};

/** The note's sentence, e.g. "自然人列：一（3）加二（0）为 3，三（七）总计（2）加四（0）为 2，相差 1". */
export function noteMessage(note: Note): string {
  // `note.code` and `note.params` belong together (Note is the union over codes); TypeScript
  // cannot follow that correlation through an indexed lookup, so the maker is widened once here.
  const words = NOTE_WORDS[note.code] as (params: Note['params']) => string;
  return words(note.params);
}

export type { NoteWords } from './note-words.types.ts';
