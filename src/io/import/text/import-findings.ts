/** Findings about the text as a whole, and the summaries of what was recognised where. */
import {
  allCells,
  cellLabel,
  type CellId,
  derivedValue,
  findCell,
  getCellValue,
  note,
  type FormatTemplate,
  type Report,
  type SectionTemplate,
} from '../../../domain/index.ts';
import type { ImportFinding, RecognisedPart } from '../import.types.ts';
import type { SectionHeading } from './locate-sections.ts';
import { compact, type SourceLine } from './normalise.ts';
import type { TableReading } from './read-tables.ts';
import type { TitleInfo } from './title.ts';

export type RemovedLines = Record<
  'pageNumber' | 'runningHeader' | 'webChrome' | 'fragment',
  number[]
>;

export function removedFindings(removed: RemovedLines): ImportFinding[] {
  return (Object.keys(removed) as (keyof RemovedLines)[])
    .filter((k) => removed[k].length > 0)
    .map((k) =>
      note(
        `import.narrative.${k}`,
        'info',
        { lines: removed[k] },
        { source: { line: removed[k][0]! } },
      ),
    );
}

export function headingFindings(
  headings: readonly SectionHeading[],
  sections: readonly SectionTemplate[],
  lines: readonly SourceLine[],
): ImportFinding[] {
  return headings
    .filter((h) => compact(h.printed) !== compact(sections[h.section]!.heading))
    .map((h) => {
      const line = lines[h.line]!.number;
      return note(
        'import.heading.variant',
        'info',
        { line, printed: h.printed, expected: h.expected },
        { source: { line, text: h.printed } },
      );
    });
}

export function recognisedParts(
  title: TitleInfo | undefined,
  headings: readonly SectionHeading[],
  lines: readonly SourceLine[],
): RecognisedPart[] {
  const parts: RecognisedPart[] = [];
  if (title)
    parts.push({
      part: 'title',
      expected: 'title',
      printed: title.printed,
      source: { line: lines[title.first]!.number, endLine: lines[title.last]!.number },
      similarity: 1,
    });
  for (const h of headings)
    parts.push({
      part: h.expected.slice(0, 1),
      expected: h.expected,
      printed: h.printed,
      source: { line: lines[h.line]!.number, text: h.printed },
      similarity: Math.round(h.similarity * 100) / 100,
    });
  return parts;
}

/**
 * Printed totals that disagree with their items (the `imported.totals` rule of the checks says
 * the same once the report is opened); totals are left as printed.
 */
export function totalsFindings(report: Report, template: FormatTemplate): ImportFinding[] {
  const out: ImportFinding[] = [];
  for (const cell of allCells(template)) {
    if (!cell.sumOf) continue;
    const printed = getCellValue(report, cell.id);
    if (printed === null || printed === undefined) continue;
    if (cell.sumOf.some((id) => derivedValue(report, template, id) === null)) continue;
    const sum = derivedValue(report, template, cell.id);
    if (sum === null || Math.abs(sum - printed) < 1e-9) continue;
    const items = cell.sumOf
      .map((id) => findCell(template, id))
      .filter((c) => c !== undefined)
      .map((c) => (c.columnLabel === cell.columnLabel ? c.rowLabel : c.columnLabel));
    out.push(
      note(
        'import.totals.mismatch',
        'error',
        { label: cellLabel(cell), printed, sum, items },
        { cells: [cell.id, ...cell.sumOf] },
      ),
    );
  }
  return out;
}

export function orderedCells(
  reading: TableReading,
  template: FormatTemplate,
): TableReading['cells'] {
  const order = new Map<CellId, number>(allCells(template).map((c, i) => [c.id, i]));
  return [...reading.cells].sort((a, b) => (order.get(a.cell) ?? 0) - (order.get(b.cell) ?? 0));
}
