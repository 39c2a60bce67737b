import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, installPageHideFlush, type AutosaveStatus } from './index.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-10T09:00:00+08:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** An editor's data and a save that snapshots it, takes `saveMs`, and records overlap. */
function harness(saveMs = 0, fail?: () => boolean) {
  const state = {
    data: 0,
    saved: [] as number[],
    startedAt: [] as number[],
    active: 0,
    maxActive: 0,
    statuses: [] as AutosaveStatus[],
  };
  const save = async () => {
    state.active++;
    state.maxActive = Math.max(state.maxActive, state.active);
    state.startedAt.push(Date.now());
    const snapshot = state.data;
    try {
      if (saveMs > 0) await new Promise((resolve) => setTimeout(resolve, saveMs));
      if (fail?.()) throw new Error('disk full');
      state.saved.push(snapshot);
    } finally {
      state.active--;
    }
  };
  const saver = createAutosaver({ save, onStatus: (s) => state.statuses.push(s) });
  const change = () => {
    state.data++;
    saver.schedule();
  };
  return { state, saver, change };
}

describe('createAutosaver', () => {
  it('coalesces a burst of changes into one save 500 ms after the last', async () => {
    const { state, saver, change } = harness();
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) {
      change();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(state.saved).toEqual([]);
    expect(saver.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(state.saved).toEqual([4]);
    expect(state.startedAt).toEqual([t0 + 300 + 500]);
    expect(state.statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
    expect(state.statuses[1]).toEqual({ state: 'saved', at: t0 + 800 });
    expect(saver.hasUnsavedChanges()).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(state.saved).toEqual([4]);
  });

  it('saves within one second of a change even while typing never pauses', async () => {
    const { state, change } = harness(20);
    const changes: number[] = [];
    for (let i = 0; i < 40; i++) {
      changes.push(Date.now());
      change();
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(2000);
    // Every change is followed by a save start no later than 1 s after it.
    for (const t of changes)
      expect(state.startedAt.find((s) => s >= t)! - t).toBeLessThanOrEqual(1000);
    expect(state.saved.at(-1)).toBe(40);
    expect(state.maxActive).toBe(1);
  });

  it('never overlaps saves: one due during a save runs right after it, with the latest data', async () => {
    const { state, saver, change } = harness(300);
    change(); // data 1
    await vi.advanceTimersByTimeAsync(500); // save 1 starts (takes 300 ms)
    expect(state.active).toBe(1);
    change(); // data 2, due at +500 … but also flushed:
    change(); // data 3
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(299);
    expect(state.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.saved).toEqual([1]);
    expect(state.active).toBe(1); // the second save started right away
    await vi.advanceTimersByTimeAsync(300);
    await flushed;
    expect(state.saved).toEqual([1, 3]);
    expect(state.maxActive).toBe(1);
    expect(state.statuses.map((s) => s.state)).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  it('a change during a slow save without a flush waits for its own timer', async () => {
    const { state, change } = harness(100);
    change();
    await vi.advanceTimersByTimeAsync(500); // save 1 runs 500..600
    await vi.advanceTimersByTimeAsync(50);
    change(); // at 550, due at 1050
    await vi.advanceTimersByTimeAsync(100);
    expect(state.saved).toEqual([1]);
    expect(state.active).toBe(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(state.active).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.saved).toEqual([1, 2]);
  });

  it('flush saves pending changes at once and resolves when stored; with nothing pending it does not save', async () => {
    const { state, saver, change } = harness(10);
    await saver.flush();
    expect(state.startedAt).toEqual([]);
    change();
    let done = false;
    const flushed = saver.flush().then(() => (done = true));
    expect(state.active).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    await flushed;
    expect(done).toBe(true);
    expect(state.saved).toEqual([1]);
    // The cancelled timer does not save again.
    await vi.advanceTimersByTimeAsync(2000);
    expect(state.saved).toEqual([1]);
  });

  it('reports a failed save, keeps the changes pending and retries on the next change', async () => {
    let failing = true;
    const { state, saver, change } = harness(0, () => failing);
    change();
    await vi.advanceTimersByTimeAsync(500);
    expect(state.statuses.map((s) => s.state)).toEqual(['saving', 'error']);
    const error = state.statuses[1];
    expect(error?.state === 'error' && error.error instanceof Error && error.error.message).toBe(
      'disk full',
    );
    expect(saver.hasUnsavedChanges()).toBe(true);
    await expect(saver.flush()).rejects.toThrow('disk full');
    await vi.advanceTimersByTimeAsync(5000);
    expect(state.startedAt).toHaveLength(2); // no automatic retry loop
    failing = false;
    change();
    await vi.advanceTimersByTimeAsync(500);
    expect(state.saved).toEqual([2]);
    expect(state.statuses.at(-1)?.state).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('dispose cancels the pending save; a later change (StrictMode remount) schedules again', async () => {
    const { state, saver, change } = harness();
    change();
    saver.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(state.startedAt).toEqual([]);
    expect(saver.hasUnsavedChanges()).toBe(true);
    change();
    await vi.advanceTimersByTimeAsync(500);
    expect(state.saved).toEqual([2]);
    saver.dispose();
  });
});

describe('installPageHideFlush', () => {
  it('flushes on pagehide and when the page becomes hidden, until removed', async () => {
    const { state, saver, change } = harness();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    const remove = installPageHideFlush(saver, { window: win, document: doc });

    change();
    doc.dispatchEvent(new Event('visibilitychange')); // still visible
    await vi.advanceTimersByTimeAsync(0);
    expect(state.saved).toEqual([]);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.saved).toEqual([1]);

    change();
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.saved).toEqual([1, 2]);

    remove();
    change();
    win.dispatchEvent(new Event('pagehide'));
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.saved).toEqual([1, 2]);
    saver.dispose();
  });
});
