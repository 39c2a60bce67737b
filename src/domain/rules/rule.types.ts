/**
 * Rules are data: an id, a severity, a Chinese title and explanation a clerk understands, and a
 * check that returns findings naming every cell involved (with expected / actual / delta, as
 * XBRL validators report). The engine runs them all without knowing any of them by name.
 */
import type { FormatId, FormatTemplate, TableId } from '../templates/index.ts';
import type { Report } from '../model/index.ts';
import type { NoteOf, RuleNoteParams, Severity } from '../notes/index.ts';

export type { Severity } from '../notes/index.ts';

/** draft: while the report is being filled in; final: the report is about to be published. */
export type CheckMode = 'draft' | 'final';

/** What a check adds to a note: the rule, the area, the figures compared, the 说明. */
interface FindingFacts {
  /** The rule that found it (its code is the rule's id, or the id and a variant). */
  readonly rule: string;
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

/**
 * A check's finding: a note (code, severity, cells — every cell involved, or for the narrative the
 * section's path `narrative.other`, so a 说明 acknowledges one section's finding only — and the
 * params of its sentence, `noteMessage`) with the facts of the check.
 */
export type Finding = { [C in RuleCode]: NoteOf<C> }[RuleCode] & FindingFacts;

/** The codes of the checks' findings. */
export type RuleCode = keyof RuleNoteParams;

/** What a rule's check produces; the engine adds rule id, severity and acknowledgement. */
export type FindingDraft = {
  [C in RuleCode]: Omit<NoteOf<C>, 'severity'> & { readonly severity?: Severity };
}[RuleCode] &
  Omit<FindingFacts, 'rule' | 'acknowledgement' | 'mandatory'>;

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
