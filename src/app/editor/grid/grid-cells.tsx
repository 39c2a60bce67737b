/**
 * The cells of the editable grid. Their props never change after mount: each cell picks its own
 * committed figure, findings and last year's figure from the grid-data store, and its pending
 * text's message from the cell texts (the session), so a commit re-renders only the cells whose
 * figure or findings changed, and typing re-renders none (the inputs are uncontrolled: every
 * keystroke goes to the session as the cell's pending text); the totals a typed figure feeds
 * follow it through the session's live totals.
 */
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { type CellId, type CellKind, type Severity } from '../../../domain/index.ts';
import type { CellTexts } from '../../../session/index.ts';
import { formatCellValue } from '../../format-number.ts';
import {
  useCellText,
  useGridData,
  useIsActive,
  type GridData,
  type ValueStore,
} from './cell-store.ts';
import { describeIds } from './grid-fields.ts';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The worst severity among a cell's findings. */
export function worstSeverity(
  findings: readonly { readonly severity: Severity }[] | undefined,
): Severity | undefined {
  if (!findings || findings.length === 0) return undefined;
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s));
}

const committedTextOf = (id: CellId) => (d: GridData) => formatCellValue(d.values.get(id));
const severityOf = (id: CellId) => (d: GridData) => d.severities.get(id);
const highlightedOf = (id: CellId) => (d: GridData) => d.highlighted?.has(id) === true;
/** Last year's figure as shown ("" when empty there); undefined without last year's report or cell. */
const previousTextOf = (id: CellId) => (d: GridData) => {
  const v = d.previousValues?.get(id);
  return v === undefined ? undefined : formatCellValue(v);
};

const INPUT_MODE: Record<CellKind, 'numeric' | 'decimal' | 'text'> = {
  count: 'numeric',
  money: 'decimal',
  signed: 'text',
};

export interface EntryCellProps {
  readonly id: CellId;
  /** "<row label> <column label>": the input's accessible name. */
  readonly label: string;
  readonly kind: CellKind;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly gridId: string;
  readonly cells: CellTexts;
  readonly data: ValueStore<GridData>;
  readonly active: ValueStore<CellId | null>;
}

export const EntryCell = memo(function EntryCell({
  id,
  label,
  kind,
  rowSpan,
  colSpan,
  gridId,
  cells,
  data,
  active,
}: EntryCellProps) {
  const committedText = useGridData(data, committedTextOf(id));
  const severity = useGridData(data, severityOf(id));
  const previousText = useGridData(data, previousTextOf(id));
  const involved = useGridData(data, highlightedOf(id));
  const error = useCellText(cells, id, (c) => c.message(id));
  const textVersion = useCellText(cells, id, (c) => c.textVersion(id));
  const isActive = useIsActive(active, id);

  // The input shows its pending text, else its committed figure. Its text is replaced only when
  // that changes from outside the input (a commit, Escape, undo, redo, a paste), never while typing.
  const input = useRef<HTMLInputElement>(null);
  const [initialText] = useState(() => cells.pendingText(id)?.text ?? committedText);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    const text = cells.pendingText(id)?.text ?? formatCellValue(cells.committedValue(id));
    if (el.value !== text) el.value = text;
  }, [committedText, textVersion, cells, id]);

  const ids = describeIds(gridId, id);
  const describedBy = [error ? ids.error : '', severity ? ids.findings : '']
    .filter(Boolean)
    .join(' ');
  const className = [
    'value',
    'entered',
    severity ? `flagged sev-${severity}` : '',
    error ? 'input-error' : '',
    involved ? 'involved' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td rowSpan={rowSpan} colSpan={colSpan} className={className}>
      <input
        ref={input}
        defaultValue={initialText}
        type="text"
        className="cell-input"
        data-cell={id}
        aria-label={label}
        inputMode={INPUT_MODE[kind]}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="next"
        aria-invalid={error || severity ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {/* A refused entry's reason shows at the focused cell only; elsewhere a marker (the cell's
          icon) and, for screen readers, the same text hidden. */}
      {error && (
        <span id={ids.error} className={isActive ? 'cell-error' : 'visually-hidden'}>
          {error}
          <span className="cell-error-hint">（Esc 恢复原值）</span>
        </span>
      )}
      {isActive && previousText !== undefined && (
        <span className="cell-previous" aria-hidden="true">
          上年 {previousText === '' ? '未填' : previousText}
        </span>
      )}
    </td>
  );
});

export interface DerivedCellProps {
  readonly id: CellId;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly gridId: string;
  readonly data: ValueStore<GridData>;
  readonly cells: CellTexts;
}

const committedValueOf = (id: CellId) => (d: GridData) => d.values.get(id) ?? null;

/** A total: not editable, shaded, focusable only from a finding (focusCell); shows the live sum while a figure is typed. */
export const DerivedCell = memo(function DerivedCell({
  id,
  rowSpan,
  colSpan,
  gridId,
  data,
  cells,
}: DerivedCellProps) {
  const committed = useGridData(data, committedValueOf(id));
  const severity = useGridData(data, severityOf(id));
  const liveValue = useCellText(cells, id, (c) => c.liveTotal(id));
  const involved = useGridData(data, highlightedOf(id));
  const value = liveValue !== undefined ? liveValue : committed;
  const className = [
    'value',
    'derived',
    severity ? `flagged sev-${severity}` : '',
    liveValue !== undefined && liveValue !== committed ? 'live' : '',
    involved ? 'involved' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td
      rowSpan={rowSpan}
      colSpan={colSpan}
      className={className}
      data-cell={id}
      tabIndex={-1}
      aria-describedby={[`${gridId}-derived`, severity ? describeIds(gridId, id).findings : '']
        .filter(Boolean)
        .join(' ')}
    >
      {formatCellValue(value)}
    </td>
  );
});
