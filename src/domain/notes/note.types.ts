/**
 * One note type for everything the tool tells a clerk about a report: a check's finding, an
 * import's doubt, a rollover's remark, a 汇总's warning. A note is data — a stable code, a
 * severity, the cells it is about and the parameters its sentence needs; the Chinese sentence is
 * made from code and parameters by the wording module (`noteMessage`), so every screen, export and
 * command says the same thing the same way, and programs match on the code, never on the text.
 */
import type { CellId } from '../templates/template.types.ts';
import type { NoteParamsByCode } from './codes.ts';

/** error: 强制性, must be fixed before a final export; warning: 核实性, may stand with a 说明; info: for reference. */
export type Severity = 'error' | 'warning' | 'info';

/** Every note code, e.g. `requests.balance`, `import.totals.mismatch`, `rollover.carriedOver`. */
export type NoteCode = keyof NoteParamsByCode;

/** Where in an input file a note was found (imports); each importer fills what it knows. */
export interface NoteSource {
  /** 1-based line of the (extracted) text where it starts. */
  readonly line?: number;
  /** 1-based last line, when it spans several. */
  readonly endLine?: number;
  /** 1-based page (PDF). */
  readonly page?: number;
  /** A structural path: a JSON path, or a docx/html element path. */
  readonly path?: string;
  /** The text as printed there, shortened for display. */
  readonly text?: string;
}

/** The note of one code, its parameters typed by the code. */
export interface NoteOf<C extends NoteCode> {
  readonly code: C;
  readonly severity: Severity;
  /**
   * The cells concerned (ids), or for the narrative the section's path (`narrative.other`);
   * empty when the note is about the whole report or file.
   */
  readonly cells: readonly CellId[];
  readonly params: NoteParamsByCode[C];
  /** Where in the input it was found (import notes). */
  readonly source?: NoteSource;
}

/** Any note: the union over every code, so `note.code` narrows `note.params`. */
export type Note = { [C in NoteCode]: NoteOf<C> }[NoteCode];

/** The parameters of a code. */
export type NoteParams<C extends NoteCode> = NoteParamsByCode[C];
