/**
 * Rules are data: an id, a severity, a Chinese title and explanation a clerk understands, and a
 * check that returns findings naming every cell involved (with expected / actual / delta, as
 * XBRL validators report). The engine runs them all without knowing any of them by name.
 */
import type { CellId, FormatId, FormatTemplate, TableId } from '../templates/index.ts';
import type { Report } from '../model/index.ts';

/** error: 强制性, must be fixed before a final export; warning: 核实性, may stand with a 说明; info: for reference. */
export type Severity = 'error' | 'warning' | 'info';

/** draft: while the report is being filled in; final: the report is about to be published. */
export type CheckMode = 'draft' | 'final';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** One Chinese sentence saying what is wrong and where. */
  readonly message: string;
  /**
   * Every cell involved (ids), or for the narrative the section's path (`narrative.other`), so a
   * 说明 acknowledges one section's finding only; empty for findings about the whole report.
   */
  readonly cells: readonly CellId[];
  readonly expected?: number;
  readonly actual?: number;
  /** actual − expected */
  readonly delta?: number;
  /** The table the finding belongs to (for grouping), or 'narrative' / 'report'. */
  readonly area: TableId | 'narrative' | 'report';
  /** The 说明 the user wrote for this warning, when acknowledged. */
  readonly acknowledgement?: string;
  /**
   * A content the official format requires (e.g. the 信息处理费 sentence): a 说明 cannot close it,
   * since the 说明 is not published and the report would still lack the content.
   */
  readonly mandatory?: true;
}

/** What a rule's check produces; the engine adds rule id, severity and acknowledgement. */
export type FindingDraft = Omit<Finding, 'rule' | 'severity' | 'acknowledgement' | 'mandatory'> & {
  readonly severity?: Severity;
};

export interface RuleContext {
  /** The report with its derived totals recomputed from the entered cells. */
  readonly report: Report;
  /** The report exactly as given (an import's totals as printed). */
  readonly given: Report;
  readonly template: FormatTemplate;
  /** Last year's report, with totals recomputed, when known. */
  readonly previous?: Report;
  readonly mode: CheckMode;
}

export interface Rule {
  readonly id: string;
  /** The usual severity; a check may lower it for one finding (e.g. a count while drafting). */
  readonly severity: Severity;
  readonly title: string;
  /** Why this matters and what to do, in plain Chinese. */
  readonly explanation: string;
  /** Where the rule comes from (official format, 条例, implied by the table). */
  readonly source: string;
  /**
   * The rule checks a content the format requires: its warnings cannot be acknowledged away
   * (DESIGN: a 说明 closes a 核实性 warning, never a required content of the format).
   */
  readonly mandatory?: true;
  /** Formats it applies to; all when absent. */
  readonly formats?: readonly FormatId[];
  readonly check: (ctx: RuleContext) => readonly FindingDraft[];
}
