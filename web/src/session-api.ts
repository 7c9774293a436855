// Session endpoints: sign in and out, the current session, changing one's password.
// Also the role and CPTS shapes shared by every account-related answer.

import { getJson, sendJson } from './api';

export type RoleName = 'admin' | 'coordinator' | 'member' | 'partner' | 'funder';

export interface CptsRef {
  id: string;
  name: string;
}

/** A role held by a user (or an API token), in one CPTS or platform-wide (`cpts` null). */
export interface RoleAssignment {
  id: string;
  role: RoleName;
  cpts: CptsRef | null;
}

export interface SessionUser {
  id: string;
  email: string;
  display_name: string;
  must_change_password: boolean;
  is_admin: boolean;
}

export interface Session {
  user: SessionUser;
  roles: RoleAssignment[];
  csrf_token: string;
  expires_at: string;
  demo: boolean;
}

/** 200 with the new session; 401 for wrong credentials, 429 when throttled. */
export function createSession(email: string, password: string): Promise<Session> {
  return sendJson<Session>('POST', '/api/session', { email, password });
}

/** 200 when signed in; 401 when anonymous. */
export function getSession(signal?: AbortSignal): Promise<Session> {
  return getJson<Session>('/api/session', signal);
}

export function deleteSession(): Promise<void> {
  return sendJson('DELETE', '/api/session');
}

/** 204; 400 with errors on `current_password` (incorrect) or `new_password` (min_length, same_as_current). */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return sendJson('PUT', '/api/session/password', {
    current_password: currentPassword,
    new_password: newPassword,
  });
}

/** A practice site of the signed-in account's professional, from the directory. */
export interface OwnSite {
  site_key: string;
  /** The structure's name, else its address. */
  label: string;
  address: string;
  postcode: string;
  commune_code: string;
  commune: string;
}

/** The directory professional an administrator linked to the account. */
export interface OwnProfessional {
  id: string;
  /** « Dr Prénom NOM » for doctors. */
  name: string;
  profession: string;
  sites: OwnSite[];
}

/** 200 with `professional` null when the account is not linked (always for API tokens). */
export function getOwnProfessional(signal?: AbortSignal): Promise<{ professional: OwnProfessional | null }> {
  return getJson('/api/session/professional', signal);
}
