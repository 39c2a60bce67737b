/**
 * Small external stores of the grid, so that a keystroke, a commit or a focus change re-renders
 * only the cells concerned (useSyncExternalStore per cell, selecting a primitive) and never the
 * whole table:
 * - grid data: the report, its findings by cell and last year's report (set when props change);
 * - live totals: what a derived total would be with the text being typed (until it is committed);
 * - the focused cell (for last year's value beside it and in the status line).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { CellId, CellValue, Finding, Report, Severity } from '../../../domain/index.ts';
import { ValueStore } from '../../shared/value-store.ts';

export { ValueStore };

type Listener = () => void;

/** Values keyed by cell id, with listeners per id. */
export class KeyedStore<V> {
  private readonly values = new Map<CellId, V>();
  private readonly listeners = new Map<CellId, Set<Listener>>();

  get(id: CellId): V | undefined {
    return this.values.get(id);
  }

  set(id: CellId, value: V | undefined): void {
    const had = this.values.has(id);
    if (value === undefined ? !had : had && Object.is(this.values.get(id), value)) return;
    if (value === undefined) this.values.delete(id);
    else this.values.set(id, value);
    this.listeners.get(id)?.forEach((l) => l());
  }

  clear(): void {
    for (const id of [...this.values.keys()]) this.set(id, undefined);
  }

  subscribe(id: CellId, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }
}

export interface GridData {
  readonly report: Report;
  /** The committed value of every cell of the table (looked up once per report, not once per cell render). */
  readonly values: ReadonlyMap<CellId, CellValue>;
  readonly findingsByCell: ReadonlyMap<CellId, readonly Finding[]>;
  /** The worst severity of each cell's findings. */
  readonly severities: ReadonlyMap<CellId, Severity>;
  /** Last year's value of each cell of the table (with its totals); absent without last year's report. */
  readonly previousValues?: ReadonlyMap<CellId, CellValue | undefined>;
}

/** A primitive picked from the grid data; the component re-renders only when it changes. */
export function useGridData<T extends string | number | boolean | null | undefined>(
  store: ValueStore<GridData>,
  select: (data: GridData) => T,
): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The live (uncommitted) value of a derived cell, or undefined when it shows the committed one. */
export function useLiveTotal(store: KeyedStore<CellValue>, id: CellId): CellValue | undefined {
  const subscribe = useCallback((l: Listener) => store.subscribe(id, l), [store, id]);
  return useSyncExternalStore(subscribe, () => store.get(id));
}

/** Whether `id` is the focused cell (re-renders only when that flips). */
export function useIsActive(store: ValueStore<CellId | null>, id: CellId): boolean {
  return useSyncExternalStore(store.subscribe, () => store.get() === id);
}

export function useActiveCell(store: ValueStore<CellId | null>): CellId | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
