/**
 * Small external stores of the grid, so that a keystroke, a commit or a focus change re-renders
 * only the cells concerned (useSyncExternalStore per cell, selecting a primitive) and never the
 * whole table:
 * - grid data: the report, its findings by cell and last year's report (set when props change);
 * - one cell of the cell texts (pending text, message, live total), from the session;
 * - the focused cell (for last year's value beside it and in the status line).
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  type CellId,
  type CellValue,
  type Note,
  type Report,
  type Severity,
} from '../../../domain/index.ts';
import type { CellTexts } from '../../../session/index.ts';
import { ValueStore } from '../../shared/value-store.ts';
import { noteMessage } from '../../../domain/wording/notes/index.ts';

export { ValueStore };

type Listener = () => void;

export interface GridData {
  readonly report: Report;
  /** The committed value of every cell of the table (looked up once per report, not once per cell render). */
  readonly values: ReadonlyMap<CellId, CellValue>;
  readonly findingsByCell: ReadonlyMap<CellId, readonly CellMark[]>;
  /** The worst severity of each cell's findings. */
  readonly severities: ReadonlyMap<CellId, Severity>;
  /** Last year's value of each cell of the table (with its totals); absent without last year's report. */
  readonly previousValues?: ReadonlyMap<CellId, CellValue | undefined>;
  /** The cells of the finding last chosen in the findings panel (highlighted). */
  readonly highlighted?: ReadonlySet<CellId>;
}

/** What the grid shows of a note at a cell: its severity (the cell's colour) and its sentence. */
export interface CellMark {
  readonly severity: Severity;
  readonly message: string;
}

/** The open notes (not info, not acknowledged) by cell, as the grid marks them. */
export function cellMarks(
  notes: readonly (Note & { readonly acknowledgement?: string })[],
): Map<CellId, CellMark[]> {
  const map = new Map<CellId, CellMark[]>();
  for (const n of notes) {
    if (n.severity === 'info' || n.acknowledgement !== undefined) continue;
    const mark = { severity: n.severity, message: noteMessage(n) };
    for (const id of n.cells) map.set(id, [...(map.get(id) ?? []), mark]);
  }
  return map;
}

/** A primitive picked from the grid data; the component re-renders only when it changes. */
export function useGridData<T extends string | number | boolean | null | undefined>(
  store: ValueStore<GridData>,
  select: (data: GridData) => T,
): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** Something picked from one cell of the cell texts; re-renders only when it changes. */
export function useCellText<T>(cells: CellTexts, id: CellId, select: (cells: CellTexts) => T): T {
  const subscribe = useCallback((l: Listener) => cells.subscribeCell(id, l), [cells, id]);
  return useSyncExternalStore(subscribe, () => select(cells));
}

/** Whether `id` is the focused cell (re-renders only when that flips). */
export function useIsActive(store: ValueStore<CellId | null>, id: CellId): boolean {
  return useSyncExternalStore(store.subscribe, () => store.get() === id);
}

export function useActiveCell(store: ValueStore<CellId | null>): CellId | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
