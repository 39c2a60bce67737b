import { allCells, formatForYear, getTemplate, type FormatId } from '../templates/index.ts';
import { treeOfCells } from './cells.ts';
import { REPORT_SCHEMA_ID, type Report } from './report.types.ts';

export interface NewReportOptions {
  readonly year: number;
  readonly agency: string;
  /** Defaults to the format the year requires. */
  readonly format?: FormatId;
}

/**
 * An empty report: every cell null (not filled yet), the narrative empty.
 * @example createEmptyReport({ year: 2025, agency: '某某市教育局' }).format // '2021'
 */
export function createEmptyReport({
  year,
  agency,
  format = formatForYear(year),
}: NewReportOptions): Report {
  const tables = treeOfCells(
    allCells(getTemplate(format)).map((c) => c.id),
    null,
  );
  // The template defines exactly the shape of Report for its format (checked by model tests).
  return {
    schema: REPORT_SCHEMA_ID,
    format,
    year,
    agency,
    narrative: { preamble: '', overview: '', problems: '', other: '' },
    ...tables,
  } as unknown as Report;
}
