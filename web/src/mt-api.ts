// The médecin-traitant procedure of a CPTS (see docs/api.md, "Médecin traitant (issue #6)"):
// requests of patients looking for a médecin traitant and their workflow, the census of doctors'
// capacity, suggestions and the batch allocation, the delays and retention, and the indicators.

import { getJson, queryString, sendJson, type Page } from './api';

export type MtStatus =
  | 'nouvelle'
  | 'qualifiee'
  | 'proposee'
  | 'acceptee'
  | 'declaree'
  | 'cloturee'
  | 'refusee'
  | 'sans_solution'
  | 'abandonnee';

export type MtSource = 'coordination' | 'member' | 'partner' | 'pharmacy' | 'hospital' | 'social_service' | 'cpam';

/** The priority flags entered with a request (age groups come from the birth date). */
export type MtFlag = 'ald' | 'precarity' | 'pregnancy' | 'leaving_hospital' | 'disability';

/** The identity fields are null once the request is purged. */
export interface MtPatient {
  last_name: string | null;
  first_name: string | null;
  birth_date: string | null;
  birth_year: number;
  age_at_entry: number;
  sex: 'F' | 'M';
  phone: string | null;
  contact: string | null;
  commune_code: string;
  commune: string | null;
  postcode: string | null;
}

export interface MtRequest {
  id: string;
  cpts_id: string;
  status: MtStatus;
  status_since: string;
  /** The last day in this status; null when the status has no delay. */
  due_on: string | null;
  overdue: boolean;
  patient: MtPatient;
  flags: Record<MtFlag, boolean>;
  /** ald, age_70, child, precarity, pregnancy, leaving_hospital, disability. */
  priority_groups: string[];
  priority: boolean;
  source: MtSource;
  referrer: { user_id: string | null; label: string };
  consent_on: string;
  proposal: { professional_id: string; site_key: string } | null;
  /** The statuses the caller may move the request to (the server's workflow table). */
  actions: MtStatus[];
  created_at: string;
  updated_at: string;
  purged_at: string | null;
}

export interface MtEvent {
  at: string;
  from: MtStatus | null;
  to: MtStatus;
  professional_id: string | null;
  site_key: string | null;
  reason: string | null;
  by: string;
}

export interface MtRequestDetail extends MtRequest {
  timeline: MtEvent[];
}

export interface NewMtRequest {
  last_name: string;
  first_name: string;
  birth_date: string;
  sex: string;
  commune_code: string;
  postcode?: string;
  phone?: string;
  contact?: string;
  source?: MtSource;
  consent_on: string;
  ald?: boolean;
  precarity?: boolean;
  pregnancy?: boolean;
  leaving_hospital?: boolean;
  disability?: boolean;
}

export interface MtRequestFilter {
  /** Comma-separated statuses. */
  status?: string;
  overdue?: true;
  limit?: number;
  cursor?: string;
}

export interface MtTransition {
  to: MtStatus;
  professional_id?: string;
  site_key?: string;
  reason?: string;
}

/** A census site as matching shows it. */
export interface MtDoctor {
  professional_id: string;
  site_key: string;
  last_name: string;
  first_name: string;
  profession: string;
  address: string;
  postcode: string;
  commune_code: string;
  commune: string;
  places: number | null;
}

export interface MtSuggestion extends MtDoctor {
  distance_km: number;
  recent_acceptances: number;
}

export interface MtSuggestions {
  request_id: string;
  max_distance_km: number;
  items: MtSuggestion[];
}

export interface MtAssignment {
  request: MtRequest;
  doctor: MtDoctor;
  distance_km: number;
}

export interface MtAllocation {
  max_distance_km: number;
  assignments: MtAssignment[];
  unserved: MtRequest[];
  objective: { priority_served: number; served: number; total_distance_km: number };
  doctors: number;
  doctors_without_places: number;
}

export interface MtAssignmentChoice {
  request_id: string;
  professional_id: string;
  site_key: string;
}

export type CensusChannel = 'self' | 'phone' | 'mail' | 'meeting';

export interface CensusDeclaration {
  accepts: boolean;
  places: number | null;
  priority_only: boolean;
  age_min: number | null;
  age_max: number | null;
  communes: string[];
  valid_until: string;
  channel: CensusChannel;
}

export interface CensusEntry extends CensusDeclaration {
  professional_id: string;
  site_key: string;
  /** The doctor and the site, from the directory. */
  last_name: string;
  first_name: string;
  address: string;
  postcode: string;
  commune: string;
  valid: boolean;
  declared_at: string;
  declared_by: string;
}

export interface MtSettings {
  delays: Partial<Record<MtStatus, number>>;
  retention_days: number;
}

export interface MtCounts {
  registered: number;
  oriented: number;
  found: number;
  declared: number;
}

export interface MtIndicators extends MtCounts {
  from: string | null;
  to: string | null;
  by_group: Record<string, MtCounts>;
  by_month: (MtCounts & { month: string })[];
  delay_days: { count: number; median: number | null; p90: number | null };
  census: { doctors: number; sites: number; places: number };
}

export interface MtPeriod {
  from?: string;
  to?: string;
}

const base = (cptsId: string) => `/api/cpts/${encodeURIComponent(cptsId)}`;
const requestUrl = (cptsId: string, id: string) => `${base(cptsId)}/mt-requests/${encodeURIComponent(id)}`;

/** 201 with the request; 409 `duplicate_person` (with `request_id` when the caller may see it). */
export function createMtRequest(cptsId: string, request: NewMtRequest): Promise<MtRequestDetail> {
  return sendJson('POST', `${base(cptsId)}/mt-requests`, request);
}

/** A list refused: each problem with its line and column. */
export interface MtListProblem {
  line: number;
  column: string;
  rule: string;
  message: string;
}

export interface MtListReport {
  filename: string;
  rows: number;
  created: number;
  skipped: { line: number; reason: 'already_waiting' | 'twice_in_file'; request_id?: string; first_line?: number }[];
}

export type MtListSource = 'cpam' | 'hospital' | 'social_service' | 'pharmacy';

/** 201 with the report; 400 with `rows` (MtListProblem) when any line is refused: nothing imported. */
export function importMtList(cptsId: string, filename: string, content: string, source: MtListSource): Promise<MtListReport> {
  return sendJson('POST', `${base(cptsId)}/mt-requests/imports`, { filename, content, source });
}

export function listMtRequests(cptsId: string, filter: MtRequestFilter, signal?: AbortSignal): Promise<Page<MtRequest> & { total: number }> {
  return getJson(`${base(cptsId)}/mt-requests${queryString(filter)}`, signal);
}

export function getMtRequest(cptsId: string, id: string, signal?: AbortSignal): Promise<MtRequestDetail> {
  return getJson(requestUrl(cptsId, id), signal);
}

/** The request as the caller may still see it (a refusing doctor gets only `{id, status}`). */
export function moveMtRequest(cptsId: string, id: string, transition: MtTransition): Promise<MtRequestDetail | { id: string; status: MtStatus }> {
  return sendJson('POST', `${requestUrl(cptsId, id)}/transitions`, transition);
}

export function getMtSuggestions(cptsId: string, id: string, maxDistanceKm: number, signal?: AbortSignal): Promise<MtSuggestions> {
  return getJson(`${requestUrl(cptsId, id)}/suggestions${queryString({ max_distance_km: maxDistanceKm })}`, signal);
}

export function getMtAllocation(cptsId: string, maxDistanceKm: number, signal?: AbortSignal): Promise<MtAllocation> {
  return getJson(`${base(cptsId)}/mt-allocation${queryString({ max_distance_km: maxDistanceKm })}`, signal);
}

/** All or nothing: 409 names each refused assignment as `assignments[i]`. */
export function confirmMtAllocation(cptsId: string, assignments: MtAssignmentChoice[]): Promise<{ proposed: number }> {
  return sendJson('POST', `${base(cptsId)}/mt-allocation/confirm`, { assignments });
}

export function listCensus(cptsId: string, signal?: AbortSignal): Promise<{ items: CensusEntry[] }> {
  return getJson(`${base(cptsId)}/mt-census`, signal);
}

export function putCensus(cptsId: string, professionalId: string, siteKey: string, declaration: CensusDeclaration): Promise<CensusEntry> {
  return sendJson('PUT', `${base(cptsId)}/mt-census/${encodeURIComponent(professionalId)}/${encodeURIComponent(siteKey)}`, declaration);
}

export function getMtSettings(cptsId: string, signal?: AbortSignal): Promise<MtSettings> {
  return getJson(`${base(cptsId)}/mt-settings`, signal);
}

/** `delays`: the statuses given replace their delay, null removes it. */
export function putMtSettings(cptsId: string, delays: Partial<Record<MtStatus, number | null>>, retentionDays: number): Promise<MtSettings> {
  return sendJson('PUT', `${base(cptsId)}/mt-settings`, { delays, retention_days: retentionDays });
}

export function getMtIndicators(cptsId: string, period: MtPeriod, signal?: AbortSignal): Promise<MtIndicators> {
  return getJson(`${base(cptsId)}/mt-indicators${queryString(period)}`, signal);
}

/** The indicators by month as a CSV download. */
export function mtIndicatorsCsvUrl(cptsId: string, period: MtPeriod): string {
  return `${base(cptsId)}/mt-indicators.csv${queryString(period)}`;
}
