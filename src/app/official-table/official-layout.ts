/**
 * The printed layout of an official table as rows of cells to render, shared by the read-only
 * table and the editable grid: the template's header rows (the table head) and the body through
 * TanStack Table's cell-spanning feature, which merges the row groups (三、本年度办理结果,
 * （三）不予公开 …) over their rows and the labels over their columns.
 */
import { useMemo } from 'react';
import {
  cellSpanningFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import {
  layoutGrid,
  type GridSlot,
  type LayoutCell,
  type TableTemplate,
} from '../../domain/index.ts';

const features = tableFeatures({ cellSpanningFeature });
const helper = createColumnHelper<typeof features, readonly GridSlot[]>();

/** One cell to render: its layout content and the spans it is drawn with (absent = 1). */
export interface PlacedCell {
  readonly key: string;
  readonly layout: LayoutCell;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

export interface PlacedRow {
  readonly key: string;
  readonly cells: readonly PlacedCell[];
}

export interface OfficialLayout {
  readonly head: readonly PlacedRow[];
  readonly body: readonly PlacedRow[];
}

const span = (n: number | undefined): number | undefined =>
  n !== undefined && n > 1 ? n : undefined;

/** The rows of the table's head and body, as they are drawn (covered positions left out). Stable per template. */
export function useOfficialLayout(table: TableTemplate): OfficialLayout {
  const grid = useMemo(() => layoutGrid(table), [table]);
  const body = useMemo(() => grid.slice(table.headerRowCount), [grid, table.headerRowCount]);
  const columns = useMemo(
    () =>
      helper.columns(
        Array.from({ length: table.columnCount }, (_, i) =>
          helper.accessor((row) => row[i]!.cell, {
            id: `c${i}`,
            // Slots of one merged cell hold the same LayoutCell object.
            spanRows: ({ value, anchorValue }) => value === anchorValue,
            spanColumns: ({ row }) => {
              const slot = row.original[i]!;
              return slot.anchorColumn === i ? (slot.cell.colSpan ?? 1) : 1;
            },
          }),
        ),
      ),
    [table.columnCount],
  );
  const tanstack = useTable({ features, columns, data: body });
  const rows = tanstack.getRowModel().rows;

  return useMemo(() => {
    const head: PlacedRow[] = grid.slice(0, table.headerRowCount).map((line, r) => ({
      key: `h${r}`,
      cells: line.flatMap((slot, c): PlacedCell[] =>
        slot.anchor
          ? [
              {
                key: `h${r}-${c}`,
                layout: slot.cell,
                rowSpan: span(slot.cell.rowSpan),
                colSpan: span(slot.cell.colSpan),
              },
            ]
          : [],
      ),
    }));
    const placedBody: PlacedRow[] = rows.map((row) => ({
      key: row.id,
      cells: row.getAllCells().flatMap((cell): PlacedCell[] => {
        if (cell.getIsCovered()) return [];
        return [
          {
            key: cell.id,
            layout: cell.getValue() as LayoutCell,
            rowSpan: span(cell.getRowSpan()),
            colSpan: span(cell.getColSpan()),
          },
        ];
      }),
    }));
    return { head, body: placedBody };
  }, [grid, table.headerRowCount, rows]);
}
