import type { LayoutCell, TableTemplate } from './template.types.ts';

/**
 * One position of the printed table's grid. A merged cell occupies several slots: the anchor
 * (its top-left slot) carries the content and the spans; the slots it covers point to the same
 * LayoutCell object with `anchor: false`, so renderers that need continuation cells (Word's
 * vertical merge) and those that skip them (HTML) both read the same structure.
 */
export interface GridSlot {
  readonly cell: LayoutCell;
  readonly anchor: boolean;
  /** Row and column of the anchor of this slot's cell. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

/**
 * Expands a table's layout rows (HTML-style, spans on anchors only) into a full grid of
 * `table.columnCount` slots per row. Throws if the layout overlaps or leaves a hole, which
 * would be a broken template.
 */
export function layoutGrid(table: TableTemplate): GridSlot[][] {
  const grid: (GridSlot | undefined)[][] = table.rows.map(() =>
    new Array<GridSlot | undefined>(table.columnCount).fill(undefined),
  );
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const line = grid[r + dr];
          if (!line || c + dc >= table.columnCount || line[c + dc])
            throw new Error(
              `table ${table.id}: layout overlaps or overflows at row ${r + dr}, column ${c + dc}`,
            );
          line[c + dc] = { cell, anchor: dr === 0 && dc === 0, anchorRow: r, anchorColumn: c };
        }
      }
      c += colSpan;
    }
  });
  return grid.map((line, r) =>
    line.map((slot, c) => {
      if (!slot) throw new Error(`table ${table.id}: layout leaves row ${r}, column ${c} empty`);
      return slot;
    }),
  );
}
