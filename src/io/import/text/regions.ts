/**
 * The parts of the text: lines before the title, the preamble, each narrative section, and the
 * table span (from the first table heading to the next narrative heading). A table whose heading
 * is missing is found by its first printed label; table lines stranded in the narrative
 * (figures only, or bits of header text) are offered to the tables too.
 */
import { FORMAT_IDS, getTemplate, note, type SectionTemplate } from '../../../domain/index.ts';
import type { ImportFinding } from '../import.types.ts';
import { labelForms } from './label-match.ts';
import type { SectionHeading } from './locate-sections.ts';
import type { LineRole } from './narrative.ts';
import { compact, foldWidth, type SourceLine } from './normalise.ts';
import type { TableLine } from './read-tables.ts';
import { tableRows } from './table-rows.ts';
import type { TitleInfo } from './title.ts';

type Owner = 'before' | 'title' | 'preamble' | 'appendix' | number;

/**
 * The heading of a comparison appended after the sections ("附：本年与上年数据对比", as our
 * exports write it with 附上年对比表): neither its table nor anything after it up to the next
 * section heading is report text.
 */
const COMPARISON_APPENDIX = /^附[:：]?(?:表[:：]?)?本年(?:度)?与上年(?:度)?(?:数据|数字)?对比/u;

export interface Regions {
  /** Lines of the tables (text after a table heading on its line included). */
  readonly table: readonly SourceLine[];
  /** Per narrative section index: its text lines (heading remainders included). */
  readonly sections: ReadonlyMap<number, readonly SourceLine[]>;
  readonly preamble: readonly SourceLine[];
  readonly before: readonly SourceLine[];
}

function restLine(line: SourceLine, rest: string): SourceLine {
  return { number: line.number, raw: rest, text: foldWidth(rest), indent: 0, pageBreak: false };
}

export function splitRegions(
  lines: readonly SourceLine[],
  headings: readonly SectionHeading[],
  title: TitleInfo | undefined,
  sections: readonly SectionTemplate[],
  findings: ImportFinding[],
): Regions {
  const owner: Owner[] = lines.map(() => 'preamble');
  const heading = new Set<number>();
  if (title) {
    for (let i = 0; i < title.first; i++) owner[i] = 'before';
    for (let i = title.first; i <= title.last; i++) owner[i] = 'title';
  }
  const byLine = new Map<number, SectionHeading>();
  headings.forEach((h, k) => {
    const end = headings[k + 1]?.line ?? lines.length;
    for (let i = h.line; i < end; i++) owner[i] = h.section;
    for (let i = h.line; i < h.line + h.lineCount; i++) heading.add(i);
    byLine.set(h.line, h);
  });
  lines.forEach((line, i) => {
    if (!COMPARISON_APPENDIX.test(compact(line.text))) return;
    for (let x = i; x < lines.length && !byLine.has(x); x++) owner[x] = 'appendix';
  });

  // A table whose heading is missing is printed inside the section before it: it starts at
  // the first line that begins with a table label.
  const found = new Set(headings.map((h) => h.section));
  const firstTable = sections.findIndex((s) => s.kind === 'table');
  if (firstTable >= 0 && !found.has(firstTable)) {
    const before = headings.filter((h) => h.section < firstTable).at(-1);
    const tableTexts = FORMAT_IDS.flatMap((f) => tableRows(getTemplate(f)).texts)
      .flatMap(labelForms)
      .filter((t) => t.length >= 4);
    const from = before ? before.line + before.lineCount : title ? title.last + 1 : 0;
    const host: Owner = before ? before.section : 'preamble';
    for (let i = from; i < lines.length && owner[i] === host; i++) {
      const c = compact(lines[i]!.text);
      if (tableTexts.some((t) => c.startsWith(t))) {
        for (let x = i; x < lines.length && owner[x] === host; x++) owner[x] = firstTable;
        break;
      }
    }
  }
  sections.forEach((s, index) => {
    if (!found.has(index))
      findings.push(
        note('import.heading.missing', 'warning', { heading: s.heading, kind: s.kind }),
      );
  });

  const table: SourceLine[] = [];
  const sectionLines = new Map<number, SourceLine[]>();
  const preamble: SourceLine[] = [];
  const before: SourceLine[] = [];
  lines.forEach((line, i) => {
    const o = owner[i]!;
    const h = byLine.get(i);
    const own: SourceLine[] = [];
    if (h) {
      if (h.rest) own.push(restLine(line, h.rest));
    } else if (!heading.has(i)) own.push(line);
    if (o === 'before') before.push(...own);
    else if (o === 'preamble') preamble.push(...own);
    else if (typeof o === 'number') {
      if (sections[o]!.kind === 'table') table.push(...own);
      else {
        const list = sectionLines.get(o) ?? [];
        list.push(...own);
        sectionLines.set(o, list);
      }
    }
  });
  return { table, sections: sectionLines, preamble, before };
}

/** The table lines, and lines of table figures or header bits stranded in the narrative. */
export function collectTableLines(
  regions: Regions,
  sections: readonly SectionTemplate[],
  roleOf: (line: SourceLine) => LineRole,
): TableLine[] {
  const out: TableLine[] = [];
  for (const line of regions.table) {
    const role = roleOf(line);
    if (role !== 'runningHeader' && role !== 'webChrome') out.push({ line });
  }
  for (const [index, lines] of regions.sections) {
    for (const line of lines) {
      const role = roleOf(line);
      if (role === 'figures' || role === 'tableRow' || role === 'fragment')
        out.push({ line, stray: sections[index]!.heading });
    }
  }
  return out.sort((a, b) => a.line.number - b.line.number);
}
