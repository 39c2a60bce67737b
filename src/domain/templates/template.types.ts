/**
 * The official formats as data. A template describes, for one official format, the six
 * sections of the report and the three statistical tables: their printed layout (header
 * groups, merged cells, row labels) and the meaning of every data cell (id, kind, labels,
 * and for derived totals the cells they add up). The grid, the checks, importers and
 * exporters all read these objects; none of them hard-codes a label or a table shape.
 */

export type FormatId = '2021' | '2019';
export type TableId = 'active' | 'requests' | 'reviews';
export type NarrativeKey = 'preamble' | 'overview' | 'problems' | 'other';

/**
 * What a cell may hold.
 * - count: a whole number ≥ 0 (件, 项)
 * - signed: a whole number that may be negative (2019's 本年增/减, "减用负值表示")
 * - money: an amount in 万元, ≥ 0, at most 4 decimals
 */
export type CellKind = 'count' | 'signed' | 'money';

/** A cell id is the dotted path of the value in the report JSON, e.g. `requests.newReceived.total`. */
export type CellId = string;

export interface CellTemplate {
  readonly id: CellId;
  readonly table: TableId;
  readonly kind: CellKind;
  /** The most specific printed row label, e.g. "1.属于国家秘密" or "规章". */
  readonly rowLabel: string;
  /** The enclosing printed row group, if any, e.g. "（三）不予公开". */
  readonly rowGroup?: string;
  /** The printed column label, e.g. "自然人" or "本年制发件数". */
  readonly columnLabel: string;
  /** Derived cells are never typed: their value is the sum of these cells. */
  readonly sumOf?: readonly CellId[];
  /** The unit printed on the form or implied by it. */
  readonly unit: '件' | '项' | '万元';
}

/**
 * One cell of the printed table, as in an HTML table: the anchor cell of a merged region
 * carries the span; the positions it covers have no entry of their own.
 */
export type LayoutCell =
  | {
      readonly type: 'header';
      readonly text: string;
      readonly colSpan?: number;
      readonly rowSpan?: number;
    }
  | {
      readonly type: 'note';
      readonly text: string;
      readonly colSpan?: number;
      readonly rowSpan?: number;
    }
  | {
      readonly type: 'label';
      readonly text: string;
      readonly colSpan?: number;
      readonly rowSpan?: number;
    }
  | {
      readonly type: 'value';
      readonly cell: CellId;
      readonly colSpan?: number;
      readonly rowSpan?: number;
    };

export interface TableTemplate {
  readonly id: TableId;
  /** Number of grid columns of the printed table (labels included). */
  readonly columnCount: number;
  /** The first `headerRowCount` rows are the table head (repeated when a table breaks across pages). */
  readonly headerRowCount: number;
  readonly rows: readonly (readonly LayoutCell[])[];
  /** Every data cell of the table, in reading order (row by row, left to right). */
  readonly cells: readonly CellTemplate[];
  /** The printed consistency note (勾稽关系), if the table has one. */
  readonly note?: string;
}

export type SectionTemplate =
  | {
      readonly number: string;
      readonly heading: string;
      readonly kind: 'narrative';
      readonly narrative: NarrativeKey;
      readonly prompts?: readonly string[];
    }
  | {
      readonly number: string;
      readonly heading: string;
      readonly kind: 'table';
      readonly table: TableId;
    };

export interface FormatTemplate {
  readonly id: FormatId;
  /** The circular that issued the format, e.g. 国办公开办函〔2021〕30号. */
  readonly document: string;
  /** Report years this format is for. */
  readonly years: { readonly from: number; readonly to?: number };
  /** The opening paragraph before section 一 (optional in every report). */
  readonly preamble: { readonly narrative: 'preamble'; readonly label: string };
  /** The six sections, in order. */
  readonly sections: readonly SectionTemplate[];
  readonly tables: { readonly [K in TableId]: TableTemplate };
}

/** The columns of table 三 by applicant: six kinds and their 总计 (the report's ApplicantRow keys). */
export type ApplicantColumnKey =
  | 'naturalPerson'
  | 'commercial'
  | 'research'
  | 'publicInterest'
  | 'legalServices'
  | 'other'
  | 'total';
