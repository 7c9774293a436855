// Membership (adhésions) of a CPTS's association: colleges, memberships with their dated
// statuses and yearly fees, and the membership rate per profession (see docs/api.md,
// "Membership (adhésions)"). Fee fields are present only for the CPTS's coordinator.

import { getJson, queryString, sendJson, type Page } from './api';

export type MembershipStatus = 'demande' | 'active' | 'suspendue' | 'radiee';
export type MemberKind = 'professional' | 'structure';

export interface College {
  id: string;
  name: string;
  position: number;
  /** Memberships placed in it, whatever their status. */
  members: number;
}

export interface Fee {
  year: number;
  amount_cents: number;
  paid_on: string | null;
  unpaid: boolean;
}

export interface MemberInfo {
  kind: MemberKind;
  /** National id (professional) or FINESS number (structure). */
  id: string;
  /** False when the directory no longer has this member. */
  known: boolean;
  name: string;
  last_name: string | null;
  first_name: string | null;
  profession: { code: string; label: string } | null;
  category: { code: string; label: string } | null;
  communes: { code: string; name: string; postcode: string | null }[];
}

export interface Membership {
  id: string;
  cpts_id: string;
  member: MemberInfo;
  college: { id: string; name: string } | null;
  status: MembershipStatus;
  status_since: string;
  requested_on: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  /** The current year's fee (null: none recorded); absent unless the caller is the coordinator. */
  fee?: Fee | null;
}

export interface MembershipEvent {
  seq: number;
  status: MembershipStatus;
  on: string;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface MembershipDetail extends Membership {
  events: MembershipEvent[];
  fees?: Fee[];
  /** Answer to a request: true when it re-opened a struck-off membership. */
  reopened?: boolean;
}

export interface MembershipSummary {
  by_status: Record<MembershipStatus, number>;
  pending_requests: number;
  /** Coordinator only. */
  year?: number;
  unpaid_fees?: number;
  unpaid_cents?: number;
  active_without_fee?: number;
}

export interface MembershipList extends Page<Membership> {
  total: number;
  summary: MembershipSummary;
}

export interface MembershipFilter {
  status?: MembershipStatus;
  /** A college id, or "none". */
  college?: string;
  profession?: string;
  /** Coordinator only. */
  unpaid?: boolean;
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface ProfessionRate {
  code: string;
  label: string;
  professionals: number;
  members: number;
  /** members ÷ professionals; null when nobody of this profession practises in the territory. */
  rate: number | null;
  members_outside: number;
}

export interface MembershipRate {
  cpts: { id: string; name: string };
  elements: number;
  professions: ProfessionRate[];
  total: Omit<ProfessionRate, 'code' | 'label'>;
  structures: { members: number; members_outside: number };
}

export interface NewMembership {
  member_kind: MemberKind;
  member_id: string;
  college_id?: string;
  status?: 'demande' | 'active';
  on?: string;
  note?: string;
}

const base = (cptsId: string) => `/api/cpts/${encodeURIComponent(cptsId)}`;
const one = (cptsId: string, id: string) => `${base(cptsId)}/memberships/${encodeURIComponent(id)}`;

export function listColleges(cptsId: string, signal?: AbortSignal): Promise<{ items: College[] }> {
  return getJson(`${base(cptsId)}/colleges`, signal);
}

export function createCollege(cptsId: string, name: string): Promise<College> {
  return sendJson('POST', `${base(cptsId)}/colleges`, { name });
}

export function renameCollege(cptsId: string, id: string, name: string): Promise<College> {
  return sendJson('PATCH', `${base(cptsId)}/colleges/${encodeURIComponent(id)}`, { name });
}

export function deleteCollege(cptsId: string, id: string): Promise<void> {
  return sendJson('DELETE', `${base(cptsId)}/colleges/${encodeURIComponent(id)}`);
}

export function listMemberships(cptsId: string, filter: MembershipFilter, signal?: AbortSignal): Promise<MembershipList> {
  return getJson(`${base(cptsId)}/memberships${queryString(filter)}`, signal);
}

export function getMembership(cptsId: string, id: string, signal?: AbortSignal): Promise<MembershipDetail> {
  return getJson(one(cptsId, id), signal);
}

/** 201 (new) or 200 with `reopened` (a struck-off membership re-opened); 409 `one_membership_per_cpts`. */
export function createMembership(cptsId: string, membership: NewMembership): Promise<MembershipDetail> {
  return sendJson('POST', `${base(cptsId)}/memberships`, membership);
}

/** `college_id` null takes the membership out of its college. */
export function changeCollege(cptsId: string, id: string, collegeId: string | null): Promise<MembershipDetail> {
  return sendJson('PATCH', one(cptsId, id), { college_id: collegeId });
}

export function changeStatus(cptsId: string, id: string, status: MembershipStatus, on: string, note: string): Promise<MembershipDetail> {
  return sendJson('POST', `${one(cptsId, id)}/status`, { status, on, note: note || undefined });
}

export function putFee(cptsId: string, id: string, year: number, amountCents: number, paidOn: string | null): Promise<Fee> {
  return sendJson('PUT', `${one(cptsId, id)}/fees/${year}`, { amount_cents: amountCents, paid_on: paidOn });
}

export function getMembershipRate(cptsId: string, signal?: AbortSignal): Promise<MembershipRate> {
  return getJson(`${base(cptsId)}/membership-rate`, signal);
}
