/** Runs every rule of the catalogue over a report; knows no rule by name. */
import { getTemplate } from '../templates/index.ts';
import { withTotals, type Acknowledgement, type Report } from '../model/index.ts';
import { countWord, READY_WORD } from '../wording/index.ts';
import { bySeverity } from '../notes/index.ts';
import { RULES } from './catalogue.ts';
import type { CheckMode, Finding, Rule } from './rule.types.ts';

export interface CheckOptions {
  /** Last year's report; defaults to the report's own `previous`. */
  readonly previous?: Report;
  /** 'draft' (default) while filling in; 'final' before publishing: empty cells and sections become errors. */
  readonly mode?: CheckMode;
  readonly rules?: readonly Rule[];
}

/**
 * All findings for a report, errors first. Warnings and infos that the report acknowledges
 * with a 说明 (same rule, same cells) carry that note and count as acknowledged, not open.
 * @example checkReport(report, { mode: 'final' }).filter((f) => f.severity === 'error')
 */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const template = getTemplate(report.format);
  const previousGiven = options.previous ?? report.previous;
  const ctx = {
    report: withTotals(report),
    given: report,
    template,
    mode: options.mode ?? 'draft',
    ...(previousGiven ? { previous: withTotals(previousGiven) } : {}),
  };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    if (rule.formats && !rule.formats.includes(report.format)) continue;
    for (const draft of rule.check(ctx)) {
      const severity = draft.severity ?? rule.severity;
      const note =
        severity === 'error' || rule.mandatory
          ? undefined
          : acknowledgementFor(report.acknowledgements, rule.id, draft.cells);
      findings.push({
        ...draft,
        rule: rule.id,
        severity,
        ...(note !== undefined ? { acknowledgement: note } : {}),
        ...(rule.mandatory ? { mandatory: true as const } : {}),
      });
    }
  }
  return bySeverity(findings);
}

function acknowledgementFor(
  acks: readonly Acknowledgement[] | undefined,
  rule: string,
  cells: readonly string[],
): string | undefined {
  if (!acks) return undefined;
  const key = [...cells].sort().join('|');
  return acks.find((a) => a.rule === rule && [...a.cells].sort().join('|') === key)?.note;
}

/** A 说明 for a finding, to store in the report's `acknowledgements`. */
export function acknowledge(
  report: Report,
  finding: Pick<Finding, 'rule' | 'cells'>,
  note: string,
): Report {
  const others = (report.acknowledgements ?? []).filter(
    (a) =>
      !(
        a.rule === finding.rule &&
        [...a.cells].sort().join('|') === [...finding.cells].sort().join('|')
      ),
  );
  return {
    ...report,
    acknowledgements: [...others, { rule: finding.rule, cells: [...finding.cells], note }],
  };
}

export interface FindingSummary {
  readonly errors: number;
  /** Open warnings (acknowledged ones are not counted). */
  readonly warnings: number;
  readonly infos: number;
  readonly acknowledged: number;
  /** 可以导出 / 错误 N 项 / 待核实 N 项 */
  readonly status: string;
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const open = findings.filter((f) => f.acknowledgement === undefined);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  const infos = open.filter((f) => f.severity === 'info').length;
  const acknowledged = findings.length - open.length;
  const status =
    errors > 0
      ? countWord('error', errors)
      : warnings > 0
        ? countWord('warning', warnings)
        : READY_WORD;
  return { errors, warnings, infos, acknowledged, status };
}
