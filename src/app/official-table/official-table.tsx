/**
 * An official statistical table, drawn as on the printed form: the template's header rows as
 * <thead>, the body through TanStack Table with its cell-spanning feature (merged row groups such
 * as 三、本年度办理结果 and （三）不予公开 span their rows). What a value cell shows is up to the
 * caller, so the same component serves the read-only view and the editor.
 */
import { useMemo, type ReactNode } from 'react';
import { cellSpanningFeature, createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { layoutGrid, type CellId, type GridSlot, type LayoutCell, type TableTemplate } from '../../domain/index.ts';

const features = tableFeatures({ cellSpanningFeature });
const helper = createColumnHelper<typeof features, readonly GridSlot[]>();

export interface OfficialTableProps {
  readonly table: TableTemplate;
  /** Accessible name of the table (e.g. the section heading). */
  readonly caption: string;
  readonly renderValue: (id: CellId) => ReactNode;
  /** Extra attributes for a value cell's <td> (classes for findings, derived shading). */
  readonly valueCellProps?: (id: CellId) => { className?: string };
}

function headerCell(cell: LayoutCell, key: string, scope?: 'col' | 'row'): ReactNode {
  if (cell.type === 'value') return null;
  const className = cell.type === 'note' ? 'note' : cell.type === 'label' ? 'label' : undefined;
  return (
    <th key={key} colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={className} scope={cell.type === 'note' ? undefined : scope}>
      {cell.text}
    </th>
  );
}

export function OfficialTable({ table, caption, renderValue, valueCellProps }: OfficialTableProps) {
  const grid = useMemo(() => layoutGrid(table), [table]);
  const head = grid.slice(0, table.headerRowCount);
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

  return (
    <table className={`official-table table-${table.id}`} aria-label={caption}>
      {head.length > 0 && (
        <thead>
          {head.map((line, r) => (
            <tr key={r}>{line.map((slot, c) => (slot.anchor ? headerCell(slot.cell, `${r}-${c}`, 'col') : null))}</tr>
          ))}
        </thead>
      )}
      <tbody>
        {tanstack.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => {
              if (cell.getIsCovered()) return null;
              const layout = cell.getValue() as LayoutCell;
              const rowSpan = cell.getRowSpan();
              const colSpan = cell.getColSpan();
              const spans = { rowSpan: rowSpan > 1 ? rowSpan : undefined, colSpan: colSpan > 1 ? colSpan : undefined };
              if (layout.type !== 'value') {
                return headerCell({ ...layout, ...spans }, cell.id, layout.type === 'label' ? 'row' : 'col');
              }
              const extra = valueCellProps?.(layout.cell) ?? {};
              return (
                <td key={cell.id} {...spans} data-cell={layout.cell} className={`value ${extra.className ?? ''}`}>
                  {renderValue(layout.cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
