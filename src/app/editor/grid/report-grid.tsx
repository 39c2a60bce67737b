/**
 * The editable statistical table: the official merged layout (OfficialTableFrame) with an
 * <input> in every entered cell and the derived totals shaded beside them.
 *
 * - Keyboard as in a spreadsheet, paste of blocks from Excel / WPS, live totals: GridController.
 * - Every keystroke is kept as the cell's pending text in the cell texts (the draft session's,
 *   which saves it); the text is taken as the cell's value when it is committed (Enter, Tab, an
 *   arrow move, blur), never during an IME composition. Refused text stays in the cell with the
 *   reason beside it (aria-invalid, aria-describedby) and in a notice; the committed value is
 *   unchanged, and keyboard moves stay in the cell until the text is fixed or Escape restores it.
 * - The inputs are uncontrolled; the committed figures, findings and last year's figures reach
 *   each cell through a store, so neither typing nor a commit re-renders the table, only the
 *   cells that change.
 */
import type { CellMark } from './cell-store.ts';
import {
  memo,
  useCallback,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  cellLabel,
  getCellValue,
  getTemplate,
  withTotals,
  type CellId,
  type CellTemplate,
  type Report,
  type Severity,
  type TableId,
  type TableTemplate,
} from '../../../domain/index.ts';
import { formatCellValue } from '../../format-number.ts';
import { OfficialTableFrame, type CellSpans } from '../../official-table/official-table.tsx';
import { CellTexts, type CellChange } from '../../../session/index.ts';
import { useActiveCell, useGridData, ValueStore, type GridData } from './cell-store.ts';
import { DerivedCell, EntryCell, worstSeverity } from './grid-cells.tsx';
import { GridController, type FocusCellOptions } from './grid-controller.ts';
import { describeIds } from './grid-fields.ts';
import './report-grid.css';

export interface ReportGridProps {
  readonly report: Report; // current values; derived totals already recomputed by the parent
  readonly tableId: TableId; // 'active' | 'requests' | 'reviews'
  readonly caption: string; // accessible name of the table (the section heading)
  /** The texts typed in cells, owned by the draft session (which commits and saves them). */
  readonly cells?: CellTexts;
  /**
   * Without `cells`: the grid keeps what is typed itself and hands committed values here as ONE
   * step (typing one cell = one call; a paste = one call).
   */
  readonly onCommit?: (changes: readonly CellChange[]) => void;
  readonly previous?: Report; // last year's report: a focused cell shows last year's value
  readonly findingsByCell: ReadonlyMap<CellId, readonly CellMark[]>;
  /** Cells to highlight: those of the finding last chosen. */
  readonly highlighted?: ReadonlySet<CellId>;
  /** A message for the user (paste problems, refused input), shown in an aria-live region by the parent. */
  readonly onNotice: (message: string) => void;
  readonly ref?: React.Ref<ReportGridHandle>; // React 19 ref-as-prop
}

export interface ReportGridHandle {
  /**
   * Focuses the cell (an input, or a derived total) if it is in this table; false otherwise. With
   * `caretAtEnd` the input's text is not selected (typing does not replace a correct figure).
   */
  focusCell(id: CellId, options?: FocusCellOptions): boolean;
}

/** The grid of one table; another table or format starts a fresh form. */
export function ReportGrid(props: ReportGridProps) {
  const table = getTemplate(props.report.format).tables[props.tableId];
  return <GridBody key={`${props.report.format}:${props.tableId}`} {...props} table={table} />;
}

const MemoFrame = memo(OfficialTableFrame);

/** Cell texts of a grid without a session: over the latest report it was given, commits to onCommit. */
function ownCellTexts(report: Report) {
  const latest: { report: Report; onCommit: ReportGridProps['onCommit'] } = {
    report,
    onCommit: undefined,
  };
  const cells = new CellTexts({
    getReport: () => latest.report,
    apply: (changes) => latest.onCommit?.(changes),
  });
  const setSource = (next: Report, onCommit: ReportGridProps['onCommit']) => {
    latest.report = next;
    latest.onCommit = onCommit;
  };
  return { cells, setSource };
}

function GridBody({
  report,
  table,
  caption,
  cells: cellsProp,
  onCommit,
  previous,
  findingsByCell,
  highlighted,
  onNotice,
  ref,
}: ReportGridProps & { readonly table: TableTemplate }) {
  const gridId = useId();
  const values = useMemo(
    () => new Map(table.cells.map((c) => [c.id, getCellValue(report, c.id) ?? null])),
    [table, report],
  );
  const severities = useMemo(() => {
    const map = new Map<CellId, Severity>();
    for (const [id, findings] of findingsByCell) {
      const worst = worstSeverity(findings);
      if (worst) map.set(id, worst);
    }
    return map;
  }, [findingsByCell]);
  const previousValues = useMemo(() => {
    if (!previous) return undefined;
    const totals = withTotals(previous);
    return new Map(table.cells.map((c) => [c.id, getCellValue(totals, c.id)]));
  }, [table, previous]);
  const gridData: GridData = useMemo(
    () => ({
      report,
      values,
      findingsByCell,
      severities,
      ...(previousValues ? { previousValues } : {}),
      ...(highlighted ? { highlighted } : {}),
    }),
    [report, values, findingsByCell, severities, previousValues, highlighted],
  );

  // The session's cell texts, or (e.g. in the import review) the grid's own over its report.
  const [own] = useState(() => (cellsProp ? null : ownCellTexts(report)));
  useLayoutEffect(() => {
    own?.setSource(report, onCommit);
  }, [own, report, onCommit]);
  const cells = cellsProp ?? own!.cells;

  const [stores] = useState(() => ({
    data: new ValueStore<GridData>(gridData),
    active: new ValueStore<CellId | null>(null),
  }));
  const [controller] = useState(
    () =>
      new GridController({
        table,
        cells,
        ...stores,
        callbacks: { onNotice },
      }),
  );
  useLayoutEffect(
    () => controller.update(gridData, { onNotice }),
    [controller, gridData, onNotice],
  );
  useImperativeHandle(
    ref,
    () => ({
      focusCell: (id: CellId, options?: FocusCellOptions) => controller.focusCell(id, options),
    }),
    [controller],
  );

  const renderValueCell = useCallback(
    (id: CellId, spans: CellSpans): ReactNode => {
      const cell = controller.cells.get(id);
      if (!cell) return <td {...spans} />;
      const common = {
        id,
        gridId,
        rowSpan: spans.rowSpan,
        colSpan: spans.colSpan,
        data: stores.data,
      };
      if (cell.sumOf) return <DerivedCell {...common} cells={cells} />;
      return (
        <EntryCell
          {...common}
          label={cellLabel(cell)}
          kind={cell.kind}
          cells={cells}
          active={stores.active}
        />
      );
    },
    [controller, gridId, stores, cells],
  );

  return (
    <div className="report-grid">
      <MemoFrame
        table={table}
        caption={caption}
        className="editable"
        tableRef={controller.tableRef}
        renderValueCell={renderValueCell}
        tableProps={controller.tableProps}
      />
      <CellDescriptions gridId={gridId} cells={table.cells} data={stores.data} />
      <GridStatus active={stores.active} cells={controller.cells} data={stores.data} />
    </div>
  );
}

/** Texts for screen readers, outside the table so that the cells' own text stays the figure. */
const CellDescriptions = memo(function CellDescriptions({
  gridId,
  cells,
  data,
}: {
  readonly gridId: string;
  readonly cells: readonly CellTemplate[];
  readonly data: ValueStore<GridData>;
}) {
  const findingsByCell = useSyncExternalStore(data.subscribe, () => data.get().findingsByCell);
  return (
    <div hidden>
      <span id={`${gridId}-derived`}>自动合计，不能填写</span>
      {cells.map((c) => {
        const findings = findingsByCell.get(c.id);
        if (!findings || findings.length === 0) return null;
        return (
          <span key={c.id} id={describeIds(gridId, c.id).findings}>
            {`检查发现 ${findings.length} 个问题：${findings.map((f) => f.message).join('；')}`}
          </span>
        );
      })}
    </div>
  );
});

/** Under the table: the keys, and for the focused cell last year's figure (announced politely). */
const GridStatus = memo(function GridStatus({
  active,
  cells,
  data,
}: {
  readonly active: ValueStore<CellId | null>;
  readonly cells: ReadonlyMap<CellId, CellTemplate>;
  readonly data: ValueStore<GridData>;
}) {
  const id = useActiveCell(active);
  const cell = id ? cells.get(id) : undefined;
  const previousText = useGridData(data, (d) => {
    if (!d.previousValues || !id) return undefined;
    const v = d.previousValues.get(id);
    return v === undefined ? '无此项' : v === null ? '未填' : formatCellValue(v);
  });
  return (
    <div className="grid-status">
      <span className="grid-keys">
        方向键、Tab、Enter 移动 · Esc 恢复原值 · 可从 Excel / WPS 复制整块粘贴
      </span>
      <span className="grid-previous" aria-live="polite">
        {cell && previousText !== undefined ? `${cellLabel(cell)} 上年：${previousText}` : ''}
      </span>
    </div>
  );
});
