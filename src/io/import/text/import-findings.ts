/** Findings about the text as a whole, and the summaries of what was recognised where. */
import {
  allCells,
  cellLabel,
  type CellId,
  derivedValue,
  findCell,
  getCellValue,
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
  const what = {
    pageNumber: '页码',
    runningHeader: '页眉页脚（重复的标题）',
    webChrome: '网页上报告以外的内容（发布信息、打印/关闭、网站页脚等）',
    fragment: '散落的表格表头文字',
  } as const;
  return (Object.keys(what) as (keyof typeof what)[])
    .filter((k) => removed[k].length > 0)
    .map((k) => ({
      code: `import.narrative.${k}`,
      severity: 'info' as const,
      message: `正文中第 ${removed[k].join('、')} 行是${what[k]}，已去掉`,
      source: { line: removed[k][0]! },
    }));
}

export function headingFindings(
  headings: readonly SectionHeading[],
  sections: readonly SectionTemplate[],
  lines: readonly SourceLine[],
): ImportFinding[] {
  return headings
    .filter((h) => compact(h.printed) !== compact(sections[h.section]!.heading))
    .map((h) => ({
      code: 'import.heading.variant',
      severity: 'info' as const,
      message: `第 ${lines[h.line]!.number} 行“${h.printed}”识别为“${h.expected}”`,
      source: { line: lines[h.line]!.number, text: h.printed },
    }));
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
    const items = cell.sumOf.map((id) => derivedValue(report, template, id));
    if (items.some((v) => v === null)) continue;
    const sum = derivedValue(report, template, cell.id);
    if (sum === null || Math.abs(sum - printed) < 1e-9) continue;
    out.push({
      code: 'import.totals.mismatch',
      severity: 'error',
      message: `“${cellLabel(cell)}”印的是 ${printed}，而分项之和为 ${sum}（${cell.sumOf
        .map((id) => findCell(template, id))
        .filter((c) => c !== undefined)
        .map((c) => (c.columnLabel === cell.columnLabel ? c.rowLabel : c.columnLabel))
        .join('、')}）；已按印出的数字读入，请核对`,
      cells: [cell.id, ...cell.sumOf],
    });
  }
  return out;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortFindings(findings: readonly ImportFinding[]): ImportFinding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function orderedCells(
  reading: TableReading,
  template: FormatTemplate,
): TableReading['cells'] {
  const order = new Map<CellId, number>(allCells(template).map((c, i) => [c.id, i]));
  return [...reading.cells].sort((a, b) => (order.get(a.cell) ?? 0) - (order.get(b.cell) ?? 0));
}
