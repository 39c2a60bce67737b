/**
 * Small builders that turn the declarative row and column lists of a format file into a
 * TableTemplate (printed layout + cell list). They hold no labels of their own: every label
 * comes from the format files, so the same builder serves 2019 and 2021.
 */
import type {
  CellId,
  CellKind,
  CellTemplate,
  LayoutCell,
  TableTemplate,
} from './template.types.ts';

export interface ColumnSpec {
  readonly key: string;
  readonly label: string;
}

/* ---------- table 三: requests ---------- */

export interface RequestRowSpec {
  readonly key: string;
  readonly label: string;
}

export type RequestResultSpec =
  /** A result row whose label spans both label columns, e.g. （一）予以公开. */
  | { readonly kind: 'row'; readonly key: string; readonly label: string }
  /** A group label spanning its item rows, e.g. （三）不予公开 over 1.–8. */
  | {
      readonly kind: 'group';
      readonly key: string;
      readonly label: string;
      readonly items: readonly RequestRowSpec[];
    }
  /** （七）总计: the sum of every result row above it. */
  | { readonly kind: 'total'; readonly key: string; readonly label: string };

export interface RequestsTableSpec {
  readonly note: string;
  /** 申请人情况 */
  readonly applicantHeader: string;
  /** 法人或其他组织 */
  readonly organisationHeader: string;
  /** naturalPerson first, then the organisation columns, then the total column (last). */
  readonly columns: readonly ColumnSpec[];
  readonly before: readonly RequestRowSpec[];
  readonly resultsKey: string;
  readonly resultsLabel: string;
  readonly results: readonly RequestResultSpec[];
  readonly after: readonly RequestRowSpec[];
}

export function buildRequestsTable(spec: RequestsTableSpec): TableTemplate {
  const entered = spec.columns.slice(0, -1);
  const totalColumn = spec.columns[spec.columns.length - 1]!;
  const organisations = entered.slice(1);
  const rows: LayoutCell[][] = [];
  const cells: CellTemplate[] = [];

  rows.push([
    { type: 'note', text: spec.note, rowSpan: 3, colSpan: 3 },
    { type: 'header', text: spec.applicantHeader, colSpan: spec.columns.length },
  ]);
  rows.push([
    { type: 'header', text: entered[0]!.label, rowSpan: 2 },
    { type: 'header', text: spec.organisationHeader, colSpan: organisations.length },
    { type: 'header', text: totalColumn.label, rowSpan: 2 },
  ]);
  rows.push(organisations.map((c): LayoutCell => ({ type: 'header', text: c.label })));

  /** Appends the value cells of one printed row and returns them. */
  const valueRow = (
    path: string,
    rowLabel: string,
    rowGroup: string | undefined,
    sumOfRows?: readonly string[],
  ): LayoutCell[] => {
    const out: LayoutCell[] = [];
    for (const col of spec.columns) {
      const id = `${path}.${col.key}`;
      const isTotalColumn = col === totalColumn;
      const sumOf = isTotalColumn
        ? entered.map((c) => `${path}.${c.key}`)
        : sumOfRows?.map((r) => `${r}.${col.key}`);
      cells.push({
        id,
        table: 'requests',
        kind: 'count',
        rowLabel,
        ...(rowGroup !== undefined ? { rowGroup } : {}),
        columnLabel: col.label,
        ...(sumOf ? { sumOf } : {}),
        unit: '件',
      });
      out.push({ type: 'value', cell: id });
    }
    return out;
  };

  for (const r of spec.before) {
    rows.push([
      { type: 'label', text: r.label, colSpan: 3 },
      ...valueRow(`requests.${r.key}`, r.label, undefined),
    ]);
  }

  const resultRowCount = spec.results.reduce(
    (n, r) => n + (r.kind === 'group' ? r.items.length : 1),
    0,
  );
  const leafResultRows: string[] = [];
  let first = true;
  const resultsCell = (): LayoutCell[] => {
    if (!first) return [];
    first = false;
    return [{ type: 'label', text: spec.resultsLabel, rowSpan: resultRowCount }];
  };
  for (const r of spec.results) {
    const base = `requests.${spec.resultsKey}.${r.key}`;
    if (r.kind === 'group') {
      r.items.forEach((item, i) => {
        const path = `${base}.${item.key}`;
        leafResultRows.push(path);
        const groupCell: LayoutCell[] =
          i === 0 ? [{ type: 'label', text: r.label, rowSpan: r.items.length }] : [];
        rows.push([
          ...resultsCell(),
          ...groupCell,
          { type: 'label', text: item.label },
          ...valueRow(path, item.label, r.label),
        ]);
      });
    } else if (r.kind === 'row') {
      leafResultRows.push(base);
      rows.push([
        ...resultsCell(),
        { type: 'label', text: r.label, colSpan: 2 },
        ...valueRow(base, r.label, spec.resultsLabel),
      ]);
    } else {
      rows.push([
        ...resultsCell(),
        { type: 'label', text: r.label, colSpan: 2 },
        ...valueRow(base, r.label, spec.resultsLabel, [...leafResultRows]),
      ]);
    }
  }

  for (const r of spec.after) {
    rows.push([
      { type: 'label', text: r.label, colSpan: 3 },
      ...valueRow(`requests.${r.key}`, r.label, undefined),
    ]);
  }

  return {
    id: 'requests',
    columnCount: 3 + spec.columns.length,
    headerRowCount: 3,
    rows,
    cells,
    note: spec.note,
  };
}

/* ---------- table 四: reviews ---------- */

export interface ReviewsTableSpec {
  readonly reconsideration: { readonly key: string; readonly label: string };
  readonly litigationLabel: string;
  readonly litigation: readonly { readonly key: string; readonly label: string }[];
  /** The outcome columns; the last one is the group's 总计. */
  readonly outcomes: readonly ColumnSpec[];
}

export function buildReviewsTable(spec: ReviewsTableSpec): TableTemplate {
  const n = spec.outcomes.length;
  const totalOutcome = spec.outcomes[n - 1]!;
  const cells: CellTemplate[] = [];
  const groupCells = (key: string, label: string, rowGroup: string | undefined): LayoutCell[] =>
    spec.outcomes.map((o): LayoutCell => {
      const id = `reviews.${key}.${o.key}`;
      const sumOf =
        o === totalOutcome
          ? spec.outcomes.slice(0, -1).map((x) => `reviews.${key}.${x.key}`)
          : undefined;
      cells.push({
        id,
        table: 'reviews',
        kind: 'count',
        rowLabel: label,
        ...(rowGroup !== undefined ? { rowGroup } : {}),
        columnLabel: o.label,
        ...(sumOf ? { sumOf } : {}),
        unit: '件',
      });
      return { type: 'value', cell: id };
    });

  const rows: LayoutCell[][] = [
    [
      { type: 'header', text: spec.reconsideration.label, colSpan: n },
      { type: 'header', text: spec.litigationLabel, colSpan: n * spec.litigation.length },
    ],
    [
      ...spec.outcomes.map((o): LayoutCell => ({ type: 'header', text: o.label, rowSpan: 2 })),
      ...spec.litigation.map((l): LayoutCell => ({ type: 'header', text: l.label, colSpan: n })),
    ],
    spec.litigation.flatMap(() =>
      spec.outcomes.map((o): LayoutCell => ({ type: 'header', text: o.label })),
    ),
    [
      ...groupCells(spec.reconsideration.key, spec.reconsideration.label, undefined),
      ...spec.litigation.flatMap((l) => groupCells(l.key, l.label, spec.litigationLabel)),
    ],
  ];
  return {
    id: 'reviews',
    columnCount: n * (1 + spec.litigation.length),
    headerRowCount: 3,
    rows,
    cells,
  };
}

/* ---------- table 二: active disclosure ---------- */

export interface ActiveColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: CellKind;
  readonly unit: CellTemplate['unit'];
}

export interface ActiveBlockSpec {
  /** e.g. 第二十条第（一）项 */
  readonly title: string;
  /** 信息内容 */
  readonly contentHeader: string;
  readonly columns: readonly ActiveColumnSpec[];
  readonly rows: readonly { readonly key: string; readonly label: string }[];
}

/** Table 二 is a stack of blocks, each with a title row and its own column header row. */
export function buildActiveTable(blocks: readonly ActiveBlockSpec[]): TableTemplate {
  const valueColumns = Math.max(...blocks.map((b) => b.columns.length));
  const columnCount = 1 + valueColumns;
  const rows: LayoutCell[][] = [];
  const cells: CellTemplate[] = [];
  for (const block of blocks) {
    // The last column of a narrower block stretches to the table's right edge, as printed.
    const span = (i: number): number | undefined =>
      i === block.columns.length - 1 && block.columns.length < valueColumns
        ? valueColumns - i
        : undefined;
    const withSpan = <T extends LayoutCell>(cell: T, i: number): T => {
      const s = span(i);
      return s ? { ...cell, colSpan: s } : cell;
    };
    rows.push([{ type: 'header', text: block.title, colSpan: columnCount }]);
    rows.push([
      { type: 'header', text: block.contentHeader },
      ...block.columns.map((c, i) => withSpan<LayoutCell>({ type: 'header', text: c.label }, i)),
    ]);
    for (const r of block.rows) {
      rows.push([
        { type: 'label', text: r.label },
        ...block.columns.map((c, i) => {
          const id: CellId = `active.${r.key}.${c.key}`;
          cells.push({
            id,
            table: 'active',
            kind: c.kind,
            rowLabel: r.label,
            rowGroup: block.title,
            columnLabel: c.label,
            unit: c.unit,
          });
          return withSpan<LayoutCell>({ type: 'value', cell: id }, i);
        }),
      ]);
    }
  }
  return { id: 'active', columnCount, headerRowCount: 0, rows, cells };
}
