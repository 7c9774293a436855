// CPTS, their territories, coverage (Plan 100 %), taille thresholds and bulk import
// (see docs/api.md, "Territory rules", "Bulk import of territories", "Downloads").

import { getCommune, getJson, queryString, sendJson, type Page, type Problem } from './api';

export type CptsStatus = 'projet' | 'lettre_intention_validee' | 'projet_sante_valide' | 'contrat_signe' | 'dissoute';
export type ElementKind = 'commune' | 'arrondissement' | 'postcode_part';

export interface StatusStep {
  status: CptsStatus;
  effective_date: string;
  recorded_at: string;
  recorded_by: string;
  note: string | null;
}

export interface CptsProfile {
  id: string;
  name: string;
  created_at: string;
  short_name: string | null;
  legal_form: string | null;
  siret: string | null;
  seat_commune: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  /** Where the CPTS's dates are days: its seat's time zone. */
  time_zone: string;
  status: CptsStatus;
  status_history?: StatusStep[];
}

/** A CPTS as listed, with the figures of its current territory. */
export interface CptsListItem extends CptsProfile {
  population: number;
  population_estimated: boolean;
  taille: number;
  elements: number;
}

export interface TerritoryElement {
  id: string;
  kind: ElementKind;
  code: string;
  name: string;
  postcode: string | null;
  departement: string;
  population: number;
  population_estimated: boolean;
  added_at: string;
}

export interface Territory {
  cpts: { id: string; name: string };
  at: string | null;
  elements: TerritoryElement[];
  whole_communes: number;
  population: number;
  population_estimated: boolean;
  taille: number;
}

export interface TerritoryChange {
  at: string;
  change: 'added' | 'removed';
  by: string;
  element: { code: string; name: string; postcode: string | null };
}

/** What to add or remove; the server expands EPCI, département and radius into communes. */
export interface TerritorySelection {
  communes?: string[];
  parts?: { code: string; postcode: string; population?: number }[];
  epci?: string;
  departement?: string;
  around?: { commune: string; radius_km: number };
}

/** One broken territory rule, as in a 409 answer. */
export interface Violation {
  rule: string;
  code: string;
  postcode: string | null;
  holder: { id: string; name: string } | null;
  message: string;
}

export interface ZoneBlanche {
  code: string;
  postcode: string | null;
  name: string;
  departement: string;
  population: number;
  population_estimated: boolean;
}

export interface Coverage {
  level: 'nation' | 'region' | 'departement';
  code: string | null;
  name: string;
  population: number;
  covered: {
    signed_contract: { population: number; share: number };
    all_cpts: { population: number; share: number };
  };
  population_estimated: boolean;
  cpts_by_status: Partial<Record<CptsStatus, number>>;
  zones_blanches: Page<ZoneBlanche> & { total: number };
  com?: { population: number; covered_population: number };
}

export interface MapFeature {
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: {
    code: string;
    postcode: string | null;
    name: string;
    kind: ElementKind;
    population: number;
    population_estimated: boolean;
    cpts: { id: string; name: string; status: CptsStatus } | null;
  };
}

export interface EpciSummary {
  siren: string;
  name: string;
  type: string;
  population: number | null;
  commune_count: number;
}

export interface AreaSummary {
  code: string;
  name: string;
  population: number;
  /** Départements only: how many communes (arrondissements apart). */
  commune_count?: number;
}

export interface TailleThresholds {
  taille2: number;
  taille3: number;
  taille4: number;
  updated_at: string | null;
  updated_by: string | null;
}

export interface ImportSummary {
  filename: string;
  rows: number;
  added: number;
  cpts_created: number;
  cpts: { id: string; name: string; created: boolean; added: number; already_held: number }[];
}

/** One bad row of a refused import. */
export interface ImportRowError {
  line: number;
  cpts_name: string;
  code: string | null;
  postcode: string | null;
  rule: string;
  message: string;
  /** The CPTS holding the commune or part, and the earlier row that gave it (null: held before). */
  holder: string | null;
  holder_line?: number | null;
}

const cptsPath = (id: string) => `/api/cpts/${encodeURIComponent(id)}`;

export function listCptsWithFigures(signal?: AbortSignal): Promise<{ items: CptsListItem[] }> {
  return getJson('/api/cpts', signal);
}

export function getCptsProfile(id: string, signal?: AbortSignal): Promise<CptsProfile> {
  return getJson(cptsPath(id), signal);
}

export function updateCptsProfile(id: string, changes: Partial<Record<string, string>>): Promise<CptsProfile> {
  return sendJson('PATCH', cptsPath(id), changes);
}

export function recordStatus(id: string, status: CptsStatus, effectiveDate: string, note: string): Promise<CptsProfile> {
  return sendJson('POST', `${cptsPath(id)}/status`, { status, effective_date: effectiveDate, note: note || null });
}

export function getTerritory(id: string, at: string | null, signal?: AbortSignal): Promise<Territory> {
  return getJson(`${cptsPath(id)}/territory${queryString({ at })}`, signal);
}

export function getTerritoryHistory(id: string, signal?: AbortSignal): Promise<{ changes: TerritoryChange[] }> {
  return getJson(`${cptsPath(id)}/territory/history`, signal);
}

/** The `at` showing a territory as it was at the end of `day` (YYYY-MM-DD) in the browser's time zone. */
export function atEndOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function addToTerritory(id: string, selection: TerritorySelection): Promise<Territory & { added: number; already_held: number }> {
  return sendJson('POST', `${cptsPath(id)}/territory/additions`, selection);
}

export function removeFromTerritory(id: string, selection: TerritorySelection): Promise<Territory & { removed: number }> {
  return sendJson('POST', `${cptsPath(id)}/territory/removals`, selection);
}

export function territoryExportUrl(id: string, format: 'csv' | 'geojson', at: string | null): string {
  return `${cptsPath(id)}/territory.${format}${queryString({ at })}`;
}

export interface CoverageQuery {
  level?: 'nation' | 'region' | 'departement';
  code?: string;
  sort?: 'population' | 'name' | 'code';
  limit?: number;
  cursor?: string;
}

export function getCoverage(query: CoverageQuery, signal?: AbortSignal): Promise<Coverage> {
  return getJson(`/api/coverage${queryString(query)}`, signal);
}

export function zonesBlanchesExportUrl(query: CoverageQuery, format: 'csv' | 'geojson'): string {
  return `/api/coverage/zones-blanches.${format}${queryString({ level: query.level, code: query.code, sort: query.sort })}`;
}

export function getCoverageMap(level: 'region' | 'departement', code: string, signal?: AbortSignal): Promise<{ features: MapFeature[] }> {
  return getJson(`/api/coverage/map${queryString({ level, code })}`, signal);
}

export function listRegions(signal?: AbortSignal): Promise<{ items: AreaSummary[] }> {
  return getJson('/api/regions', signal);
}

export function listDepartements(region: string, signal?: AbortSignal): Promise<{ items: AreaSummary[] }> {
  return getJson(`/api/departements${queryString({ region })}`, signal);
}

export function searchEpci(q: string, signal?: AbortSignal): Promise<{ items: EpciSummary[] }> {
  return getJson(`/api/epci${queryString({ q, limit: 8 })}`, signal);
}

export function getTailleThresholds(signal?: AbortSignal): Promise<TailleThresholds> {
  return getJson('/api/settings/taille', signal);
}

export function putTailleThresholds(t: { taille2: number; taille3: number; taille4: number }): Promise<TailleThresholds> {
  return sendJson('PUT', '/api/settings/taille', t);
}

export function importTerritories(filename: string, content: string): Promise<ImportSummary> {
  return sendJson('POST', '/api/territory-imports', { filename, content });
}

/**
 * The names of these communes or arrondissements by INSEE code, to name them in refusals (a
 * violation only gives the code). Codes the referential does not know are left out.
 */
export async function communeNames(codes: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(codes)];
  const found = await Promise.all(unique.map((code) => getCommune(code).then((c) => [code, c.name] as const, () => null)));
  return Object.fromEntries(found.filter((entry) => entry !== null));
}

/** The violations of a refused territory change (409), if the problem carries them. */
export function violationsOf(problem: Problem): Violation[] {
  const list = (problem as unknown as { violations?: unknown }).violations;
  return Array.isArray(list) ? (list as Violation[]) : [];
}

/** The bad rows of a refused import, if the problem carries them. */
export function importErrorsOf(problem: Problem): ImportRowError[] {
  const rows = (problem as unknown as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : [];
}
