// Typed client for the Maillage HTTP API (see docs/api.md and /api/openapi.json).
// Every failure, whether an RFC 9457 problem+json answer, another HTTP error or a network
// failure, is turned into an ApiError carrying a Problem.
//
// State-changing requests (POST, PUT, PATCH, DELETE) all go through sendJson(): a JSON body
// (`{}` when there is nothing to send) and the session's CSRF token in `X-CSRF-Token` — or
// sendFile() for a file uploaded as the raw body.
// The session endpoints live in session-api.ts, the administration ones in admin-api.ts and
// the audit log in audit-api.ts; they all build on getJson() and sendJson().

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
  /** 429 answers: how long to wait, from the body or else from the `Retry-After` header. */
  retry_after_seconds?: number;
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

/** The Problem of a failed call; anything else (a bug) becomes a generic problem. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return { type: 'about:blank', title: 'Erreur inattendue', status: 0, detail: String(error) };
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number';
}

/** `Retry-After` in seconds (the HTTP-date form is converted too); undefined when absent. */
function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number.parseInt(value, 10);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function problemFrom(response: Response): Promise<Problem> {
  const contentType = response.headers.get('content-type') ?? '';
  let problem: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Erreur',
    status: response.status,
  };
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) problem = { ...body, type: body.type || 'about:blank' };
    } catch {
      // Keep the generic problem above.
    }
  }
  if (typeof problem.retry_after_seconds !== 'number') {
    const seconds = retryAfterSeconds(response);
    if (seconds !== undefined) problem.retry_after_seconds = seconds;
  }
  return problem;
}

let csrfToken: string | null = null;

/** Set from the session once signed in, cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let unauthorizedHandler: (() => void) | null = null;

/**
 * Called when a signed-in request answers 401 (the session expired or was revoked), so the
 * session store can drop it. The session endpoints themselves never trigger it.
 */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request(method: Method, path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal };
  if (method !== 'GET') {
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
    const raw = body instanceof Blob;
    headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
    init.body = raw ? body : JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Serveur injoignable',
      status: 0,
      detail: 'Vérifiez votre connexion réseau puis réessayez.',
    });
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    const sessionEndpoint = path === '/api/session' || path.startsWith('/api/session?');
    if (problem.status === 401 && csrfToken && !sessionEndpoint) unauthorizedHandler?.();
    throw new ApiError(problem);
  }
  return response;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await request('GET', path, undefined, signal);
  return (await response.json()) as T;
}

/** A state-changing request with a JSON body and the CSRF token; 204 resolves to undefined. */
export async function sendJson<T = void>(
  method: Exclude<Method, 'GET'>,
  path: string,
  body: unknown = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await request(method, path, body, signal);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A POST whose body is a file, sent as is (`application/octet-stream`), with the CSRF token. */
export async function sendFile<T>(path: string, file: Blob, signal?: AbortSignal): Promise<T> {
  const response = await request('POST', path, file, signal);
  return (await response.json()) as T;
}

/** Builds `?key=value&…` from the defined, non-empty values ('' when there are none). */
export function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
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
