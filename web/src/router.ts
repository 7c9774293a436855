// Minimal client-side router on the History API.
// The server answers index.html for every non-/api path, so deep links work on reload.

import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  | { name: 'commune'; code: string }
  | { name: 'login' }
  | { name: 'password' }
  | { name: 'admin' }
  | { name: 'audit' }
  | { name: 'cpts-list' }
  | { name: 'cpts'; id: string }
  | { name: 'coverage' }
  | { name: 'not-found'; path: string };

/** Pages without parameters, by path. */
const STATIC_ROUTES: Record<string, Route> = {
  '/': { name: 'home' },
  '/connexion': { name: 'login' },
  '/mot-de-passe': { name: 'password' },
  '/administration': { name: 'admin' },
  '/audit': { name: 'audit' },
  '/cpts': { name: 'cpts-list' },
  '/couverture': { name: 'coverage' },
};

export const LOGIN_PATH = '/connexion';
export const PASSWORD_PATH = '/mot-de-passe';
export const ADMIN_PATH = '/administration';
export const AUDIT_PATH = '/audit';
export const CPTS_LIST_PATH = '/cpts';
export const COVERAGE_PATH = '/couverture';

const NAVIGATE_EVENT = 'maillage:navigate';

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const route = STATIC_ROUTES[path];
  if (route) return route;
  const cpts = /^\/cpts\/([0-9a-f]+)$/.exec(path);
  if (cpts) return { name: 'cpts', id: cpts[1] };
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

export function cptsPath(id: string): string {
  return `/cpts/${encodeURIComponent(id)}`;
}

export function communePath(code: string): string {
  return `/communes/${encodeURIComponent(code)}`;
}

/** The current path with its query string, as given back by returnPath(). */
export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

/** `path` with `?retour=<where>` (the page to come back to after signing in). */
export function withReturn(path: string, where: string): string {
  return where === '/' ? path : `${path}?retour=${encodeURIComponent(where)}`;
}

/** The `retour` parameter of the current URL when it is a local page, else "/". */
export function returnPath(): string {
  const value = new URLSearchParams(window.location.search).get('retour') ?? '';
  // Only local paths: "//host" or "/\\host" would leave the site.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  const path = value.split(/[?#]/, 1)[0];
  return path === LOGIN_PATH || path === PASSWORD_PATH ? '/' : value;
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
