// The capacity of a practice site as badges: new médecin-traitant patients (with the date of the
// information), unscheduled care (SNP), extended hours.

import type { PracticeSite } from '../../directory-api';
import { capacityBadges } from '../../directory-labels';

export function CapacityBadges({ site }: { site: PracticeSite }) {
  const badges = capacityBadges(site);
  if (badges.length === 0) return null;
  return (
    <ul class="badge-list" aria-label="Capacité d'accueil">
      {badges.map((b) => (
        <li key={b.text}>
          <span class={`badge badge--${b.kind}`} title={b.title}>
            {b.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
