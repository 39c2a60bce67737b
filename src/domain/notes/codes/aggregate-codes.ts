/**
 * The codes of the 汇总's notes (`aggregate.<what>`, src/domain/aggregate) and their parameters.
 * Reports are named by `SourceName` (agency, file, position), worded by the wording module.
 */
import type { FormatId, TableId } from '../../templates/template.types.ts';

/** How a note names a report of the list summed: its agency, else its file, else its position. */
export interface SourceName {
  /** 0-based position in the list that was summed. */
  readonly index: number;
  /** The report's agency, trimmed; empty when the report has none. */
  readonly agency: string;
  /** The file name (no folder) the report was read from, when known. */
  readonly file?: string;
}

/** The reports of one year or one format. */
export interface SourceGroup<K> {
  readonly key: K;
  readonly reports: readonly SourceName[];
}

export interface AggregateNoteParams {
  'aggregate.none': Record<string, never>;
  /** The reports' years differ, or all differ from the year asked for (`groups`: target first). */
  'aggregate.years': { readonly year: number; readonly groups: readonly SourceGroup<number>[] };
  /** The reports' formats differ from the summed report's `format` (`groups`: target first). */
  'aggregate.formats': {
    readonly year: number;
    readonly format: FormatId;
    readonly groups: readonly SourceGroup<FormatId>[];
  };
  /** Table 二 not summed because of these reports (another format). */
  'aggregate.activeNotSummed': { readonly reports: readonly SourceName[] };
  /** What the sums of table 二 mean, in the summed report's format. */
  'aggregate.activeSum': { readonly format: FormatId };
  /**
   * How （六）其他处理 of reports in the other format went into the sum: into 2019's single row
   * (`row`), or into 2021's catch-all row `row` of the group `group`, the other `items` without them.
   */
  'aggregate.otherHandling':
    | { readonly format: '2019'; readonly reports: readonly SourceName[]; readonly row: string }
    | {
        readonly format: '2021';
        readonly reports: readonly SourceName[];
        readonly group: string;
        readonly row: string;
        readonly items: readonly string[];
      };
  /** One agency's report of one year counted more than once, directly or inside a summed report. */
  'aggregate.duplicate': {
    readonly agency: string;
    readonly year: number;
    /** Each time it is counted: the selected report, and whether it is only inside that one. */
    readonly places: readonly { readonly report: SourceName; readonly inside: boolean }[];
  };
  'aggregate.unnamed': { readonly reports: readonly SourceName[] };
  /** Reports with open errors: how many, and how many of them in tables 二–四. */
  'aggregate.sourceErrors': {
    readonly reports: readonly {
      readonly report: SourceName;
      readonly errors: number;
      readonly inTables: number;
    }[];
  };
  /** A report's empty cells (its own table and label), left empty in the sum too. */
  'aggregate.emptyCells': {
    readonly report: SourceName;
    readonly empty: readonly { readonly table?: TableId; readonly label: string }[];
  };
  'aggregate.previous': Record<string, never>;
}
