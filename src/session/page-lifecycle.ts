/**
 * Keeps an open draft when the page goes away: on 'pagehide', 'visibilitychange' to hidden and
 * 'beforeunload' the session journals its latest state with a request issued inside the handler
 * (nothing awaited first: after the handler, a closing page runs no more script), and while
 * anything is unsaved or a save failed, closing or reloading the tab asks for confirmation.
 */
import type { DraftSession } from './draft-session.ts';

export interface PageTargets {
  /** Receives 'pagehide' and 'beforeunload'; defaults to globalThis.window. */
  readonly window?: EventTarget;
  /** Receives 'visibilitychange'; defaults to globalThis.document. */
  readonly document?: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

/** Installs the handlers; returns the function that removes them. */
export function installPageLifecycle(
  session: Pick<DraftSession, 'writeJournal' | 'hasUnsavedChanges'>,
  targets: PageTargets = {},
): () => void {
  const scope = globalThis as { window?: EventTarget; document?: PageTargets['document'] };
  const win = targets.window ?? scope.window;
  const doc = targets.document ?? scope.document;
  const onHide = () => session.writeJournal();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') session.writeJournal();
  };
  const onBeforeUnload = (event: Event) => {
    session.writeJournal();
    if (!session.hasUnsavedChanges()) return;
    event.preventDefault();
  };
  win?.addEventListener('pagehide', onHide);
  win?.addEventListener('beforeunload', onBeforeUnload);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    win?.removeEventListener('pagehide', onHide);
    win?.removeEventListener('beforeunload', onBeforeUnload);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
