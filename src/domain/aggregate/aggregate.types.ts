/**
 * Summing reports (汇总): a county or city office adds up its departments' reports into its own
 * (reference §6 "Who reports what"). The plan says, before anything is added, what does not fit
 * (different years or formats, the same report twice, reports with open errors); the sum then
 * adds tables 三 and 四 cell by cell, and table 二 where the reports share a format.
 */
import type { Report } from '../model/index.ts';
import type { AggregateNoteParams, NoteOf } from '../notes/index.ts';
import type { Finding } from '../rules/index.ts';
import type { FormatId } from '../templates/index.ts';

/**
 * What a note is about (params and sentences: src/domain/notes/codes/aggregate-codes.ts and
 * src/domain/wording/notes/aggregate-notes.ts):
 * - `aggregate.none`: no report was selected;
 * - `aggregate.years`: the reports are of different years, or not of the year asked for;
 * - `aggregate.formats`: the reports use different formats, or not the target year's format;
 * - `aggregate.activeNotSummed`: table 二 could not be summed (its columns differ by format);
 * - `aggregate.activeSum`: what the sums of table 二 mean (现行有效件数 is a sum of departments' counts);
 * - `aggregate.otherHandling`: 2019's single （六）其他处理 row went into 2021's （六）3.其他, or back;
 * - `aggregate.duplicate`: the same agency's report for the same year is counted twice
 *   (selected twice, or already inside a summed report that was selected too);
 * - `aggregate.unnamed`: a report without an agency name;
 * - `aggregate.sourceErrors`: reports that still have errors (the sum inherits them);
 * - `aggregate.emptyCells`: cells a report left empty, so the summed cell is left empty too;
 * - `aggregate.previous`: the summed report has no last year's report yet (cross-year checks).
 */
export type AggregationNoteCode = keyof AggregateNoteParams;

/**
 * One thing the user should know about a sum, a note (its sentence: `noteMessage`): error = the
 * sum is wrong or incomplete as it stands (different years, a report counted twice, cells left
 * empty); warning = the sum is right but partial or inherits problems; info = how a figure was
 * made. `cells`: cells of the summed report (empty when the note is about whole reports);
 * `sources`: the reports concerned, as indexes into the list that was summed.
 */
export type AggregationNote = {
  [C in AggregationNoteCode]: NoteOf<C> & { readonly sources: readonly number[] };
}[AggregationNoteCode];

export interface PlanOptions {
  /** The year of the summed report; by default the year the reports share (or most of them have). */
  readonly year?: number;
  /** File names by report index: kept in `sources` and used to name reports without an agency. */
  readonly files?: readonly (string | undefined)[];
  /**
   * Each report's findings from `checkReport(report, { mode: 'final' })`, by index, when the caller
   * has them already (a batch check before summing); otherwise the plan checks each report itself.
   */
  readonly findings?: readonly (readonly Finding[])[];
}

/** The reports of one year or one format. */
export interface AggregationGroup<K> {
  readonly key: K;
  /** Indexes of the reports. */
  readonly sources: readonly number[];
}

export interface AggregationPlan {
  /** How many reports were given. */
  readonly count: number;
  /** The summed report's year (undefined only when there is no report and no year was asked for). */
  readonly year: number | undefined;
  /** The summed report's format: the one its year requires. */
  readonly format: FormatId | undefined;
  /** The reports by year, the target year first. */
  readonly years: readonly AggregationGroup<number>[];
  /** The reports by format, the target format first. */
  readonly formats: readonly AggregationGroup<FormatId>[];
  /** Whether table 二 is summed: every report has the target format (table 二 differs by format). */
  readonly activeSummed: boolean;
  /** Open errors per report (final-mode check), by index. */
  readonly errorCounts: readonly number[];
  /** Of those, the errors in tables 二, 三, 四 (the ones the sum inherits), by index. */
  readonly tableErrorCounts: readonly number[];
  /** Errors first, then warnings, then infos. */
  readonly notes: readonly AggregationNote[];
  /** Whether any note is an error: the sum would be wrong as it stands (or there is nothing to sum). */
  readonly hasErrors: boolean;
}

export interface AggregateOptions extends PlanOptions {
  /** The agency of the summed report, e.g. "某某县人民政府办公室" (see defaultAggregateAgency). */
  readonly agency: string;
}

export interface AggregationResult {
  /** The summed report, derived totals recomputed, `sources` filled, narrative empty, no `previous`. */
  readonly report: Report;
  /** The plan's notes and the notes from summing (cells left empty), errors first. */
  readonly notes: readonly AggregationNote[];
  readonly plan: AggregationPlan;
}
