import { useCallback, useState } from 'react';
import {
  setCellValue,
  withTotals,
  withTotalsAfter,
  type CellId,
  type CellValue,
  type Report,
} from '../../domain/index.ts';

const MAX_UNDO = 200;

interface History {
  readonly report: Report;
  readonly past: readonly Report[];
  readonly future: readonly Report[];
  /** Typing in one text area within a short time is one undo step. */
  readonly lastKey?: string;
  readonly lastAt?: number;
}

const COALESCE_MS = 1500;

export interface ReportHistory {
  readonly report: Report;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Applies cell changes as one undo step; derived totals are recomputed. */
  readonly commitCells: (changes: readonly { id: CellId; value: CellValue }[]) => void;
  /** Replaces the report as one undo step; edits with the same `coalesceKey` in quick succession merge. */
  readonly commitReport: (update: (report: Report) => Report, coalesceKey?: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** The editor's report with undo / redo across typing, paste and narrative edits. */
export function useReportHistory(initial: Report): ReportHistory {
  const [h, setH] = useState<History>(() => ({
    report: withTotals(initial),
    past: [],
    future: [],
  }));
  const commitReport = useCallback((update: (report: Report) => Report, coalesceKey?: string) => {
    setH((cur) => {
      const next = update(cur.report);
      if (next === cur.report) return cur;
      const now = Date.now();
      const merge =
        coalesceKey !== undefined &&
        coalesceKey === cur.lastKey &&
        now - (cur.lastAt ?? 0) < COALESCE_MS;
      const past = merge ? cur.past : [...cur.past.slice(-MAX_UNDO + 1), cur.report];
      return {
        report: next,
        past,
        future: [],
        ...(coalesceKey !== undefined ? { lastKey: coalesceKey, lastAt: now } : {}),
      };
    });
  }, []);
  const commitCells = useCallback(
    (changes: readonly { id: CellId; value: CellValue }[]) =>
      commitReport((report) => {
        const next = changes.reduce((r, c) => setCellValue(r, c.id, c.value), report);
        return next === report
          ? report
          : withTotalsAfter(
              next,
              changes.map((c) => c.id),
            );
      }),
    [commitReport],
  );
  const undo = useCallback(
    () =>
      setH((cur) => {
        const prev = cur.past[cur.past.length - 1];
        return prev
          ? { report: prev, past: cur.past.slice(0, -1), future: [cur.report, ...cur.future] }
          : cur;
      }),
    [],
  );
  const redo = useCallback(
    () =>
      setH((cur) => {
        const [next, ...rest] = cur.future;
        return next ? { report: next, past: [...cur.past, cur.report], future: rest } : cur;
      }),
    [],
  );
  return {
    report: h.report,
    canUndo: h.past.length > 0,
    canRedo: h.future.length > 0,
    commitCells,
    commitReport,
    undo,
    redo,
  };
}
