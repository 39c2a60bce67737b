/**
 * A tab's share of the report's one status: the same parts in the same words ("表三还差 12 格 ·
 * 错误 1 项"), for the findings of that section (refused entries included).
 */
import {
  countWord,
  EMPTY_SECTION_WORD,
  missingCellsWord,
  STATUS_SEPARATOR,
  TABLE_SHORT_WORDS,
  type Finding,
  type ReportStatus,
  type SectionTemplate,
  type Severity,
} from '../../domain/index.ts';

export interface SectionTabStatus {
  /** Open errors and warnings in the section (the badge's figure). */
  readonly count: number;
  /** The worst of them; undefined when there are none. */
  readonly severity: Severity | undefined;
  /** Cells or text still to fill in this section. */
  readonly incomplete: boolean;
  /** The section's parts of the status in words; '' when nothing is left. */
  readonly words: string;
}

export function sectionTabStatus(
  section: SectionTemplate,
  status: ReportStatus,
  sectionFindings: readonly Finding[],
): SectionTabStatus {
  const open = sectionFindings.filter((f) => f.acknowledgement === undefined);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  const parts: string[] = [];
  let incomplete = false;
  if (section.kind === 'table') {
    const missing = status.missingCells[section.table];
    if (missing) parts.push(missingCellsWord(TABLE_SHORT_WORDS[section.table], missing));
    incomplete = Boolean(missing);
  } else if (status.missingSections.includes(`narrative.${section.narrative}`)) {
    parts.push(EMPTY_SECTION_WORD);
    incomplete = true;
  }
  if (errors > 0) parts.push(countWord('error', errors));
  if (warnings > 0) parts.push(countWord('warning', warnings));
  return {
    count: errors + warnings,
    severity: errors > 0 ? 'error' : warnings > 0 ? 'warning' : undefined,
    incomplete,
    words: parts.join(STATUS_SEPARATOR),
  };
}
