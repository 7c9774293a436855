// A professional's memberships in the caller's CPTS, as badges naming the CPTS and the status.

import type { MembershipRef } from '../../directory-api';
import { membershipStatusClass } from '../../directory-labels';

const BADGE_TEXT: Record<string, string> = {
  demande: "demande d'adhésion",
  active: 'adhérent',
  suspendue: 'adhésion suspendue',
  radiee: 'radié',
};

interface MembershipBadgesProps {
  memberships: MembershipRef[];
  /** CPTS names by id (the caller's CPTS). */
  cptsNames: Map<string, string>;
}

export function MembershipBadges({ memberships, cptsNames }: MembershipBadgesProps) {
  if (memberships.length === 0) return null;
  return (
    <ul class="badge-list" aria-label="Adhésions" data-testid="membership-badges">
      {memberships.map((m) => (
        <li key={m.cpts_id}>
          <span class={membershipStatusClass(m.status)}>
            {cptsNames.get(m.cpts_id) ?? 'CPTS'} : {BADGE_TEXT[m.status] ?? m.status}
          </span>
        </li>
      ))}
    </ul>
  );
}
