/** What the commands do with a loaded report: import findings, the JSON they print. */
import { checkReport, RULES, type Finding, type Report } from '../domain/index.ts';
import { renderJson } from '../io/export/json/render-json.ts';

/** Rules about the file itself rather than its content: printed totals, values of the wrong kind. */
const IMPORT_RULE_IDS: ReadonlySet<string> = new Set(['imported.totals', 'cells.valid']);
const IMPORT_RULES = RULES.filter((rule) => IMPORT_RULE_IDS.has(rule.id));

/** A finding about the file as read; `inPrevious` when it is about last year's embedded report. */
export type FileFinding = Finding & { readonly inPrevious?: true };

/**
 * Problems found in the file as read: totals that disagree with their items (the output carries
 * the recomputed ones) and values of the wrong kind, for last year's embedded report too.
 */
export function importFindings(report: Report): FileFinding[] {
  const own = checkReport(report, { rules: IMPORT_RULES });
  if (!report.previous) return own;
  const previous = importFindings(report.previous).map((f): FileFinding => ({
    ...f,
    cells: f.cells.map((id) => `previous.${id}`),
    inPrevious: true,
  }));
  return [...own, ...previous];
}

/** The report JSON as printed and exported: derived totals included, 2-space indent, final newline. */
export const reportJson = renderJson;
