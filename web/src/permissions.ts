// What the signed-in user may see in the interface. The server enforces the same rules; these
// only decide which links and pages to offer.

import type { CptsRef, RoleName, Session } from './session-api';

export function hasRole(session: Session, role: RoleName): boolean {
  return session.roles.some((assignment) => assignment.role === role);
}

export function isAdmin(session: Session): boolean {
  return session.user.is_admin || hasRole(session, 'admin');
}

/** Administrators see the whole log; coordinators the entries of their CPTS. */
export function canViewAudit(session: Session): boolean {
  return isAdmin(session) || hasRole(session, 'coordinator');
}

export interface CptsChoice extends CptsRef {
  roles: RoleName[];
}

/** The distinct CPTS in which the user holds a role, with those roles, sorted by name. */
export function cptsChoices(session: Session): CptsChoice[] {
  const byId = new Map<string, CptsChoice>();
  for (const { role, cpts } of session.roles) {
    if (!cpts) continue;
    const choice = byId.get(cpts.id) ?? { id: cpts.id, name: cpts.name, roles: [] };
    if (!choice.roles.includes(role)) choice.roles.push(role);
    byId.set(cpts.id, choice);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Coordinators of this CPTS and administrators edit its profile and territory. */
export function canEditCpts(session: Session, cptsId: string): boolean {
  return isAdmin(session) || session.roles.some((r) => r.role === 'coordinator' && r.cpts?.id === cptsId);
}

/** Administrators and funders (ARS/CPAM) record lifecycle steps. */
export function canValidateCpts(session: Session, cptsId: string): boolean {
  return isAdmin(session) || session.roles.some((r) => r.role === 'funder' && (!r.cpts || r.cpts.id === cptsId));
}

/** Administrators and platform-wide funders import a région's territories in bulk. */
export function canImportTerritories(session: Session): boolean {
  return isAdmin(session) || session.roles.some((r) => r.role === 'funder' && !r.cpts);
}

/** Coordinators of this CPTS and administrators manage its memberships and colleges. */
export function canManageMembers(session: Session, cptsId: string): boolean {
  return canEditCpts(session, cptsId);
}

/** Fees belong to the association: only this CPTS's coordinators see and record them. */
export function canManageFees(session: Session, cptsId: string): boolean {
  return session.roles.some((r) => r.role === 'coordinator' && r.cpts?.id === cptsId);
}

/** The CPTS whose memberships the user manages through a coordinator role (administrators: none, they choose any CPTS). */
export function coordinatedCpts(session: Session): CptsChoice[] {
  return cptsChoices(session).filter((choice) => choice.roles.includes('coordinator'));
}

/** The médecin-traitant permissions (docs/api.md, permission table), by the roles that hold them. */
export type MtPermission =
  | 'mt_request_view'
  | 'mt_request_create'
  | 'mt_request_act'
  | 'mt_census_view'
  | 'mt_census_edit'
  | 'mt_coordinate'
  | 'mt_indicators';

const MT_GRANTS: Record<MtPermission, RoleName[]> = {
  mt_request_view: ['coordinator', 'member', 'partner'],
  mt_request_create: ['coordinator', 'member', 'partner'],
  mt_request_act: ['coordinator', 'member'],
  mt_census_view: ['coordinator', 'member'],
  mt_census_edit: ['coordinator', 'member'],
  mt_coordinate: ['coordinator'],
  mt_indicators: ['admin', 'coordinator', 'funder'],
};

/** Whether one of `grants` is held in this CPTS, or platform-wide (administrators, national funders). */
function grantedIn(session: Session, cptsId: string, grants: RoleName[]): boolean {
  if (grants.includes('admin') && isAdmin(session)) return true;
  return session.roles.some((r) => grants.includes(r.role) && (r.cpts === null || r.cpts.id === cptsId));
}

/** Whether a role in this CPTS (or a platform-wide one: administrators, national funders) grants `permission`. */
export function canMt(session: Session, cptsId: string, permission: MtPermission): boolean {
  return grantedIn(session, cptsId, MT_GRANTS[permission]);
}

/** The unscheduled-care permissions (docs/api.md, permission table), by the roles that hold them. */
export type SnpPermission =
  | 'snp_resource_view'
  | 'snp_resource_edit'
  | 'snp_slot_publish'
  | 'snp_planning_view'
  | 'snp_request_view'
  | 'snp_request_create'
  | 'snp_request_act'
  | 'snp_indicators';

const SNP_GRANTS: Record<SnpPermission, RoleName[]> = {
  snp_resource_view: ['admin', 'coordinator', 'member', 'partner', 'funder'],
  snp_resource_edit: ['coordinator'],
  // A member publishes for the professional linked to their account only (the server checks).
  snp_slot_publish: ['coordinator', 'member'],
  snp_planning_view: ['coordinator', 'member', 'partner'],
  snp_request_view: ['coordinator', 'member', 'partner'],
  snp_request_create: ['coordinator', 'member', 'partner'],
  snp_request_act: ['coordinator', 'member', 'partner'],
  snp_indicators: ['admin', 'coordinator', 'funder'],
};

/** Whether a role in this CPTS (or a platform-wide one) grants the unscheduled-care `permission`. */
export function canSnp(session: Session, cptsId: string, permission: SnpPermission): boolean {
  return grantedIn(session, cptsId, SNP_GRANTS[permission]);
}
