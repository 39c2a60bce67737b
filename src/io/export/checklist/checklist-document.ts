/**
 * The 审签单 (sign-off sheet) of a report, laid out once for its Word and web-page renderings:
 * who, which year and format, the status, every rule of the catalogue with its result, the open
 * warnings, the 说明 written, the reports a 汇总 adds up, and the signature lines of 经办人,
 * 审核人 and 签发人. Built from the report alone (no date of its own), so the same report gives
 * the same document from the editor and from the command line.
 */
import {
  CHECKLIST_WORDS,
  FORMAT_WORDS,
  RULES,
  checkReport,
  findingCountWord,
  publicationDateWord,
  reportStatus,
  type Finding,
  type Report,
  type Severity,
} from '../../../domain/index.ts';
import { noteMessage } from '../../../domain/wording/notes/index.ts';

export interface ChecklistRow {
  readonly label: string;
  readonly value: string;
}

export interface ChecklistCheck {
  readonly rule: string;
  readonly title: string;
  readonly result: string;
  /** True when the rule found nothing open (or does not apply). */
  readonly passed: boolean;
}

export interface ChecklistItem {
  readonly title: string;
  readonly message: string;
  /** The 说明 written for it. */
  readonly note?: string;
}

export interface ChecklistDocument {
  readonly title: string;
  readonly subtitle: string;
  /** "外交部2024年政府信息公开工作年度报告" */
  readonly reportTitle: string;
  readonly identity: readonly ChecklistRow[];
  readonly checks: readonly ChecklistCheck[];
  readonly openWarnings: readonly ChecklistItem[];
  readonly notes: readonly ChecklistItem[];
  readonly sources: readonly string[];
  readonly signers: readonly string[];
}

function ruleTitle(id: string): string {
  return RULES.find((r) => r.id === id)?.title ?? id;
}

function checkRow(report: Report, findings: readonly Finding[], ruleIndex: number): ChecklistCheck {
  const rule = RULES[ruleIndex]!;
  if (rule.formats && !rule.formats.includes(report.format))
    return {
      rule: rule.id,
      title: rule.title,
      result: CHECKLIST_WORDS.notApplicable,
      passed: true,
    };
  const own = findings.filter((f) => f.rule === rule.id);
  const open = own.filter((f) => f.acknowledgement === undefined);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of open) counts[f.severity]++;
  const acknowledged = own.length - open.length;
  const parts = [
    findingCountWord(counts),
    acknowledged > 0 ? `已说明 ${acknowledged} 项` : '',
  ].filter((p) => p !== '');
  return {
    rule: rule.id,
    title: rule.title,
    result: parts.length > 0 ? parts.join('；') : CHECKLIST_WORDS.passed,
    passed: open.length === 0,
  };
}

/**
 * The 审签单 of the report, checked as for publication (mode 'final').
 * @example buildChecklist(report).checks.find((c) => c.rule === 'requests.balance')?.result // '通过'
 */
export function buildChecklist(report: Report): ChecklistDocument {
  const findings = checkReport(report, { mode: 'final' });
  const status = reportStatus(report, { finalFindings: findings });
  const words = CHECKLIST_WORDS;
  const date = report.publication?.date;
  return {
    title: words.title,
    subtitle: words.subtitle,
    reportTitle: `${report.agency.trim()}${report.year}年政府信息公开工作年度报告`,
    identity: [
      { label: words.agency, value: report.agency.trim() || words.notSet },
      { label: words.year, value: `${report.year} 年度` },
      { label: words.format, value: FORMAT_WORDS[report.format] },
      { label: words.status, value: status.label },
      { label: words.publicationDate, value: date ? publicationDateWord(date) : words.notSet },
    ],
    checks: RULES.map((_, i) => checkRow(report, findings, i)),
    openWarnings: findings
      .filter((f) => f.severity === 'warning' && f.acknowledgement === undefined)
      .map((f) => ({ title: ruleTitle(f.rule), message: noteMessage(f) })),
    notes: findings
      .filter((f) => f.acknowledgement !== undefined)
      .map((f) => ({
        title: ruleTitle(f.rule),
        message: noteMessage(f),
        note: f.acknowledgement!,
      })),
    sources: (report.sources ?? []).map(
      (s) =>
        `${s.agency || words.notSet} ${s.year} 年度，${FORMAT_WORDS[s.format]}${s.file ? `，${words.sourceFile} ${s.file}` : ''}`,
    ),
    signers: words.signers,
  };
}
