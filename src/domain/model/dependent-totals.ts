/**
 * Which derived totals of a table change when an entered cell changes (directly or through
 * another total, e.g. 自然人 of （一） → （一） 总计, （七）总计 自然人 and the grand total), so an
 * editor can refresh just those while the clerk types.
 */
import type { CellId, TableTemplate } from '../templates/index.ts';

const indexes = new WeakMap<TableTemplate, ReadonlyMap<CellId, readonly CellId[]>>();

/** The derived cells of `table` that add up `id`, directly or not, in the table's reading order. */
export function dependentTotals(table: TableTemplate, id: CellId): readonly CellId[] {
  let index = indexes.get(table);
  if (!index) {
    const byId = new Map(table.cells.map((c) => [c.id, c]));
    const leaves = (cellId: CellId, seen: Set<CellId>): CellId[] => {
      const cell = byId.get(cellId);
      if (!cell?.sumOf) return [cellId];
      if (seen.has(cellId)) throw new Error(`table ${table.id}: ${cellId} adds up itself`);
      const next = new Set(seen).add(cellId);
      return cell.sumOf.flatMap((item) => [item, ...leaves(item, next)]);
    };
    const map = new Map<CellId, CellId[]>();
    for (const total of table.cells) {
      if (!total.sumOf) continue;
      for (const item of new Set(leaves(total.id, new Set()))) {
        const list = map.get(item) ?? [];
        if (!list.includes(total.id)) list.push(total.id);
        map.set(item, list);
      }
    }
    index = map;
    indexes.set(table, index);
  }
  return index.get(id) ?? [];
}
