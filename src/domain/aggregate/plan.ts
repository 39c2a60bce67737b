/**
 * Before summing: which year and format the sum gets, and what does not fit — reports of other
 * years or formats, a report counted twice, reports without a name or with open errors.
 */
import type { Report } from '../model/index.ts';
import {
  bySeverity,
  note,
  type NoteOf,
  type NoteParams,
  type Severity,
  type SourceName,
} from '../notes/index.ts';
import { checkReport } from '../rules/index.ts';
import {
  findCell,
  formatForYear,
  getTemplate,
  type CellId,
  type FormatId,
  type TableId,
} from '../templates/index.ts';
import type {
  AggregationGroup,
  AggregationNote,
  AggregationNoteCode,
  AggregationPlan,
  PlanOptions,
} from './aggregate.types.ts';
import { OTHER_HANDLING, OTHER_HANDLING_CATCH_ALL } from './cell-map.ts';

/** The agency of a summed report when the user names none: "汇总（3 个单位）". */
export function defaultAggregateAgency(count: number): string {
  return `汇总（${count} 个单位）`;
}

/** The file name part of a path (no folder), as kept in `sources`. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** How notes name report i: its agency, its file (name only), its position (see sourceNameWord). */
export function sourceNamer(
  reports: readonly Report[],
  files: readonly (string | undefined)[] = [],
): (index: number) => SourceName {
  return (index) => {
    const file = files[index];
    return {
      index,
      agency: reports[index]?.agency.trim() ?? '',
      ...(file !== undefined ? { file: fileNameOf(file) } : {}),
    };
  };
}

/** A note of the 汇总: a note with the reports it is about. */
export function aggregationNote<C extends AggregationNoteCode>(
  code: C,
  severity: Severity,
  params: NoteParams<C>,
  sources: readonly number[],
  cells: readonly CellId[] = [],
): NoteOf<C> & { readonly sources: readonly number[] } {
  return { ...note(code, severity, params, { cells }), sources };
}

function groupBy<K>(reports: readonly Report[], keyOf: (r: Report) => K): AggregationGroup<K>[] {
  const groups = new Map<K, number[]>();
  reports.forEach((r, i) => {
    const key = keyOf(r);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return [...groups].map(([key, sources]) => ({ key, sources }));
}

/** The year most reports have; the latest of those on a tie. */
function commonYear(groups: readonly AggregationGroup<number>[]): number | undefined {
  let best: AggregationGroup<number> | undefined;
  for (const g of groups)
    if (
      !best ||
      g.sources.length > best.sources.length ||
      (g.sources.length === best.sources.length && g.key > best.key)
    )
      best = g;
  return best?.key;
}

/** The group with `key` first, the others by size (largest first). */
function targetFirst<K>(groups: AggregationGroup<K>[], key: K | undefined): AggregationGroup<K>[] {
  return groups.sort(
    (a, b) => Number(b.key === key) - Number(a.key === key) || b.sources.length - a.sources.length,
  );
}

const TABLE_AREAS: ReadonlySet<string> = new Set<TableId>(['active', 'requests', 'reviews']);

/** Cells of one table of a format that are typed in (not derived totals). */
function enteredCells(format: FormatId, table: TableId): CellId[] {
  return getTemplate(format)
    .tables[table].cells.filter((c) => !c.sumOf)
    .map((c) => c.id);
}

/** Reports counted more than once: the same agency and year, directly or inside a summed report. */
function duplicateNotes(
  reports: readonly Report[],
  nameOf: (i: number) => SourceName,
): AggregationNote[] {
  interface Seen {
    readonly index: number;
    /** Set when the report is only inside report `index` (a summed report's `sources`). */
    readonly inside?: true;
  }
  const byKey = new Map<string, { agency: string; year: number; seen: Seen[] }>();
  const add = (agency: string, year: number, seen: Seen) => {
    const name = agency.trim();
    if (!name) return;
    const key = `${year}\u0000${name}`;
    const entry = byKey.get(key);
    if (entry) entry.seen.push(seen);
    else byKey.set(key, { agency: name, year, seen: [seen] });
  };
  reports.forEach((r, index) => {
    add(r.agency, r.year, { index });
    for (const s of r.sources ?? []) add(s.agency, s.year, { index, inside: true });
  });
  const notes: AggregationNote[] = [];
  for (const { agency, year, seen } of byKey.values()) {
    // A summed report that lists one agency twice was flagged when it was made; only flag it here
    // when the agency also comes from another selected report.
    if (new Set(seen.map((s) => s.index)).size < 2) continue;
    const places = seen.map((s) => ({ report: nameOf(s.index), inside: s.inside === true }));
    notes.push(
      aggregationNote('aggregate.duplicate', 'error', { agency, year, places }, [
        ...new Set(seen.map((s) => s.index)),
      ]),
    );
  }
  return notes;
}

/** How （六）其他处理 of reports in the other format went into the sum (labels from the template). */
function otherHandlingNote(
  format: FormatId,
  sources: readonly number[],
  reports: readonly SourceName[],
): AggregationNote {
  const template = getTemplate(format);
  const cells = enteredCells(format, 'requests').filter((id) =>
    id.startsWith(`${OTHER_HANDLING}.`),
  );
  if (format === '2019') {
    const row = findCell(template, cells[0]!)!.rowLabel;
    return aggregationNote(
      'aggregate.otherHandling',
      'info',
      { format, reports, row },
      sources,
      cells,
    );
  }
  const catchAll = cells.filter((id) =>
    id.startsWith(`${OTHER_HANDLING}.${OTHER_HANDLING_CATCH_ALL}.`),
  );
  const target = findCell(template, catchAll[0]!)!;
  const items = [
    ...new Set(
      cells.filter((id) => !catchAll.includes(id)).map((id) => findCell(template, id)!.rowLabel),
    ),
  ];
  return aggregationNote(
    'aggregate.otherHandling',
    'info',
    { format, reports, group: target.rowGroup ?? '', row: target.rowLabel, items },
    sources,
    catchAll,
  );
}

/**
 * What summing these reports would do and what does not fit, before anything is added.
 * @example planAggregation([a2024, b2024, c2023]).notes[0].code // 'aggregate.years'
 */
export function planAggregation(
  reports: readonly Report[],
  options: PlanOptions = {},
): AggregationPlan {
  const nameOf = sourceNamer(reports, options.files);
  const named = (indices: readonly number[]) => indices.map(nameOf);
  const notes: AggregationNote[] = [];

  const yearGroups = groupBy(reports, (r) => r.year);
  const year = options.year ?? commonYear(yearGroups);
  const format = year === undefined ? undefined : formatForYear(year);
  const years = targetFirst(yearGroups, year);
  const formats = targetFirst(
    groupBy(reports, (r) => r.format),
    format,
  );
  const activeSummed = reports.length > 0 && formats.length === 1 && formats[0]!.key === format;

  const open = reports.map((r, i) =>
    (options.findings?.[i] ?? checkReport(r, { mode: 'final' })).filter(
      (f) => f.severity === 'error' && f.acknowledgement === undefined,
    ),
  );
  const errorCounts = open.map((f) => f.length);
  const tableErrorCounts = open.map((f) => f.filter((x) => TABLE_AREAS.has(x.area)).length);

  if (reports.length === 0) {
    notes.push(aggregationNote('aggregate.none', 'error', {}, []));
  }

  const otherYears = years.filter((g) => g.key !== year);
  if (otherYears.length > 0 && year !== undefined) {
    const groups = years.map((g) => ({ key: g.key, reports: named(g.sources) }));
    notes.push(
      aggregationNote(
        'aggregate.years',
        'error',
        { year, groups },
        otherYears.flatMap((g) => g.sources),
      ),
    );
  }

  if (format !== undefined && year !== undefined) {
    const others = formats.filter((g) => g.key !== format).flatMap((g) => g.sources);
    if (others.length > 0) {
      const groups = formats.map((g) => ({ key: g.key, reports: named(g.sources) }));
      notes.push(
        aggregationNote('aggregate.formats', 'warning', { year, format, groups }, others),
        aggregationNote(
          'aggregate.activeNotSummed',
          'warning',
          { reports: named(others) },
          others,
          enteredCells(format, 'active'),
        ),
        otherHandlingNote(format, others, named(others)),
      );
    }
  }

  if (activeSummed && format !== undefined) {
    const columns =
      format === '2021' ? ['inForce', 'amount'] : ['previousItems', 'change', 'amount'];
    notes.push(
      aggregationNote(
        'aggregate.activeSum',
        'info',
        { format },
        reports.map((_, i) => i),
        enteredCells(format, 'active').filter((id) =>
          columns.includes(id.slice(id.lastIndexOf('.') + 1)),
        ),
      ),
    );
  }

  notes.push(...duplicateNotes(reports, nameOf));

  const unnamed = reports.flatMap((r, i) => (r.agency.trim() ? [] : [i]));
  if (unnamed.length > 0) {
    notes.push(
      aggregationNote('aggregate.unnamed', 'warning', { reports: named(unnamed) }, unnamed),
    );
  }

  const withErrors = errorCounts.flatMap((n, i) => (n > 0 ? [i] : []));
  if (withErrors.length > 0) {
    const listed = withErrors.map((i) => ({
      report: nameOf(i),
      errors: errorCounts[i]!,
      inTables: tableErrorCounts[i]!,
    }));
    notes.push(
      aggregationNote('aggregate.sourceErrors', 'warning', { reports: listed }, withErrors),
    );
  }

  if (reports.length > 0) {
    notes.push(aggregationNote('aggregate.previous', 'info', {}, []));
  }

  const sorted = bySeverity(notes);
  return {
    count: reports.length,
    year,
    format,
    years,
    formats,
    activeSummed,
    errorCounts,
    tableErrorCounts,
    notes: sorted,
    hasErrors: sorted.some((n) => n.severity === 'error'),
  };
}
