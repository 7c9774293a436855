// Which CPTS a role needs: none for admin, one for coordinator, member and partner, and
// optionally one for funder (without one, a funder sees aggregates platform-wide).

import type { RoleName } from '../../session-api';

export type CptsScope = 'none' | 'required' | 'optional';

export function cptsScope(role: RoleName): CptsScope {
  if (role === 'admin') return 'none';
  if (role === 'funder') return 'optional';
  return 'required';
}

/** The French message when the CPTS does not fit the role, or undefined. */
export function cptsScopeError(role: RoleName, cptsId: string): string | undefined {
  const scope = cptsScope(role);
  if (scope === 'required' && cptsId === '') return 'Choisissez la CPTS de ce rôle.';
  if (scope === 'none' && cptsId !== '') return "Le rôle d'administrateur ne se rattache à aucune CPTS.";
  return undefined;
}
