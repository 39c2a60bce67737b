/**
 * Autosave scheduling, free of any framework: the editor calls `schedule()` on every change and
 * the autosaver calls `save()` (which reads the latest data itself) once typing pauses for
 * `delayMs`, and at the latest `maxDelayMs` after the first unsaved change, so a change reaches
 * storage within a second even during continuous typing. Saves never overlap: a save due while
 * one runs starts right after it. `installPageHideFlush` saves at once when the page is hidden.
 */

export type AutosaveStatus =
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: number }
  /** `error` is what `save` threw (e.g. a StorageError); the changes stay unsaved. */
  | { readonly state: 'error'; readonly error: unknown; readonly at: number };

export interface AutosaverOptions {
  /** Saves the latest data; its rejection is reported as status 'error'. */
  readonly save: () => Promise<void>;
  /** Quiet time after the last change before saving; default 500 ms. */
  readonly delayMs?: number;
  /** Longest wait from the first unsaved change to the save starting; default 1000 ms. */
  readonly maxDelayMs?: number;
  readonly onStatus?: (status: AutosaveStatus) => void;
  /** Clock for the status times; defaults to Date.now. */
  readonly now?: () => number;
}

export interface Autosaver {
  /** Notes a change: a save will start within `maxDelayMs`. */
  schedule(): void;
  /**
   * Saves pending changes now (and waits for a running save). Resolves when everything scheduled
   * so far is saved; rejects with the save's error if it fails (also reported as status 'error').
   */
  flush(): Promise<void>;
  /** True while changes are waiting or being saved (e.g. for a beforeunload warning). */
  hasUnsavedChanges(): boolean;
  /**
   * Cancels the pending timer (teardown); call `flush()` first to keep the changes. Not final: a
   * later `schedule()` arms it again, so an editor that React StrictMode unmounts and remounts
   * with the same autosaver keeps saving, and a stray change is saved rather than lost.
   */
  dispose(): void;
}

/**
 * After a failed save the changes stay pending and are retried on the next `schedule()` or
 * `flush()` (not automatically: a full disk or a conflict will not fix itself).
 */
export function createAutosaver({
  save,
  delayMs = 500,
  maxDelayMs = 1000,
  onStatus,
  now = Date.now,
}: AutosaverOptions): Autosaver {
  let dirty = false;
  let firstDirtyAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  /** A save became due while one was running. */
  let again = false;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const emit = (status: AutosaveStatus) => {
    try {
      onStatus?.(status);
    } catch (error) {
      console.error('xxgk-nianbao: autosave status listener failed', error);
    }
  };

  const loop = async (): Promise<void> => {
    do {
      again = false;
      dirty = false;
      firstDirtyAt = null;
      clearTimer();
      emit({ state: 'saving' });
      try {
        await save();
      } catch (error) {
        dirty = true;
        emit({ state: 'error', error, at: now() });
        throw error;
      }
      emit({ state: 'saved', at: now() });
    } while (again && dirty);
  };

  /** Starts a save now, or right after the running one. */
  const saveNow = (): Promise<void> => {
    if (running) {
      if (dirty) again = true;
      return running;
    }
    if (!dirty) return Promise.resolve();
    const run = loop().finally(() => {
      running = null;
    });
    running = run;
    return run;
  };

  return {
    schedule() {
      dirty = true;
      const t = now();
      firstDirtyAt ??= t;
      clearTimer();
      const wait = Math.max(0, Math.min(delayMs, firstDirtyAt + maxDelayMs - t));
      timer = setTimeout(() => {
        timer = undefined;
        // The failure is reported through onStatus.
        saveNow().catch(() => {});
      }, wait);
    },
    flush() {
      clearTimer();
      return saveNow();
    },
    hasUnsavedChanges() {
      return dirty || running !== null;
    },
    dispose() {
      clearTimer();
    },
  };
}

export interface PageHideTargets {
  /** Receives 'pagehide'; defaults to globalThis.window. */
  readonly window?: EventTarget;
  /** Receives 'visibilitychange'; defaults to globalThis.document. */
  readonly document?: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

/**
 * Flushes when the page is hidden (tab switched, window minimised, navigation, close): on
 * 'visibilitychange' to hidden (the last event a browser reliably delivers) and on 'pagehide'.
 * Returns the function that removes the listeners.
 */
export function installPageHideFlush(
  autosaver: Pick<Autosaver, 'flush'>,
  targets: PageHideTargets = {},
): () => void {
  const scope = globalThis as { window?: EventTarget; document?: PageHideTargets['document'] };
  const win = targets.window ?? scope.window;
  const doc = targets.document ?? scope.document;
  // A failure is reported through the autosaver's status.
  const flush = () => void autosaver.flush().catch(() => {});
  const onVisibilityChange = () => {
    if (doc?.visibilityState === 'hidden') flush();
  };
  win?.addEventListener('pagehide', flush);
  doc?.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    win?.removeEventListener('pagehide', flush);
    doc?.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
