/**
 * Our own report JSON as an import: the schema check of the domain, with the result in the shape
 * every importer returns (printed totals kept, problems as findings).
 */
import {
  allCells,
  getCellValue,
  getTemplate,
  note,
  parseReportJson,
  type Report,
} from '../../../domain/index.ts';
import type { ImportOptions, ImportResult } from '../import.types.ts';

export function parseReportJsonImport(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseReportJson(text);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.issues;
    return {
      ok: false,
      reason: `${first?.message ?? '内容无法识别'}${rest.length > 0 ? `（另有 ${rest.length} 处问题）` : ''}`,
      findings: parsed.issues.map((i) =>
        note('import.json.schema', 'error', { reason: i.message }, { source: { path: i.path } }),
      ),
    };
  }
  const report: Report = parsed.report;
  const cells = allCells(getTemplate(report.format)).map((c) => {
    const value = getCellValue(report, c.id) ?? null;
    return {
      cell: c.id,
      value,
      printed: value === null ? '' : String(value),
      method: 'field' as const,
      certain: true,
      source: { path: c.id },
    };
  });
  const narrative = (['preamble', 'overview', 'problems', 'other'] as const).filter(
    (k) => (report.narrative?.[k] ?? '').trim() !== '',
  );
  return {
    ok: true,
    report,
    findings: [],
    source: {
      kind: 'json',
      ...(options.name !== undefined ? { name: options.name } : {}),
      format: { value: report.format, how: 'field' },
      year: { value: report.year, how: 'field' },
      agency: { value: report.agency, how: 'field' },
      parts: [],
      cells,
      uncertainCells: [],
      narrative,
      tables: ['active', 'requests', 'reviews'],
    },
  };
}
