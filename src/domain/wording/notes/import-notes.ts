/** The sentences of the import notes (codes in src/domain/notes/codes/import-codes.ts). */
import type { ImportNoteParams } from '../../notes/codes/import-codes.ts';
import type { NoteWords } from './note-words.types.ts';

export const IMPORT_NOTE_WORDS: NoteWords<ImportNoteParams> = {};
