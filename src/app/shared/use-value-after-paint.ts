/**
 * `value`, one frame late: a change shows up after the frame that painted it, in a transition.
 * Used for work that follows an edit (the full re-check, the findings panel) so that it never
 * runs between a keystroke and its paint. (useDeferredValue's render is scheduled as a task that
 * Chromium often runs before that frame.)
 */
import { startTransition, useEffect, useState } from 'react';

export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const update = () => startTransition(() => setShown(value));
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A hidden page paints no frames: no reason to wait for one.
    if (document.visibilityState === 'hidden') {
      timer = setTimeout(update, 0);
      return () => clearTimeout(timer);
    }
    // requestAnimationFrame runs just before the frame is painted; the task it posts, after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(update, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
