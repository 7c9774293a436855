// A membership's status as a coloured badge, with the date it took effect.

import { membershipStatusClass, membershipStatusLabel } from '../../directory-labels';
import { formatDay } from '../../format';

export function MembershipStatusBadge({ status, since }: { status: string; since?: string }) {
  return (
    <span class="status-since">
      <span class={membershipStatusClass(status)}>{membershipStatusLabel(status)}</span>
      {since && <span class="cell-sub">depuis le {formatDay(since)}</span>}
    </span>
  );
}
