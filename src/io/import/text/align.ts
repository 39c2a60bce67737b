/**
 * Step 2 of reading the tables: the records are matched, in reading order, against the printed
 * value rows of the format's template (table-rows.ts) by dynamic programming. Each record's
 * label is compared (fuzzily) with the row's label, its figure count with the row's cell count.
 * A record may be left out (a page number, a local extra row), a row may be missing, several
 * records may feed one row (figures over several lines), one record may fill several rows
 * (labels printed first, figures after), a row group printed as one row (（六）其他处理 in a 2021
 * report) and one row printed as several (（六） split in a 2019 report) are recognised. The
 * cheapest reading wins.
 */
import type { FormatTemplate } from '../../../domain/index.ts';
import { anywhereMatch, tailMatch } from './label-match.ts';
import type { TableRecord } from './records.ts';
import { tableRows, type PrintedRow, type RowGroup } from './table-rows.ts';

export type Step =
  | { readonly kind: 'drop'; readonly record: number }
  | { readonly kind: 'miss'; readonly row: number }
  | { readonly kind: 'row'; readonly row: number; readonly records: readonly number[] }
  | { readonly kind: 'collapse'; readonly group: RowGroup; readonly record: number }
  | { readonly kind: 'expand'; readonly row: number; readonly records: readonly number[] }
  | { readonly kind: 'rows'; readonly rows: readonly number[]; readonly record: number };

/** Costs of the alignment; only their relative sizes matter. */
const COST = {
  /** A row of the format with no figures found. */
  missingRow: 2.5,
  /** A record left out: a lone small number (a page number) or blank cells; or anything else. */
  droppedLone: 0.4,
  dropped: 1,
  droppedPerFigure: 0.5,
  /** Times (1 − label score). */
  label: 3,
  /** A label unlike the row's (below RELATED): more than leaving both out. */
  unrelated: 2,
  /** Figures in a record that has no label before it: matched by position only. */
  noLabel: 1.5,
  /** Label text before figures matched to table 四's label-less row. */
  labelOnLabelless: 0.3,
  /** Per figure too many or too few. */
  count: 2,
  /** Per further record feeding the same row, and extra if it has a label of its own. */
  continuation: 0.3,
  continuationLabelled: 0.7,
  /** A further record whose own label is clearly one of the next rows': that row's figures. */
  continuationOtherRow: 3,
  collapse: 1,
  collapseWithoutCatchAll: 1.5,
  expand: 1,
  perRowMerged: 0.5,
} as const;

/** Label scores from here on count as the same label printed differently. */
const RELATED = 0.3;
/** Group, merged and several-rows readings need the labels to be clearly there. */
const CLEAR = 0.6;
const MAX_RECORDS_PER_ROW = 16;
const MAX_EXPANDED = 6;
const MAX_ROWS_PER_RECORD = 4;

export interface Alignment {
  readonly steps: readonly Step[];
  readonly cost: number;
  readonly rows: readonly PrintedRow[];
  readonly records: readonly TableRecord[];
  /** The label score (0–1) of row i against record j. */
  readonly score: (row: number, record: number) => number;
  /**
   * A row after `row` that record j's label clearly names, if any: a record read as the
   * continuation of `row` although it carries a later row's label.
   */
  readonly nextRowNamed: (row: number, record: number) => number | undefined;
}

/**
 * How well a record's label names a row, 0–1. Table 四's row has no label (its figures follow
 * the header cells); figures with no label before them match any row by position only (0.5).
 */
function labelScore(row: PrintedRow, rec: TableRecord): number {
  if (row.own === '') return rec.label === '' ? 1 : 0.9;
  if (rec.label === '') return 0.5;
  return tailMatch(row.forms, rec.label);
}

/** A record of blank cells only ("-" for each): a row printed without figures, or no row. */
export function isBlankRecord(rec: TableRecord): boolean {
  return rec.figures.every((f) => f.placeholder);
}

/** Aligns the records with the rows of a format's tables (cheapest reading). */
export function alignRecords(template: FormatTemplate, records: readonly TableRecord[]): Alignment {
  const rows = tableRows(template).rows;
  const n = rows.length;
  const m = records.length;
  const W = m + 1;

  const scores = new Float64Array(n * m).fill(-1);
  const score = (i: number, j: number): number => {
    const at = i * m + j;
    if (scores[at]! < 0) scores[at] = labelScore(rows[i]!, records[j]!);
    return scores[at]!;
  };
  const anywhereScores = new Float64Array(n * m).fill(-1);
  const anywhere = (i: number, j: number): number => {
    const at = i * m + j;
    if (anywhereScores[at]! < 0)
      anywhereScores[at] = anywhereMatch(rows[i]!.forms, records[j]!.label);
    return anywhereScores[at]!;
  };
  const labelCost = (i: number, j: number): number => {
    const row = rows[i]!;
    const rec = records[j]!;
    if (row.own === '') return rec.label === '' ? 0 : COST.labelOnLabelless;
    if (rec.label === '') return COST.noLabel;
    const s = score(i, j);
    return COST.label * (1 - s) + (s < RELATED ? COST.unrelated : 0);
  };
  // The first row from i + 1 on that record j's label names (-1: none), found once per record
  // from the end, so that every row asks in constant time.
  const named: Int16Array[] = [];
  const namedFrom = (j: number): Int16Array => {
    let list = named[j];
    if (!list) {
      list = new Int16Array(n + 1).fill(-1);
      if (records[j]!.label !== '')
        for (let i = n - 1; i >= 0; i--)
          list[i] = rows[i]!.own !== '' && score(i, j) >= CLEAR ? i : list[i + 1]!;
      named[j] = list;
    }
    return list;
  };
  const nextRowNamed = (i: number, j: number): number | undefined => {
    const row = namedFrom(j)[i + 1]!;
    return row < 0 ? undefined : row;
  };
  const dropCost = (j: number): number => {
    const rec = records[j]!;
    // A page number, or a row of blank cells only (it holds no figure to lose).
    if (rec.lone || isBlankRecord(rec)) return COST.droppedLone;
    return COST.dropped + COST.droppedPerFigure * rec.figures.length;
  };

  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back: ({ from: number; step: Step } | undefined)[] = new Array((n + 1) * W);
  cost[0] = 0;
  const relax = (from: number, i: number, j: number, c: number, step: Step): void => {
    const at = i * W + j;
    if (c < cost[at]!) {
      cost[at] = c;
      back[at] = { from, step };
    }
  };

  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = i * W + j;
      const c0 = cost[here]!;
      if (c0 === Infinity) continue;
      if (j < m) relax(here, i, j + 1, c0 + dropCost(j), { kind: 'drop', record: j });
      if (i === n) continue;
      relax(here, i + 1, j, c0 + COST.missingRow, { kind: 'miss', row: i });
      if (j === m) continue;
      const row = rows[i]!;
      const k = row.cells.length;

      // One row from one or more consecutive records.
      let count = 0;
      let extra = 0;
      const used: number[] = [];
      for (let u = 0; u < MAX_RECORDS_PER_ROW && j + u < m; u++) {
        const rec = records[j + u]!;
        count += rec.figures.length;
        used.push(j + u);
        if (u > 0)
          extra +=
            COST.continuation +
            (rec.label ? COST.continuationLabelled : 0) +
            (nextRowNamed(i, j + u) === undefined ? 0 : COST.continuationOtherRow);
        if (u > 0 && count > k + 1) break;
        relax(
          here,
          i + 1,
          j + u + 1,
          c0 + labelCost(i, j) + COST.count * Math.abs(count - k) + extra,
          {
            kind: 'row',
            row: i,
            records: [...used],
          },
        );
        if (count >= k + 1) break;
      }

      const first = records[j]!;
      // A row group printed as one row.
      const group = row.group;
      const groupScore =
        group && group.first === i && group.last > i && first.figures.length === k
          ? tailMatch(group.forms, first.label)
          : 0;
      if (group && groupScore >= CLEAR) {
        const c =
          COST.label * (1 - groupScore) +
          COST.collapse +
          (group.catchAll === undefined ? COST.collapseWithoutCatchAll : 0);
        relax(here, group.last + 1, j + 1, c0 + c, { kind: 'collapse', group, record: j });
      }

      // One row printed as several (items numbered 1., 2., …), each with the row's width.
      if (!group && row.own && first.figures.length === k && anywhere(i, j) >= CLEAR) {
        const parts = [j];
        for (let u = 1; u < MAX_EXPANDED && j + u < m; u++) {
          const rec = records[j + u]!;
          if (rec.figures.length !== k || !/^\d/u.test(rec.label)) break;
          parts.push(j + u);
          const c =
            COST.label * (1 - anywhere(i, j)) +
            COST.expand +
            COST.continuation * (parts.length - 1);
          relax(here, i + 1, j + u + 1, c0 + c, { kind: 'expand', row: i, records: [...parts] });
        }
      }

      // Several rows' figures in one record (labels printed first, figures after).
      let width = k;
      for (let t = 1; t < MAX_ROWS_PER_RECORD && i + t < n && row.own; t++) {
        const next = rows[i + t]!;
        if (next.table !== row.table || !next.own) break;
        width += next.cells.length;
        if (width > first.figures.length) break;
        if (width === first.figures.length) {
          let matched = 0;
          let clear = true;
          for (let x = 0; x <= t; x++) {
            matched += anywhere(i + x, j);
            clear &&= anywhere(i + x, j) >= CLEAR;
          }
          if (!clear) continue;
          const c = COST.label * (1 - matched / (t + 1)) + COST.perRowMerged * t;
          const covered = Array.from({ length: t + 1 }, (_, x) => i + x);
          relax(here, i + t + 1, j + 1, c0 + c, { kind: 'rows', rows: covered, record: j });
        }
      }
    }
  }

  const steps: Step[] = [];
  for (let at = n * W + m; at !== 0;) {
    const b = back[at]!;
    steps.unshift(b.step);
    at = b.from;
  }
  return { steps, cost: cost[n * W + m]!, rows, records, score, nextRowNamed };
}
