// The priority groups of a request as badges (ALD, 70 ans et plus, enfant…); « Aucune » without.

import { priorityGroupLabel } from '../../mt-labels';

export function PriorityBadges({ groups }: { groups: string[] }) {
  if (groups.length === 0) return <span class="muted">Aucune</span>;
  return (
    <ul class="badge-list" aria-label="Groupes prioritaires">
      {groups.map((group) => (
        <li key={group}>
          <span class="badge badge--warning">{priorityGroupLabel(group)}</span>
        </li>
      ))}
    </ul>
  );
}
