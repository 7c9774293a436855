// Audit log endpoint: who did what, from where, on which resource, with which outcome.

import { getJson, queryString, type Page } from './api';
import type { CptsRef } from './session-api';

export type AuditOutcome = 'success' | 'denied' | 'failure';
export type ActorType = 'user' | 'token' | 'anonymous';

export interface AuditEntry {
  id: string;
  at: string;
  actor: { type: ActorType; id: string | null; label: string };
  client_address: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  cpts: CptsRef | null;
  outcome: AuditOutcome;
}

export interface AuditQuery {
  cpts?: string;
  action?: string;
  resource_type?: string;
  outcome?: AuditOutcome | '';
  /** ISO 8601 instants. */
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/** Admins see every entry; coordinators only those of their CPTS. */
export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return getJson(`/api/audit${queryString(query)}`, signal);
}
