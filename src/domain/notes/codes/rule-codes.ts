/**
 * The codes of the checks' findings (src/domain/rules) and their parameters. A code is its rule's
 * id, or the rule's id and a dot and a variant where one rule says two different things
 * (`narrative.fees.notices`). Labels are the template's printed labels (data, not wording).
 */
import type { FormatId, TableId } from '../../templates/template.types.ts';
import type { CellInputProblem } from '../cell-input-problem.ts';

/** What is wrong with a cell's value (`cells.valid`). */
export type CellValueProblem =
  'notFinite' | 'tooLarge' | 'negativeMoney' | 'moneyDecimals' | 'notInteger' | 'negative';

/** Which table figure a number quoted in the narrative is taken for (`narrative.figures`). */
export type QuotedFigure =
  | 'received'
  | 'handled'
  | 'carried'
  | 'reconsideration'
  | 'litigation'
  | `${'issued' | 'repealed' | 'inForce'}:${'regulations' | 'normativeDocuments'}`;

export interface RuleNoteParams {
  'cells.valid': {
    readonly label: string;
    readonly problem: CellValueProblem;
    readonly value: number;
    /** The limit the problem is about (the largest value, or the money decimals). */
    readonly limit?: number;
  };
  'cells.complete': { readonly table: TableId; readonly count: number; readonly final: boolean };
  /** A text typed into a cell and refused (kept as pending text until fixed or reverted). */
  'cells.refused': { readonly label: string; readonly problem: CellInputProblem };
  'requests.balance': {
    /** The applicant column's label (自然人, 商业企业, …). */
    readonly column: string;
    readonly newReceived: number;
    readonly carriedOver: number;
    readonly resultsTotal: number;
    readonly carriedForward: number;
  };
  'requests.carryover': {
    readonly column: string;
    readonly now: number;
    readonly before: number;
    /** The compared report's year when it is not last year's. */
    readonly otherYear?: number;
  };
  'imported.totals': {
    readonly label: string;
    readonly printed: number;
    readonly computed: number;
  };
  'active.inForce': {
    readonly label: string;
    readonly inForce: number;
    readonly before: number;
    readonly issued: number;
    readonly repealed: number;
  };
  'active.repealBound': {
    readonly label: string;
    readonly repealed: number;
    readonly before: number;
    readonly issued: number;
  };
  'active.feeUnit': { readonly label: string; readonly amount: number };
  'active.itemsNonNegative': {
    readonly label: string;
    readonly change: number;
    readonly previousItems: number;
  };
  'active.publicTotal': {
    readonly label: string;
    readonly total: number;
    readonly published: number;
  };
  'active.previousItems': {
    readonly label: string;
    readonly now: number;
    readonly before: number;
    readonly change: number;
  };
  'format.year': { readonly year: number; readonly required: FormatId; readonly current: FormatId };
  'narrative.required': { readonly heading: string };
  /** 六 does not mention 信息处理费 at all. */
  'narrative.fees': Record<string, never>;
  /** Table 三 counts unpaid fee notices that 六 does not report. */
  'narrative.fees.notices': { readonly feeUnpaid: number };
  'narrative.figures': {
    /** The words quoted, e.g. "受理依申请公开55件". */
    readonly quoted: string;
    readonly figure: QuotedFigure;
    /** The table figures the words may mean (one or two). */
    readonly sums: readonly number[];
  };
  'narrative.similarity': { readonly heading: string; readonly percent: number };
  'yoy.outlier': { readonly label: string; readonly now: number; readonly before: number };
}
