/**
 * The printed value rows of a format's tables, read from its template (the only source of
 * labels and table shapes): for each row, the labels printed left of its figures, the row
 * group it belongs to, and its value cells left to right.
 */
import {
  layoutGrid,
  type CellTemplate,
  type FormatTemplate,
  type TableId,
  type TableTemplate,
} from '../../../domain/index.ts';
import { labelForms } from './label-match.ts';
import { compact } from './normalise.ts';

export interface RowGroup {
  /** The group's printed label, e.g. "（六）其他处理". */
  readonly label: string;
  readonly forms: readonly string[];
  /** Index (in the table-rows list) of the group's first and last rows. */
  readonly first: number;
  readonly last: number;
  /** The row of the catch-all item ("…其他"), which a group printed as one row goes to. */
  readonly catchAll?: number;
}

export interface PrintedRow {
  readonly table: TableId;
  /** Every label covering the row, outermost first (merged cells included). */
  readonly labels: readonly string[];
  /** The most specific label ('' for a row without one, like table 四's figures). */
  readonly own: string;
  /** `own` in the forms it may be printed in, compacted. */
  readonly forms: readonly string[];
  readonly group?: RowGroup;
  readonly cells: readonly CellTemplate[];
}

export interface TableRows {
  readonly rows: readonly PrintedRow[];
  /** Every header, note and label text of the tables (for format votes and fragments). */
  readonly texts: readonly string[];
}

const cache = new WeakMap<FormatTemplate, TableRows>();

/** The value rows of tables 二, 三, 四 of a format, in reading order. */
export function tableRows(template: FormatTemplate): TableRows {
  let known = cache.get(template);
  if (!known) {
    const rows: PrintedRow[] = [];
    const texts: string[] = [];
    for (const table of [
      template.tables.active,
      template.tables.requests,
      template.tables.reviews,
    ]) {
      collectRows(table, rows, texts);
    }
    known = { rows, texts };
    cache.set(template, known);
  }
  return known;
}

function collectRows(table: TableTemplate, rows: PrintedRow[], texts: string[]): void {
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  const grid = layoutGrid(table);
  for (const row of table.rows)
    for (const cell of row) if (cell.type !== 'value') texts.push(cell.text);

  // Label cells spanning several rows, with the rows they cover.
  const spans = new Map<string, { text: string; rows: number[] }>();
  const valueRows: { labels: string[]; spanKeys: string[]; cells: CellTemplate[] }[] = [];
  grid.forEach((slots, r) => {
    const labels: string[] = [];
    const spanKeys: string[] = [];
    const cells: CellTemplate[] = [];
    slots.forEach((slot) => {
      const cell = slot.cell;
      if (cell.type === 'label') {
        const key = `${slot.anchorRow}:${slot.anchorColumn}`;
        if (labels.at(-1) === cell.text && spanKeys.at(-1) === key) return; // colSpan repeat
        labels.push(cell.text);
        spanKeys.push(key);
        if ((cell.rowSpan ?? 1) > 1) {
          const span = spans.get(key) ?? { text: cell.text, rows: [] };
          if (!span.rows.includes(r)) span.rows.push(r);
          spans.set(key, span);
        }
      } else if (cell.type === 'value' && slot.anchor) {
        const template = byId.get(cell.cell);
        if (template) cells.push(template);
      }
    });
    if (cells.length > 0) valueRows.push({ labels, spanKeys, cells });
  });

  // A group is a merged label over item rows that have no merged label of their own.
  const innermost = new Set<string>();
  for (const [key, span] of spans) {
    const nested = [...spans].some(
      ([other, s]) => other !== key && s.rows.every((r) => span.rows.includes(r)),
    );
    if (!nested) innermost.add(key);
  }

  const base = rows.length;
  const groups = new Map<string, RowGroup>();
  valueRows.forEach((vr, i) => {
    const groupKey = groupOf(vr.spanKeys, innermost);
    if (groupKey === undefined) return;
    const existing = groups.get(groupKey);
    const label = spans.get(groupKey)!.text;
    groups.set(groupKey, {
      label,
      forms: labelForms(label),
      first: existing?.first ?? base + i,
      last: base + i,
    });
  });
  for (const [key, group] of groups) {
    const items = valueRows.slice(group.first - base, group.last - base + 1);
    const catchAll = items.findIndex(
      (vr) => compact(vr.labels.at(-1) ?? '').replace(/^\d+/, '') === '其他',
    );
    groups.set(key, catchAll >= 0 ? { ...group, catchAll: group.first + catchAll } : group);
  }

  for (const vr of valueRows) {
    const own = vr.labels.at(-1) ?? '';
    const groupKey = groupOf(vr.spanKeys, innermost);
    const group = groupKey === undefined ? undefined : groups.get(groupKey);
    rows.push({
      table: table.id,
      labels: vr.labels,
      own,
      forms: own ? labelForms(own) : [],
      ...(group ? { group } : {}),
      cells: vr.cells,
    });
  }
}

/** The innermost merged label over a row, other than the row's own label. */
function groupOf(spanKeys: readonly string[], innermost: ReadonlySet<string>): string | undefined {
  for (let i = spanKeys.length - 2; i >= 0; i--)
    if (innermost.has(spanKeys[i]!)) return spanKeys[i];
  return undefined;
}
