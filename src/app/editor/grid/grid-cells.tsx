/**
 * The cells of the editable grid. Their props never change after mount: each cell picks its own
 * committed figure, findings and last year's figure from the grid-data store, so a commit
 * re-renders only the cells whose figure or findings changed, and typing re-renders none (the
 * inputs are uncontrolled, registered with react-hook-form); the totals a typed figure feeds
 * follow it through the live-totals store.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import { useFormState, type Control, type UseFormReturn } from 'react-hook-form';
import {
  type CellId,
  type CellKind,
  type CellValue,
  type Finding,
  type Severity,
} from '../../../domain/index.ts';
import { formatCellValue } from '../../format-number.ts';
import {
  useGridData,
  useIsActive,
  useLiveTotal,
  type GridData,
  type KeyedStore,
  type ValueStore,
} from './cell-store.ts';
import { describeIds, fieldName, type GridTexts } from './grid-fields.ts';

export type GridForm = Pick<
  UseFormReturn<GridTexts>,
  'register' | 'setValue' | 'clearErrors' | 'getFieldState'
> & {
  readonly control: Control<GridTexts>;
};

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The worst severity among a cell's findings. */
export function worstSeverity(findings: readonly Finding[] | undefined): Severity | undefined {
  if (!findings || findings.length === 0) return undefined;
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s));
}

const committedTextOf = (id: CellId) => (d: GridData) => formatCellValue(d.values.get(id));
const severityOf = (id: CellId) => (d: GridData) => d.severities.get(id);
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
  readonly form: GridForm;
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
  form,
  data,
  active,
}: EntryCellProps) {
  const name = fieldName(id);
  const committedText = useGridData(data, committedTextOf(id));
  const severity = useGridData(data, severityOf(id));
  const previousText = useGridData(data, previousTextOf(id));
  const { errors } = useFormState({ control: form.control, name, exact: true });
  const error = errors[name]?.message;
  const isActive = useIsActive(active, id);

  // A committed value changed (undo, redo, a paste, a commit): show it, even in the input being
  // edited; an unchanged committed value leaves the text being typed alone.
  const shown = useRef(committedText);
  useLayoutEffect(() => {
    if (shown.current === committedText) return;
    shown.current = committedText;
    form.setValue(name, committedText);
    if (form.getFieldState(name).invalid) form.clearErrors(name);
  }, [committedText, form, name]);

  const ids = describeIds(gridId, id);
  const describedBy = [error ? ids.error : '', severity ? ids.findings : '']
    .filter(Boolean)
    .join(' ');
  const className = [
    'value',
    'entered',
    severity ? `flagged sev-${severity}` : '',
    error ? 'input-error' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td rowSpan={rowSpan} colSpan={colSpan} className={className}>
      <input
        {...form.register(name)}
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
      {error && (
        <span id={ids.error} className="cell-error">
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
  readonly live: KeyedStore<CellValue>;
}

const committedValueOf = (id: CellId) => (d: GridData) => d.values.get(id) ?? null;

/** A total: not editable, shaded, focusable only from a finding (focusCell); shows the live sum while a figure is typed. */
export const DerivedCell = memo(function DerivedCell({
  id,
  rowSpan,
  colSpan,
  gridId,
  data,
  live,
}: DerivedCellProps) {
  const committed = useGridData(data, committedValueOf(id));
  const severity = useGridData(data, severityOf(id));
  const liveValue = useLiveTotal(live, id);
  const value = liveValue !== undefined ? liveValue : committed;
  const className = [
    'value',
    'derived',
    severity ? `flagged sev-${severity}` : '',
    liveValue !== undefined && liveValue !== committed ? 'live' : '',
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
