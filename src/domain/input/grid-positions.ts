/**
 * Where each cell of a table sits on the printed grid (layoutGrid), and moving between the
 * entered cells as a spreadsheet does: by the visual grid, skipping labels, headers and derived
 * totals. Pure: the editor grid and paste planning both read it.
 */
import {
  layoutGrid,
  type CellId,
  type CellTemplate,
  type GridSlot,
  type TableTemplate,
} from '../templates/index.ts';

export interface CellPlacement {
  readonly cell: CellTemplate;
  /** Grid row and column of the cell's anchor (top-left slot). */
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface TableGrid {
  readonly table: TableTemplate;
  readonly slots: readonly (readonly GridSlot[])[];
  readonly placements: ReadonlyMap<CellId, CellPlacement>;
  /** The entered (not derived) cells in reading order: row by row, left to right. */
  readonly entered: readonly CellId[];
}

const grids = new WeakMap<TableTemplate, TableGrid>();

/** The table's grid with every value cell's position (computed once per template). */
export function tableGrid(table: TableTemplate): TableGrid {
  let grid = grids.get(table);
  if (grid) return grid;
  const slots = layoutGrid(table);
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  const placements = new Map<CellId, CellPlacement>();
  slots.forEach((line, r) =>
    line.forEach((slot, c) => {
      if (!slot.anchor || slot.cell.type !== 'value') return;
      const cell = byId.get(slot.cell.cell);
      if (!cell)
        throw new Error(
          `table ${table.id}: layout names ${slot.cell.cell}, which is not one of its cells`,
        );
      placements.set(cell.id, {
        cell,
        row: r,
        column: c,
        rowSpan: slot.cell.rowSpan ?? 1,
        colSpan: slot.cell.colSpan ?? 1,
      });
    }),
  );
  const entered = [...placements.values()]
    .filter((p) => !p.cell.sumOf)
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((p) => p.cell.id);
  grid = { table, slots, placements, entered };
  grids.set(table, grid);
  return grid;
}

/** The value cell at a grid position (anchor or covered slot), if any. */
export function valueCellAt(
  grid: TableGrid,
  row: number,
  column: number,
): CellPlacement | undefined {
  const slot = grid.slots[row]?.[column];
  return slot?.cell.type === 'value' ? grid.placements.get(slot.cell.cell) : undefined;
}

function enteredAt(grid: TableGrid, row: number, column: number): CellId | undefined {
  const p = valueCellAt(grid, row, column);
  return p && !p.cell.sumOf ? p.cell.id : undefined;
}

/**
 * - up / down / left / right: the nearest entered cell in that direction on the grid;
 * - rowStart / rowEnd: the first / last entered cell of the row (Home / End);
 * - next / previous: reading order, wrapping to the next / previous row (Tab / Shift+Tab);
 * - first / last: the first / last entered cell of the table (Ctrl+Home / Ctrl+End).
 */
export type GridMove =
  'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'next' | 'previous' | 'first' | 'last';

/**
 * The entered cell reached from `from` (any value cell of the table, derived ones included) by
 * the move, or null when there is none that way (the edge of the table).
 */
export function moveFrom(table: TableTemplate, from: CellId, move: GridMove): CellId | null {
  const grid = tableGrid(table);
  if (move === 'first') return grid.entered[0] ?? null;
  if (move === 'last') return grid.entered[grid.entered.length - 1] ?? null;
  const at = grid.placements.get(from);
  if (!at) return null;
  const width = grid.table.columnCount;
  const height = grid.slots.length;
  const scan = (row: number, column: number, dRow: number, dColumn: number): CellId | null => {
    for (
      let r = row, c = column;
      r >= 0 && r < height && c >= 0 && c < width;
      r += dRow, c += dColumn
    ) {
      const id = enteredAt(grid, r, c);
      if (id !== undefined) return id;
    }
    return null;
  };
  switch (move) {
    case 'down':
      return scan(at.row + at.rowSpan, at.column, 1, 0);
    case 'up':
      return scan(at.row - 1, at.column, -1, 0);
    case 'right':
      return scan(at.row, at.column + at.colSpan, 0, 1);
    case 'left':
      return scan(at.row, at.column - 1, 0, -1);
    case 'rowStart':
      return scan(at.row, 0, 0, 1);
    case 'rowEnd':
      return scan(at.row, width - 1, 0, -1);
    case 'next':
    case 'previous': {
      const forward = move === 'next';
      const i = grid.entered.indexOf(from);
      if (i >= 0) return grid.entered[i + (forward ? 1 : -1)] ?? null;
      // From a derived cell: the first entered cell after (before) it in reading order.
      const key = (id: CellId) => {
        const p = grid.placements.get(id)!;
        return p.row * width + p.column;
      };
      const here = at.row * width + at.column;
      const before = grid.entered.filter((id) => key(id) < here);
      return (
        (forward ? grid.entered.find((id) => key(id) > here) : before[before.length - 1]) ?? null
      );
    }
  }
}
