/** The sentences of the aggregate notes (codes in src/domain/notes/codes/aggregate-codes.ts). */
import type { AggregateNoteParams } from '../../notes/codes/aggregate-codes.ts';
import type { NoteWords } from './note-words.types.ts';

export const AGGREGATE_NOTE_WORDS: NoteWords<AggregateNoteParams> = {};
