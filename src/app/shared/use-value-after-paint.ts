/**
 * `value`, one frame late: a change shows up after the frame that painted it, in a transition.
 * Used for work that follows an edit (the full re-check, the findings panel) so that it never
 * runs between a keystroke and its paint. (useDeferredValue's render is scheduled as a task that
 * Chromium often runs before that frame.) Changes that come faster than frames are taken
 * together: the update is scheduled once and shows the latest value, so it is never put off for
 * as long as the changes keep coming.
 */
import { startTransition, useEffect, useRef, useState } from 'react';

export function useValueAfterPaint<T>(value: T): T {
  // Boxed: a function value must not be taken for a state updater.
  const [shown, setShown] = useState<{ readonly value: T }>({ value });
  const latest = useRef(value);
  const pending = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    latest.current = value;
    if (Object.is(shown.value, value) || pending.current) return;
    pending.current = true;
    const update = () => {
      pending.current = false;
      if (mounted.current) startTransition(() => setShown({ value: latest.current }));
    };
    // A hidden page paints no frames: no reason to wait for one. Otherwise requestAnimationFrame
    // runs just before the frame is painted, and the task it posts runs after it.
    if (document.visibilityState === 'hidden') setTimeout(update, 0);
    else requestAnimationFrame(() => setTimeout(update, 0));
  }, [value, shown]);

  return shown.value;
}
