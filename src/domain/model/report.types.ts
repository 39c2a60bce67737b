/**
 * The report JSON of DESIGN.md (schema `xxgk-nianbao/report@1`), as TypeScript types.
 * A value is a number or null (not filled yet). Derived totals are stored too: in exports
 * they are always recomputed; in an imported file they are what the file said, and the
 * `imported.totals` rule compares them with their items.
 */
import type { ApplicantColumnKey, FormatId, NarrativeKey } from '../templates/index.ts';

export const REPORT_SCHEMA_ID = 'xxgk-nianbao/report@1';

export type CellValue = number | null;

export type ApplicantRow = { [K in ApplicantColumnKey]: CellValue };

export interface ReviewGroup {
  upheld: CellValue;
  corrected: CellValue;
  other: CellValue;
  pending: CellValue;
  total: CellValue;
}

export interface Reviews {
  reconsideration: ReviewGroup;
  litigationDirect: ReviewGroup;
  litigationAfterReconsideration: ReviewGroup;
}

interface ResultsCommon {
  granted: ApplicantRow;
  partlyGranted: ApplicantRow;
  denied: {
    stateSecret: ApplicantRow;
    prohibitedByLaw: ApplicantRow;
    threeSecurities: ApplicantRow;
    thirdPartyRights: ApplicantRow;
    internalAffairs: ApplicantRow;
    processInformation: ApplicantRow;
    enforcementFiles: ApplicantRow;
    inquiryMatters: ApplicantRow;
  };
  unavailable: { notHeld: ApplicantRow; needsCreation: ApplicantRow; stillUnclear: ApplicantRow };
  notProcessed: {
    complaints: ApplicantRow;
    duplicate: ApplicantRow;
    publications: ApplicantRow;
    excessive: ApplicantRow;
    confirmation: ApplicantRow;
  };
  total: ApplicantRow;
}

export interface Requests<R extends ResultsCommon = ResultsCommon> {
  newReceived: ApplicantRow;
  carriedOver: ApplicantRow;
  results: R;
  carriedForward: ApplicantRow;
}

export interface Results2021 extends ResultsCommon {
  otherHandling: { noCorrection: ApplicantRow; feeUnpaid: ApplicantRow; other: ApplicantRow };
}
export interface Results2019 extends ResultsCommon {
  otherHandling: ApplicantRow;
}

export interface Active2021 {
  regulations: { issued: CellValue; repealed: CellValue; inForce: CellValue };
  normativeDocuments: { issued: CellValue; repealed: CellValue; inForce: CellValue };
  licensing: { decisions: CellValue };
  penalty: { decisions: CellValue };
  coercion: { decisions: CellValue };
  fees: { amount: CellValue };
}

interface Items2019 {
  previousItems: CellValue;
  change: CellValue;
  decisions: CellValue;
}
export interface Active2019 {
  regulations: { made: CellValue; published: CellValue; publicTotal: CellValue };
  normativeDocuments: { made: CellValue; published: CellValue; publicTotal: CellValue };
  licensing: Items2019;
  otherServices: Items2019;
  penalty: Items2019;
  coercion: Items2019;
  fees: { previousItems: CellValue; change: CellValue };
  procurement: { projects: CellValue; amount: CellValue };
}

export type Narrative = Partial<Record<NarrativeKey, string>>;

/** A 说明 written for a warning: the finding of `rule` on exactly these cells is acknowledged. */
export interface Acknowledgement {
  rule: string;
  cells: string[];
  note: string;
}

/**
 * One report a summed (汇总) report was added up from: who, which year and format, and the file
 * it was read from when known (its name only, not its folder).
 */
export interface ReportSource {
  agency: string;
  year: number;
  format: FormatId;
  file?: string;
}

/**
 * How the report is signed off when published: the date of the 落款 (YYYY-MM-DD) and a contact
 * paragraph (e.g. 联系方式) printed at the end. Absent: the 落款 names the agency only, no contact.
 */
export interface Publication {
  date?: string;
  contact?: string;
}

/** The paragraphs drafted from the figures (src/domain/narrative): which one a generated block is. */
export type GeneratedParagraphKind = 'requests' | 'reviews' | 'active' | 'fees';

/** 信息处理费 as the user reports it (元): notices issued and fees actually collected. */
export interface InformationFeeFigures {
  noticesIssued: number;
  noticesAmount: number;
  collectedCases: number;
  collectedAmount: number;
}

/**
 * A paragraph of the narrative that was generated from the tables (按统计表生成): where it sits,
 * its text as inserted, and a fingerprint of the figures it was made from, so the editor can tell
 * when the tables changed since (已过时). The text itself stays plain in `narrative`.
 */
export interface NarrativeBlock {
  section: NarrativeKey;
  kind: GeneratedParagraphKind;
  text: string;
  fingerprint: string;
  /** The 信息处理费 figures the user gave, for a `fees` block. */
  fees?: InformationFeeFigures;
}

interface ReportBase<F extends FormatId> {
  schema: typeof REPORT_SCHEMA_ID;
  format: F;
  year: number;
  agency: string;
  narrative?: Narrative;
  /** Last year's report, for the cross-year checks (上年结转, 现行有效, similarity). */
  previous?: Report;
  acknowledgements?: Acknowledgement[];
  /** Present on a summed (汇总) report: the reports it adds up, in the order they were summed. */
  sources?: ReportSource[];
  /** The 落款 date and contact paragraph of the published report. */
  publication?: Publication;
  /** Paragraphs of `narrative` generated from the tables, with what they were made from. */
  narrativeBlocks?: NarrativeBlock[];
}

export interface Report2021 extends ReportBase<'2021'> {
  active: Active2021;
  requests: Requests<Results2021>;
  reviews: Reviews;
}
export interface Report2019 extends ReportBase<'2019'> {
  active: Active2019;
  requests: Requests<Results2019>;
  reviews: Reviews;
}

export type Report = Report2021 | Report2019;
