// Minimal client-side router on the History API.
// The server answers index.html for every non-/api path, so deep links work on reload.

import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  | { name: 'commune'; code: string }
  | { name: 'not-found'; path: string };

const NAVIGATE_EVENT = 'maillage:navigate';

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  const commune = /^\/communes\/([^/]+)$/.exec(path);
  if (commune) {
    try {
      return { name: 'commune', code: decodeURIComponent(commune[1]) };
    } catch {
      return { name: 'not-found', path: pathname };
    }
  }
  return { name: 'not-found', path: pathname };
}

export function communePath(code: string): string {
  return `/communes/${encodeURIComponent(code)}`;
}

/** Navigates without reloading the page; a no-op when already on `path`. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (path === current) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current route, updated on navigate() and on the browser's back/forward buttons. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => matchRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(matchRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return route;
}
