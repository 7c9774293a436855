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
  | { name: 'directory' }
  | { name: 'professional'; id: string }
  | { name: 'structure'; finess: string }
  | { name: 'memberships'; cptsId: string }
  | { name: 'mt-queue'; cptsId: string }
  | { name: 'mt-request'; cptsId: string; requestId: string }
  | { name: 'mt-allocation'; cptsId: string }
  | { name: 'mt-census'; cptsId: string }
  | { name: 'mt-indicators'; cptsId: string }
  | { name: 'snp-queue'; cptsId: string }
  | { name: 'snp-request'; cptsId: string; requestId: string }
  | { name: 'snp-planning'; cptsId: string }
  | { name: 'snp-resources'; cptsId: string }
  | { name: 'snp-indicators'; cptsId: string }
  | { name: 'snp-public'; cptsId: string }
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
  '/annuaire': { name: 'directory' },
};

export const LOGIN_PATH = '/connexion';
export const PASSWORD_PATH = '/mot-de-passe';
export const ADMIN_PATH = '/administration';
export const AUDIT_PATH = '/audit';
export const CPTS_LIST_PATH = '/cpts';
export const COVERAGE_PATH = '/couverture';
export const DIRECTORY_PATH = '/annuaire';

const NAVIGATE_EVENT = 'maillage:navigate';

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const route = STATIC_ROUTES[path];
  if (route) return route;
  const cpts = /^\/cpts\/([0-9a-f]+)$/.exec(path);
  if (cpts) return { name: 'cpts', id: cpts[1] };
  const memberships = /^\/cpts\/([0-9a-f]+)\/adhesions$/.exec(path);
  if (memberships) return { name: 'memberships', cptsId: memberships[1] };
  const mt = /^\/cpts\/([0-9a-f]+)\/medecin-traitant(?:\/(repartition|recensement|indicateurs)|\/demandes\/([0-9a-f]+))?$/.exec(path);
  if (mt) return mtRoute(mt[1], mt[2], mt[3]);
  const snp = /^\/cpts\/([0-9a-f]+)\/snp(?:\/(planning|ressources|indicateurs)|\/demandes\/([0-9A-Za-z_-]+))?$/.exec(path);
  if (snp) return snpRoute(snp[1], snp[2], snp[3]);
  const snpPublic = /^\/public\/cpts\/([0-9a-f]+)\/snp$/.exec(path);
  if (snpPublic) return { name: 'snp-public', cptsId: snpPublic[1] };
  const professional = /^\/annuaire\/professionnels\/([0-9A-Za-z]+)$/.exec(path);
  if (professional) return { name: 'professional', id: professional[1] };
  const structure = /^\/annuaire\/structures\/([0-9A-Za-z]+)$/.exec(path);
  if (structure) return { name: 'structure', finess: structure[1] };
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

export function membershipsPath(cptsId: string): string {
  return `/cpts/${encodeURIComponent(cptsId)}/adhesions`;
}

const MT_PAGES = { repartition: 'mt-allocation', recensement: 'mt-census', indicateurs: 'mt-indicators' } as const;

/** The médecin-traitant page of a CPTS: the queue, one request, or a sub-page. */
function mtRoute(cptsId: string, page: string | undefined, requestId: string | undefined): Route {
  if (requestId) return { name: 'mt-request', cptsId, requestId };
  return { name: page ? MT_PAGES[page as keyof typeof MT_PAGES] : 'mt-queue', cptsId };
}

export type MtPage = keyof typeof MT_PAGES;

/** The médecin-traitant queue of a CPTS, or one of its pages (répartition, recensement, indicateurs). */
export function mtPath(cptsId: string, page?: MtPage): string {
  const queue = `/cpts/${encodeURIComponent(cptsId)}/medecin-traitant`;
  return page ? `${queue}/${page}` : queue;
}

export function mtRequestPath(cptsId: string, requestId: string): string {
  return `${mtPath(cptsId)}/demandes/${encodeURIComponent(requestId)}`;
}

const SNP_PAGES = { planning: 'snp-planning', ressources: 'snp-resources', indicateurs: 'snp-indicators' } as const;

/** The unscheduled-care page of a CPTS: the requests, one request, or a sub-page. */
function snpRoute(cptsId: string, page: string | undefined, requestId: string | undefined): Route {
  if (requestId) return { name: 'snp-request', cptsId, requestId };
  return { name: page ? SNP_PAGES[page as keyof typeof SNP_PAGES] : 'snp-queue', cptsId };
}

export type SnpPage = keyof typeof SNP_PAGES;

/** The unscheduled-care requests of a CPTS, or one of its pages (planning, ressources, indicateurs). */
export function snpPath(cptsId: string, page?: SnpPage, query = ''): string {
  const queue = `/cpts/${encodeURIComponent(cptsId)}/snp`;
  return (page ? `${queue}/${page}` : queue) + query;
}

export function snpRequestPath(cptsId: string, requestId: string): string {
  return `${snpPath(cptsId)}/demandes/${encodeURIComponent(requestId)}`;
}

/** The list of unscheduled-care resources a CPTS publishes, open to anyone. */
export function snpPublicPath(cptsId: string): string {
  return `/public/cpts/${encodeURIComponent(cptsId)}/snp`;
}

export function professionalPath(nationalId: string): string {
  return `/annuaire/professionnels/${encodeURIComponent(nationalId)}`;
}

export function structurePath(finess: string): string {
  return `/annuaire/structures/${encodeURIComponent(finess)}`;
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

/** A value read from the location, read again on navigate() and on the back/forward buttons. */
function useLocationValue<T>(read: () => T): T {
  const [value, setValue] = useState<T>(read);
  useEffect(() => {
    const update = () => setValue(read);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return value;
}

/** The current route, updated on navigate() and on the browser's back/forward buttons. */
export function useRoute(): Route {
  return useLocationValue(() => matchRoute(window.location.pathname));
}

/**
 * The current query string ("?q=…"), for pages that keep their state in the URL: the route
 * alone does not change when only the query does.
 */
export function useQueryString(): string {
  return useLocationValue(() => window.location.search);
}
