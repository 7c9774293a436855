// Unscheduled care of a CPTS (soins non programmés, see docs/api.md, "Soins non programmés"): the
// inventory of resources, the slots professionals publish (by hand, weekly patterns, iCalendar
// files), the search of the earliest suitable slots, the requests of patients to be seen today or
// within 48 hours with their orientation and outcome, and the indicators. Times of slots and
// requests are UTC ISO instants; the pages show them in the CPTS's zone (`time_zone`).

import { getJson, queryString, sendJson, type Page, type Problem } from './api';
import type { MtFlag, MtPatient, NewMtRequest } from './mt-api';

export type ResourceKind = 'cabinet_horaires_elargis' | 'msp' | 'centre_sante' | 'centre_snp' | 'maison_medicale_garde' | 'sos_medecins' | 'autre';

/** Opening hours on one ISO weekday (1 Monday … 7 Sunday), local "HH:MM". */
export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface ResourceProfessional {
  /** Absent from the public list. */
  id?: string;
  name: string | null;
  profession: string | null;
}

export interface SnpResource {
  id: string;
  kind: ResourceKind;
  /** The kind in French (the UI's own label when absent). */
  kind_label?: string;
  name: string;
  finess: string | null;
  address: string;
  postcode: string;
  commune_code: string;
  commune: string | null;
  phone: string;
  services: string[];
  hours: OpeningHours[];
  professionals: ResourceProfessional[];
  public: boolean;
  updated_at: string;
}

export interface ResourceFields {
  kind: ResourceKind;
  name?: string;
  /** null removes it. */
  finess?: string | null;
  address?: string;
  postcode?: string;
  commune_code?: string;
  phone?: string;
  services?: string[];
  hours?: OpeningHours[];
  /** Directory national ids. */
  professionals?: string[];
  public?: boolean;
}

export interface PublicResources {
  cpts: { id: string; name: string };
  items: SnpResource[];
}

export type SlotMode = 'in_person' | 'remote';
export type SlotStatus = 'free' | 'booked' | 'cancelled';

export interface Slot {
  id: string;
  professional_id: string;
  site_key: string;
  starts_at: string;
  ends_at: string;
  mode: SlotMode;
  origin: 'manual' | 'pattern' | 'ical';
  status: SlotStatus;
  /** Only when the caller may see the request. */
  request_id?: string | null;
}

export interface PlanningSite {
  site_key: string;
  professional_id: string;
  professional: string;
  profession: string;
  label: string;
  commune: string;
}

export interface Planning {
  time_zone: string;
  from: string;
  to: string;
  sites: PlanningSite[];
  items: Slot[];
  total: number;
  /** More slots than the planning shows at once. */
  truncated?: boolean;
}

export interface NewSlots {
  professional_id: string;
  site_key: string;
  date: string;
  start: string;
  duration_minutes: number;
  mode: SlotMode;
  count?: number;
}

export interface NewPattern {
  professional_id: string;
  site_key: string;
  mode: SlotMode;
  weekdays: number[];
  start_time: string;
  slot_minutes: number;
  slot_count: number;
  valid_from: string;
  valid_until: string;
  exceptions: string[];
}

export interface Pattern extends NewPattern {
  id: string;
  /** « Dr Paul GIRARD »; null when the directory no longer has the professional. */
  professional: string | null;
}

export interface IcsReport {
  filename: string;
  /** Slots read from the file within the coming weeks. */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  cancelled: number;
  kept_booked: number;
  from: string;
  until: string;
}

/** The error of a refused iCalendar file: `errors[0]` names its line. */
export interface IcsError {
  line: number | null;
  message: string;
}

export interface SlotProposal {
  slot: Slot;
  professional: { id: string; name: string; profession: string };
  site: { key: string; label: string; address: string; commune: string };
  /** null for a remote slot. */
  distance_km: number | null;
}

export interface SlotSearch {
  time_zone: string;
  until: string;
  items: SlotProposal[];
}

export type SnpRequestStatus = 'nouvelle' | 'orientee' | 'cloturee' | 'annulee';
export type SnpSource = 'coordination' | 'regulation' | 'pharmacy' | 'member' | 'partner';
export type Urgency = 'same_day' | 'h24' | 'h48';
export type Orientation = 'slot' | 'urgences' | 'teleconsultation' | 'pharmacien' | 'autre';
export type Outcome = 'seen' | 'not_seen' | 'redirected';
export type SnpAction = 'orient' | 'cancel' | 'outcome';

export interface BookedSlot {
  id: string;
  starts_at: string;
  ends_at: string;
  mode: SlotMode;
  professional?: { id: string; name: string; profession: string };
  site?: { key: string; label: string; address: string; commune: string };
}

export interface SnpRequest {
  id: string;
  cpts_id: string;
  /** The CPTS's zone, in which the request's times are shown. */
  time_zone: string;
  status: SnpRequestStatus;
  status_since: string;
  /** The identity fields are null once the request is purged (`purged_at`). */
  patient: MtPatient;
  consent_on: string;
  source: SnpSource;
  referrer: { user_id: string | null; label: string };
  reason_code: string;
  reason_text: string | null;
  urgency: Urgency;
  due_at: string;
  overdue: boolean;
  profession_code: string;
  mode_wanted: string;
  orientation: Orientation | null;
  oriented_at: string | null;
  within_window: boolean | null;
  slot: BookedSlot | null;
  outcome: Outcome | null;
  outcome_at: string | null;
  created_at: string;
  updated_at: string;
  purged_at: string | null;
  /** What the caller may do now; absent means nothing. */
  actions?: SnpAction[];
}

export interface SnpEvent {
  at: string;
  from: SnpRequestStatus | null;
  to: SnpRequestStatus;
  detail: string | null;
  by: string;
}

export interface SnpRequestDetail extends SnpRequest {
  timeline: SnpEvent[];
}

/** The patient's fields of a médecin-traitant request, with the request's own. */
export type NewSnpRequest = Omit<NewMtRequest, MtFlag | 'source' | 'phone'> & {
  phone: string;
  source?: SnpSource;
  reason_code: string;
  reason_text?: string;
  urgency: Urgency;
  profession_code?: string;
  mode_wanted?: string;
};

export interface SnpPeriod {
  from: string;
  to: string;
}

export interface WindowShare {
  oriented: number;
  within: number;
  share: number | null;
}

export interface SnpIndicators {
  from: string;
  to: string;
  requests: {
    total: number;
    by_source: Record<string, number>;
    by_urgency: Record<string, number>;
    by_source_urgency: { source: SnpSource; urgency: Urgency; count: number }[];
    by_orientation: Record<string, number>;
    by_outcome: Record<string, number>;
  };
  within_window: WindowShare & { by_urgency: Record<string, WindowShare> };
  slots: { published: number; booked: number; cancelled: number; use_rate: number | null };
  weeks: { week: string; published: number; booked: number; requests: number; within: number }[];
  professionals: { id: string; name: string; profession: string; published: number; booked: number; seen: number }[];
}

const base = (cptsId: string) => `/api/cpts/${encodeURIComponent(cptsId)}/snp`;
const requestUrl = (cptsId: string, id: string) => `${base(cptsId)}/requests/${encodeURIComponent(id)}`;

export function listResources(cptsId: string, signal?: AbortSignal): Promise<{ items: SnpResource[]; total: number }> {
  return getJson(`${base(cptsId)}/resources`, signal);
}

export function createResource(cptsId: string, fields: ResourceFields): Promise<SnpResource> {
  return sendJson('POST', `${base(cptsId)}/resources`, fields);
}

export function updateResource(cptsId: string, id: string, fields: Partial<ResourceFields>): Promise<SnpResource> {
  return sendJson('PATCH', `${base(cptsId)}/resources/${encodeURIComponent(id)}`, fields);
}

export function deleteResource(cptsId: string, id: string): Promise<void> {
  return sendJson('DELETE', `${base(cptsId)}/resources/${encodeURIComponent(id)}`);
}

const publicUrl = (cptsId: string) => `/api/public/cpts/${encodeURIComponent(cptsId)}/snp-resources`;

/** The resources a CPTS publishes; anyone may read them. */
export function getPublicResources(cptsId: string, signal?: AbortSignal): Promise<PublicResources> {
  return getJson(publicUrl(cptsId), signal);
}

export function publicResourcesCsvUrl(cptsId: string): string {
  return `${publicUrl(cptsId)}?format=csv`;
}

/** The slots of local days `from` to `to` (inclusive, at most 31 days). */
export function getPlanning(cptsId: string, from: string, to: string, signal?: AbortSignal): Promise<Planning> {
  return getJson(`${base(cptsId)}/slots${queryString({ from, to })}`, signal);
}

/** 201 with the slots; 409 `slot_overlaps` when the professional already has a slot starting then. */
export function createSlots(cptsId: string, slots: NewSlots): Promise<{ items: Slot[] }> {
  return sendJson('POST', `${base(cptsId)}/slots`, slots);
}

/** A free slot is cancelled; 409 `slot_booked` when it is booked. */
export function cancelSlot(cptsId: string, slotId: string): Promise<void> {
  return sendJson('DELETE', `${base(cptsId)}/slots/${encodeURIComponent(slotId)}`);
}

export function createPattern(cptsId: string, pattern: NewPattern): Promise<{ pattern: Pattern; created: number; skipped: number }> {
  return sendJson('POST', `${base(cptsId)}/patterns`, pattern);
}

export function listPatterns(cptsId: string, signal?: AbortSignal): Promise<{ items: Pattern[] }> {
  return getJson(`${base(cptsId)}/patterns`, signal);
}

/** The pattern's free future slots are cancelled with it. */
export function deletePattern(cptsId: string, id: string): Promise<void> {
  return sendJson('DELETE', `${base(cptsId)}/patterns/${encodeURIComponent(id)}`);
}

export interface IcsTarget {
  professional_id: string;
  site_key: string;
  mode: SlotMode;
  slot_minutes: number;
}

/** The .ics file's text; 400 `ical_syntax` with the line of a malformed file (nothing changes). */
export function importIcs(cptsId: string, target: IcsTarget, filename: string, content: string): Promise<IcsReport> {
  return sendJson('POST', `${base(cptsId)}/slot-imports`, { ...target, filename, content });
}

/** The line and reason of a refused iCalendar file; null for any other problem. */
export function icsErrorOf(problem: Problem): IcsError | null {
  const error = problem.errors?.find((e) => e.rule === 'ical_syntax');
  if (!error) return null;
  const line = (problem as Problem & { line?: unknown }).line ?? (error as { line?: unknown }).line;
  // The message starts with « agenda.ics:12: », said in French by the form.
  return { line: typeof line === 'number' ? line : null, message: error.message.replace(/^(?:.*?:)?\d+:\s*/, '') };
}

/** The earliest suitable slots for a request, earliest first. */
export function searchSlotsFor(cptsId: string, requestId: string, signal?: AbortSignal): Promise<SlotSearch> {
  return getJson(`${base(cptsId)}/slot-search${queryString({ request_id: requestId })}`, signal);
}

export function createSnpRequest(cptsId: string, request: NewSnpRequest): Promise<SnpRequest> {
  return sendJson('POST', `${base(cptsId)}/requests`, request);
}

/** Newest first, a page at a time. */
export function listSnpRequests(
  cptsId: string,
  filter: { status?: string; limit?: number; cursor?: string },
  signal?: AbortSignal,
): Promise<Page<SnpRequest> & { total: number }> {
  return getJson(`${base(cptsId)}/requests${queryString(filter)}`, signal);
}

/** An audited read of the patient's data. */
export function getSnpRequest(cptsId: string, id: string, signal?: AbortSignal): Promise<SnpRequestDetail> {
  return getJson(requestUrl(cptsId, id), signal);
}

/** 409 `slot_taken` when another request booked the slot first; `not_open` when the request is closed. */
export function orientSnpRequest(cptsId: string, id: string, orientation: { orientation: Orientation; slot_id?: string; note?: string }): Promise<SnpRequest> {
  return sendJson('POST', `${requestUrl(cptsId, id)}/orientation`, orientation);
}

export function recordSnpOutcome(cptsId: string, id: string, outcome: Outcome, note?: string): Promise<SnpRequest> {
  return sendJson('POST', `${requestUrl(cptsId, id)}/outcome`, { outcome, note });
}

export function cancelSnpRequest(cptsId: string, id: string, reason?: string): Promise<SnpRequest> {
  return sendJson('POST', `${requestUrl(cptsId, id)}/cancel`, { reason });
}

export function getSnpIndicators(cptsId: string, period: SnpPeriod, signal?: AbortSignal): Promise<SnpIndicators> {
  return getJson(`${base(cptsId)}/indicators${queryString(period)}`, signal);
}

export function snpIndicatorsCsvUrl(cptsId: string, period: SnpPeriod): string {
  return `${base(cptsId)}/indicators${queryString({ ...period, format: 'csv' })}`;
}

/** The weekly summary for the SAS, `week` as "2026-W48". */
export function sasSummaryUrl(cptsId: string, week: string): string {
  return `${base(cptsId)}/sas-summary${queryString({ week })}`;
}
