// Typed client for the Maillage HTTP API (see docs/api.md and /api/openapi.json).
// Every failure, whether an RFC 9457 problem+json answer, another HTTP error or a network
// failure, is turned into an ApiError carrying a Problem.

export type CommuneKind = 'commune' | 'arrondissement';
export type Zone = 'metro' | 'drom' | 'com';
export type FormerNameKind = 'deleguee' | 'associee';

export interface CodeName {
  code: string;
  name: string;
}

export interface FormerName {
  code: string;
  name: string;
  kind: FormerNameKind;
}

export interface CommuneSummary {
  code: string;
  name: string;
  kind: CommuneKind;
  population: number | null;
  zone: Zone;
  departement: CodeName;
  region: CodeName;
  postcodes: string[];
  parent: CodeName | null;
  matched_former_name: FormerName | null;
}

export interface Epci {
  siren: string;
  name: string;
  type: string;
}

export interface PostcodeDetail {
  postcode: string;
  libelle_acheminement: string;
}

export interface Coordinates {
  lat: number;
  lon: number;
  estimated: boolean;
  method: string;
}

export interface ArrondissementSummary {
  code: string;
  name: string;
  population: number | null;
}

export interface CommuneDetail extends CommuneSummary {
  epci: Epci | null;
  postcode_details: PostcodeDetail[];
  coordinates: Coordinates | null;
  arrondissements: ArrondissementSummary[];
  former_names: FormerName[];
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface UiConfig {
  tile_url: string;
  tile_attribution: string;
}

export interface ProblemFieldError {
  field: string;
  rule: string;
  message: string;
}

/** RFC 9457 problem details, as sent by the server (or synthesised for non-problem failures). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

/** A failed API call. `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title} : ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number';
}

async function problemFrom(response: Response): Promise<Problem> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) return { ...body, type: body.type || 'about:blank' };
    } catch {
      // Fall through to the generic problem below.
    }
  }
  return {
    type: 'about:blank',
    title: response.statusText || 'Erreur',
    status: response.status,
  };
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Serveur injoignable',
      status: 0,
      detail: 'Vérifiez votre connexion réseau puis réessayez.',
    });
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return (await response.json()) as T;
}

export interface CommuneQuery {
  q?: string;
  departement?: string;
  region?: string;
  epci?: string;
  postcode?: string;
  limit?: number;
  cursor?: string;
}

export function searchCommunes(query: CommuneQuery, signal?: AbortSignal): Promise<Page<CommuneSummary>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return getJson(`/api/communes?${params.toString()}`, signal);
}

export function getCommune(code: string, signal?: AbortSignal): Promise<CommuneDetail> {
  return getJson(`/api/communes/${encodeURIComponent(code)}`, signal);
}

let uiConfig: Promise<UiConfig> | null = null;

/** The UI configuration, fetched once per page load. Falls back to "no tile layer" on failure. */
export function getUiConfig(): Promise<UiConfig> {
  uiConfig ??= getJson<UiConfig>('/api/ui-config').catch(() => {
    uiConfig = null; // retry on next call
    return { tile_url: '', tile_attribution: '' };
  });
  return uiConfig;
}
