import { useSyncExternalStore } from 'react';

/**
 * The app's location lives in the URL hash (#/draft/<id>), so it works from any static server
 * and from the single HTML file opened with file://, where there is no server to route paths.
 */
export type Route =
  | { readonly page: 'drafts' }
  | { readonly page: 'aggregate' }
  | { readonly page: 'help' }
  | { readonly page: 'editor'; readonly draftId: string };

function parse(hash: string): Route {
  if (/^#\/aggregate\b/.test(hash)) return { page: 'aggregate' };
  if (/^#\/help\b/.test(hash)) return { page: 'help' };
  const m = /^#\/draft\/([\w-]+)/.exec(hash);
  return m ? { page: 'editor', draftId: m[1]! } : { page: 'drafts' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

export function navigate(route: Route): void {
  window.location.hash =
    route.page === 'editor'
      ? `#/draft/${route.draftId}`
      : route.page === 'aggregate'
        ? '#/aggregate'
        : route.page === 'help'
          ? '#/help'
          : '#/';
}
