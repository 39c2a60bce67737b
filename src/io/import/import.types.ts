/**
 * What every importer (JSON, plain text / Markdown, HTML, docx, PDF) returns: a report in the
 * DESIGN.md JSON model plus import findings that say what was recognised where, what was not,
 * which printed totals disagree with their items and which figures are uncertain.
 *
 * Rules every importer keeps:
 * - Printed totals stay as printed in `report` (the `imported.totals` rule of checkReport compares
 *   them with their items); they are never silently corrected.
 * - A figure the importer is not sure of is still reported: it is listed in `uncertainCells` and
 *   named by a finding, never guessed silently.
 * - Input is data only: nothing of it is executed or inserted as HTML.
 * - A failure is one line of Chinese a clerk understands (`reason`), never an exception.
 */
import type {
  CellId,
  FormatId,
  ImportNoteParams,
  NarrativeKey,
  NoteOf,
  NoteSource,
  Report,
  TableId,
} from '../../domain/index.ts';

/** The kinds of input the importers read. */
export type ImportSourceKind = 'text' | 'json' | 'html' | 'docx' | 'pdf' | 'xlsx';

/** Where in the input something was found; each importer fills what it knows. */
export type ImportLocation = NoteSource;

/**
 * One thing an importer noticed: a note (src/domain/notes) of an `import.<area>.<what>` code
 * (e.g. `import.totals.mismatch`, `import.figure.unreadable`) with its parameters, the cells
 * concerned (none: the file as a whole) and where in the input it was found. Its sentence is
 * `noteMessage(finding)` (the wording module); programs match on the code.
 */
export type ImportFinding = { [C in ImportCode]: NoteOf<C> }[ImportCode];

/** The codes of the importers' notes. */
export type ImportCode = keyof ImportNoteParams;

/**
 * How a cell got its value:
 * - `label`: its printed row label was recognised;
 * - `position`: placed by reading order only (no usable label next to the figures);
 * - `group-collapsed`: a row group printed as one row (e.g. （六）其他处理 in a 2021 report),
 *   put into the group's catch-all item;
 * - `rows-merged`: several printed rows added up into one row of the format;
 * - `field`: read from a named field (JSON and other structured inputs).
 */
export type ImportMethod = 'label' | 'position' | 'group-collapsed' | 'rows-merged' | 'field';

/** One imported cell: what was printed, what it became, and how sure the importer is. */
export interface ImportedCell {
  readonly cell: CellId;
  readonly value: number | null;
  /** The figure as printed, e.g. "32 万". */
  readonly printed: string;
  readonly method: ImportMethod;
  /** False when the figure needs checking by a person (see the findings). */
  readonly certain: boolean;
  /** The printed label the row was recognised by. */
  readonly label?: string;
  readonly source?: ImportLocation;
}

/** A part of the report (title, a section heading) and where it was found. */
export interface RecognisedPart {
  /** `title`, or the number of the section (一…六) it was recognised as. */
  readonly part: string;
  /** The official heading (or `title`). */
  readonly expected: string;
  /** The text as printed. */
  readonly printed: string;
  readonly source?: ImportLocation;
  /** 0–1: how closely the printed text matches the official wording. */
  readonly similarity: number;
}

export type DetectedHow =
  | 'labels'
  | 'title'
  | 'titleAbove'
  | 'sentence'
  | 'pageTitle'
  | 'signature'
  | 'text'
  | 'field'
  | 'year'
  | 'option'
  | 'fallback'
  | 'none';

/** How a property of the report was determined. */
export interface Detected<T> {
  readonly value: T;
  /**
   * `labels`: from the tables' printed labels; `title`: from the title; `text`: from the body;
   * `field`: stated in the file; `year`: follows from the year; `option`: given by the caller;
   * `fallback`: not found, the caller's fallback (to be checked); `none`: not found (the value is
   * a placeholder). For the agency also: `titleAbove`: the line(s) above the year title;
   * `sentence`: "本报告由…编制"; `pageTitle`: the web page's <title>; `signature`: the 落款.
   */
  readonly how: DetectedHow;
  /** The printed evidence, e.g. the labels that decided the format. */
  readonly evidence?: readonly string[];
}

export interface ImportSourceInfo {
  readonly kind: ImportSourceKind;
  /** The file name, when known. */
  readonly name?: string;
  readonly format: Detected<FormatId>;
  readonly year: Detected<number>;
  readonly agency: Detected<string>;
  /** The title and the section headings found, in document order. */
  readonly parts: readonly RecognisedPart[];
  /** Every cell that received a value (or a placeholder), in template order. */
  readonly cells: readonly ImportedCell[];
  /** Cells whose value needs checking by a person; each is named by a finding. */
  readonly uncertainCells: readonly CellId[];
  /** The narrative sections that received text. */
  readonly narrative: readonly NarrativeKey[];
  /** The tables that received at least one figure. */
  readonly tables: readonly TableId[];
}

export type ImportResult =
  | {
      readonly ok: true;
      /** The report as read: printed totals as printed, unknown cells null. */
      readonly report: Report;
      readonly findings: readonly ImportFinding[];
      readonly source: ImportSourceInfo;
    }
  | {
      readonly ok: false;
      /** One line of Chinese saying why nothing usable was recognised. */
      readonly reason: string;
      readonly findings?: readonly ImportFinding[];
    };

/** Options every importer accepts. */
export interface ImportOptions {
  /** The file name, for messages and `source.name`. */
  readonly name?: string;
  /** Used when the input does not state the year (a printed year always wins, with a finding). */
  readonly year?: number;
  /**
   * Used only when neither the input nor `year` gives the year (the app passes last year: what an
   * office usually imports), with a warning to check it; a report is never refused for want of it.
   */
  readonly fallbackYear?: number;
  /** Used when the input does not state the agency (a printed agency always wins, with a finding). */
  readonly agency?: string;
}
