/**
 * The Chinese sentence of every note (src/domain/notes): one maker per code, in one file per
 * producer. Screens, exports and commands call `noteMessage`; none words a note itself.
 */
import type { Note } from '../../notes/index.ts';
import { NOTE_WORDS } from './note-words.ts';

/** The note's sentence, e.g. "自然人列：一（3）加二（0）为 3，三（七）总计（2）加四（0）为 2，相差 1". */
export function noteMessage(note: Note): string {
  // `note.code` and `note.params` belong together (Note is the union over codes); TypeScript
  // cannot follow that correlation through an indexed lookup, so the maker is widened once here.
  const words = NOTE_WORDS[note.code] as (params: Note['params']) => string;
  return words(note.params);
}

export { readNote } from './read-note.ts';
export type { NoteWords } from './note-words.types.ts';
