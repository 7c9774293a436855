// The directory search kept in the page's URL (/annuaire?q=kiné&pres=13202&rayon=10…), so that a
// search can be shared and the browser's back button returns to the previous one. The URL uses
// French parameter names; toQuery() turns them into the API's.

import type { DirectoryKind, DirectoryQuery } from './directory-api';

export interface DirectorySearch {
  q: string;
  kind: DirectoryKind;
  /** A profession code ('' for every profession). */
  profession: string;
  /** INSEE code of the commune the results are sorted around ('' for none). */
  near: string;
  radiusKm: number;
  acceptsNewPatients: boolean;
  snp: boolean;
  /** Id of the CPTS whose territory restricts the results ('' for none). */
  cpts: string;
}

export const RADIUS_CHOICES = [2, 5, 10, 20, 50] as const;
export const DEFAULT_RADIUS_KM = 10;

export const EMPTY_SEARCH: DirectorySearch = {
  q: '',
  kind: 'professional',
  profession: '',
  near: '',
  radiusKm: DEFAULT_RADIUS_KM,
  acceptsNewPatients: false,
  snp: false,
  cpts: '',
};

const YES = 'oui';

/** Reads the search from a query string ("?q=…"); unknown or malformed values are ignored. */
export function parseSearch(search: string): DirectorySearch {
  const params = new URLSearchParams(search);
  const radius = Number.parseInt(params.get('rayon') ?? '', 10);
  return {
    q: params.get('q')?.trim() ?? '',
    kind: params.get('type') === 'structures' ? 'structure' : 'professional',
    profession: (params.get('profession') ?? '').replace(/[^0-9A-Za-z]/g, ''),
    near: (params.get('pres') ?? '').replace(/[^0-9A-Za-z]/g, ''),
    radiusKm: Number.isInteger(radius) && radius >= 1 && radius <= 200 ? radius : DEFAULT_RADIUS_KM,
    acceptsNewPatients: params.get('nouveaux') === YES,
    snp: params.get('snp') === YES,
    cpts: (params.get('cpts') ?? '').replace(/[^0-9a-f]/g, ''),
  };
}

/** The query string of a search ("" when it has no criterion), criteria that do not apply left out. */
export function searchString(s: DirectorySearch): string {
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  if (s.kind === 'structure') params.set('type', 'structures');
  if (s.kind === 'professional' && s.profession) params.set('profession', s.profession);
  if (s.near) {
    params.set('pres', s.near);
    params.set('rayon', String(s.radiusKm));
  }
  if (s.kind === 'professional' && s.acceptsNewPatients) params.set('nouveaux', YES);
  if (s.kind === 'professional' && s.snp) params.set('snp', YES);
  if (s.cpts) params.set('cpts', s.cpts);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the search names at least one criterion (an empty search lists nothing). */
export function hasCriteria(s: DirectorySearch): boolean {
  const professional = s.kind === 'professional';
  return Boolean(s.q || s.near || s.cpts || (professional && (s.profession || s.acceptsNewPatients || s.snp)));
}

/** The API query of a search. */
export function toQuery(s: DirectorySearch): DirectoryQuery {
  const professional = s.kind === 'professional';
  return {
    kind: s.kind,
    q: s.q || undefined,
    profession: professional && s.profession ? s.profession : undefined,
    near: s.near || undefined,
    radius_km: s.near ? s.radiusKm : undefined,
    accepts_new_patients: professional && s.acceptsNewPatients ? true : undefined,
    snp: professional && s.snp ? true : undefined,
    cpts: s.cpts || undefined,
  };
}
