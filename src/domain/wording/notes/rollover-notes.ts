/** The sentences of the rollover notes (codes in src/domain/notes/codes/rollover-codes.ts). */
import type { RolloverNoteParams } from '../../notes/codes/rollover-codes.ts';
import type { NoteWords } from './note-words.types.ts';

export const ROLLOVER_NOTE_WORDS: NoteWords<RolloverNoteParams> = {};
