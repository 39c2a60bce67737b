/**
 * 本年 / 上年 / 增减 / 增幅 for every figure of tables 二, 三 and 四 that both years' formats have
 * (a cell id of this year's template that last year's template also has: across 2020 → 2021 that
 * is table 三 except （六）, all of table 四 and the 处理决定数量 of table 二), largest changes first.
 */
import {
  allCells,
  findCell,
  getTemplate,
  type CellId,
  type CellTemplate,
  type TableId,
} from '../templates/index.ts';
import { getCellValue, withTotals, type Report } from '../model/index.ts';
import { changeOf, figureText } from '../narrative/numbers.ts';
import { changeRateWord } from '../wording/narrative.ts';
import { TABLE_SHORT_WORDS } from '../wording/words.ts';

export interface ComparisonRow {
  readonly cell: CellId;
  readonly table: TableId;
  /** The printed labels: group (if any), row, column. */
  readonly rowGroup?: string;
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly unit: CellTemplate['unit'];
  /** Whether it is a derived total (总计). */
  readonly total: boolean;
  readonly current: number | null;
  readonly previous: number | null;
  /** current − previous; null when either is empty. */
  readonly delta: number | null;
  readonly sign: -1 | 0 | 1 | null;
  /** |delta| / previous × 100 to one decimal ("12.5"); null when previous is 0 or either is empty. */
  readonly percent: string | null;
  /** The 增减 and 增幅 as shown: "+65", "−3", "0"; "增长 361.1%", "下降 3.0%", "持平", "—". */
  readonly deltaText: string;
  readonly rateText: string;
}

function deltaText(delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return '0';
  return `${delta > 0 ? '+' : '−'}${figureText(Math.abs(delta))}`;
}

/** Larger absolute change first, then larger relative change, a total before its items, then the printed order. */
function byChange(a: ComparisonRow, b: ComparisonRow, order: Map<CellId, number>): number {
  const da = a.delta === null ? -1 : Math.abs(a.delta);
  const db = b.delta === null ? -1 : Math.abs(b.delta);
  if (da !== db) return db - da;
  const pa = a.percent === null ? -1 : Number(a.percent);
  const pb = b.percent === null ? -1 : Number(b.percent);
  if (pa !== pb) return pb - pa;
  if (a.total !== b.total) return a.total ? -1 : 1;
  return order.get(a.cell)! - order.get(b.cell)!;
}

/**
 * The comparison with last year (the report's own `previous` unless given); undefined without one.
 * @example compareWithPrevious(draft2025)?.[0] // the figure that changed most
 */
export function compareWithPrevious(
  report: Report,
  previousGiven: Report | undefined = report.previous,
): ComparisonRow[] | undefined {
  if (!previousGiven) return undefined;
  const current = withTotals(report);
  const previous = withTotals(previousGiven);
  const previousTemplate = getTemplate(previous.format);
  const cells = allCells(getTemplate(report.format)).filter((c) =>
    findCell(previousTemplate, c.id),
  );
  const order = new Map(cells.map((c, i) => [c.id, i]));
  const rows = cells.map((c): ComparisonRow => {
    const now = getCellValue(current, c.id) ?? null;
    const before = getCellValue(previous, c.id) ?? null;
    const change = now !== null && before !== null ? changeOf(now, before) : null;
    return {
      cell: c.id,
      table: c.table,
      ...(c.rowGroup !== undefined ? { rowGroup: c.rowGroup } : {}),
      rowLabel: c.rowLabel,
      columnLabel: c.columnLabel,
      unit: c.unit,
      total: c.sumOf !== undefined,
      current: now,
      previous: before,
      delta: change?.delta ?? null,
      sign: change?.sign ?? null,
      percent: change?.percent ?? null,
      deltaText: deltaText(change?.delta ?? null),
      rateText: change ? changeRateWord(change.percent, change.sign) : '—',
    };
  });
  return rows.sort((a, b) => byChange(a, b, order));
}

/**
 * The item a row compares, as printed: table, group, row and column, with （万元） for amounts.
 * @example comparisonItemLabel(row) // "表三 自然人 （一）予以公开"
 */
export function comparisonItemLabel(row: ComparisonRow): string {
  const label = [TABLE_SHORT_WORDS[row.table], row.rowGroup, row.rowLabel, row.columnLabel]
    .filter((x) => x !== undefined && x !== '')
    .join(' ');
  return row.unit === '万元' ? `${label}（万元）` : label;
}
