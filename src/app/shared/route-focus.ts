/**
 * After the app moves to another page (a new route, the import review, a report view), focus goes
 * to the new page's heading instead of falling to <body>: a keyboard or screen-reader user starts
 * on the page they asked for. Pages that load lazily are waited for; a page that focuses
 * something itself (or a user who has clicked into the new page meanwhile) is left alone.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** How long to wait for a lazily loaded page to show its heading. */
const WAIT_MS = 10_000;

const shown = (el: Element): boolean => el.isConnected && el.getClientRects().length > 0;

/**
 * Focus is on nothing of the new page: on <body>, outside the app, on the header's links, or on
 * the page left behind (hidden while the new one loads, or gone).
 */
function focusLost(root: HTMLElement): boolean {
  const active = document.activeElement;
  return (
    active === null ||
    active === document.body ||
    !root.contains(active) ||
    active.closest('.app-header') !== null ||
    !shown(active)
  );
}

/**
 * Once the new page shows its heading: focuses it if focus is lost, and says it is done; false
 * while there is no shown heading yet (the page left behind may still be in the document, hidden).
 */
function settleFocus(root: HTMLElement): boolean {
  const heading = [...root.querySelectorAll<HTMLElement>('h1')].find(shown);
  if (!heading) return false;
  if (focusLost(root)) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }
  return true;
}

/** Call with a key that changes when the page changes; `root` holds the header and every page. */
export function useFocusOnPageChange(pageKey: string, root: RefObject<HTMLElement | null>): void {
  const previous = useRef(pageKey);
  useEffect(() => {
    // The first page of a load keeps the browser's own focus.
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    const container = root.current;
    if (!container || settleFocus(container)) return;
    const observer = new MutationObserver(() => {
      if (settleFocus(container)) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(container, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    return stop;
  }, [pageKey, root]);
}
