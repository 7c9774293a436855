// Administration endpoints: users and their roles, CPTS, API tokens.

import { getJson, queryString, sendJson, type Page } from './api';
import type { CptsRef, RoleAssignment, RoleName } from './session-api';

export interface User {
  id: string;
  email: string;
  display_name: string;
  disabled: boolean;
  must_change_password: boolean;
  created_at: string;
  last_login_at: string | null;
  roles: RoleAssignment[];
}

export interface Cpts extends CptsRef {
  created_at: string;
}

export interface CptsPerson {
  id: string;
  display_name: string;
  email: string;
  roles: RoleAssignment[];
}

export interface ApiToken {
  id: string;
  name: string;
  role: RoleName;
  cpts: CptsRef | null;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked: boolean;
}

export interface UserQuery {
  q?: string;
  limit?: number;
  cursor?: string;
}

const userPath = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

export function listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
  return getJson(`/api/users${queryString(query)}`, signal);
}

export function createUser(email: string, displayName: string): Promise<{ user: User; one_time_password: string }> {
  return sendJson('POST', '/api/users', { email, display_name: displayName });
}

export function updateUser(userId: string, changes: { display_name?: string; disabled?: boolean }): Promise<User> {
  return sendJson('PATCH', userPath(userId), changes);
}

export function resetPassword(userId: string): Promise<{ one_time_password: string }> {
  return sendJson('POST', `${userPath(userId)}/password-reset`);
}

export function addRole(userId: string, role: RoleName, cptsId: string | null): Promise<RoleAssignment> {
  return sendJson('POST', `${userPath(userId)}/roles`, { role, cpts_id: cptsId });
}

export function removeRole(userId: string, roleId: string): Promise<void> {
  return sendJson('DELETE', `${userPath(userId)}/roles/${encodeURIComponent(roleId)}`);
}

/** The caller's CPTS; every CPTS for admins. */
export function listCpts(signal?: AbortSignal): Promise<{ items: Cpts[] }> {
  return getJson('/api/cpts', signal);
}

export function createCpts(name: string): Promise<Cpts> {
  return sendJson('POST', '/api/cpts', { name });
}

export function listCptsPeople(cptsId: string, signal?: AbortSignal): Promise<{ items: CptsPerson[] }> {
  return getJson(`/api/cpts/${encodeURIComponent(cptsId)}/users`, signal);
}

export function listTokens(signal?: AbortSignal): Promise<{ items: ApiToken[] }> {
  return getJson('/api/tokens', signal);
}

export interface TokenRequest {
  name: string;
  role: RoleName;
  cpts_id: string | null;
  expires_in_days: number;
}

export function createToken(request: TokenRequest): Promise<{ token: string; item: ApiToken }> {
  return sendJson('POST', '/api/tokens', request);
}

export function revokeToken(tokenId: string): Promise<void> {
  return sendJson('DELETE', `/api/tokens/${encodeURIComponent(tokenId)}`);
}
