/**
 * An official statistical table, drawn as on the printed form: the template's header rows as
 * <thead>, the body in the merged layout of useOfficialLayout (TanStack Table's cell spanning).
 * OfficialTableFrame draws everything but the value cells, which its caller renders: the
 * read-only OfficialTable shows figures, the editor's ReportGrid puts inputs there.
 */
import { Fragment, type ReactNode, type Ref, type TableHTMLAttributes } from 'react';
import type { CellId, LayoutCell, TableTemplate } from '../../domain/index.ts';
import { useOfficialLayout, type PlacedCell } from './official-layout.ts';

/** The spans a value cell is drawn with (absent = 1). */
export interface CellSpans {
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

export interface OfficialTableFrameProps {
  readonly table: TableTemplate;
  /** Accessible name of the table (e.g. the section heading). */
  readonly caption: string;
  /** Renders the whole <td> (or <th>) of a value cell. */
  readonly renderValueCell: (id: CellId, spans: CellSpans) => ReactNode;
  readonly className?: string;
  /** Attributes and (delegated) event handlers of the <table> element. */
  readonly tableProps?: Omit<TableHTMLAttributes<HTMLTableElement>, 'className' | 'aria-label'>;
  readonly tableRef?: Ref<HTMLTableElement>;
}

function LayoutHeaderCell({
  placed,
  scope,
}: {
  readonly placed: PlacedCell;
  readonly scope: 'col' | 'row';
}) {
  const cell = placed.layout as Exclude<LayoutCell, { type: 'value' }>;
  const className = cell.type === 'note' ? 'note' : cell.type === 'label' ? 'label' : undefined;
  return (
    <th
      colSpan={placed.colSpan}
      rowSpan={placed.rowSpan}
      className={className}
      scope={cell.type === 'note' ? undefined : scope}
    >
      {cell.text}
    </th>
  );
}

export function OfficialTableFrame({
  table,
  caption,
  renderValueCell,
  className,
  tableProps,
  tableRef,
}: OfficialTableFrameProps) {
  const layout = useOfficialLayout(table);
  const draw = (placed: PlacedCell, scope: 'col' | 'row') =>
    placed.layout.type === 'value' ? (
      <Fragment key={placed.key}>
        {renderValueCell(placed.layout.cell, { rowSpan: placed.rowSpan, colSpan: placed.colSpan })}
      </Fragment>
    ) : (
      <LayoutHeaderCell
        key={placed.key}
        placed={placed}
        scope={placed.layout.type === 'label' ? 'row' : scope}
      />
    );
  return (
    <table
      {...tableProps}
      ref={tableRef}
      className={`official-table table-${table.id}${className ? ` ${className}` : ''}`}
      aria-label={caption}
    >
      {layout.head.length > 0 && (
        <thead>
          {layout.head.map((row) => (
            <tr key={row.key}>{row.cells.map((placed) => draw(placed, 'col'))}</tr>
          ))}
        </thead>
      )}
      <tbody>
        {layout.body.map((row) => (
          <tr key={row.key}>{row.cells.map((placed) => draw(placed, 'col'))}</tr>
        ))}
      </tbody>
    </table>
  );
}

export interface OfficialTableProps {
  readonly table: TableTemplate;
  /** Accessible name of the table (e.g. the section heading). */
  readonly caption: string;
  readonly renderValue: (id: CellId) => ReactNode;
  /** Extra attributes for a value cell's <td> (classes for findings, derived shading). */
  readonly valueCellProps?: (id: CellId) => { className?: string };
}

/** The read-only table: every value cell a <td data-cell> showing `renderValue(id)`. */
export function OfficialTable({ table, caption, renderValue, valueCellProps }: OfficialTableProps) {
  return (
    <OfficialTableFrame
      table={table}
      caption={caption}
      renderValueCell={(id, spans) => (
        <td {...spans} data-cell={id} className={`value ${valueCellProps?.(id).className ?? ''}`}>
          {renderValue(id)}
        </td>
      )}
    />
  );
}
