/**
 * The JSON export: the report of DESIGN.md (schema `xxgk-nianbao/report@1`) as it is, narrative,
 * last year's report (`previous`) and the 说明 (`acknowledgements`) included, with every derived
 * total recomputed from its items, in last year's report too.
 */
import { withTotals, type Report } from '../../../domain/index.ts';

/** The report with its derived totals, `previous` included (recursively). */
export function withAllTotals(report: Report): Report {
  const own = withTotals(report);
  return report.previous ? { ...own, previous: withAllTotals(report.previous) } : own;
}

/**
 * The report JSON: derived totals recomputed, 2-space indent, a final newline.
 * @example JSON.parse(renderJson(report)).requests.results.total.total // （七）总计 总计
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(withAllTotals(report), null, 2)}\n`;
}
