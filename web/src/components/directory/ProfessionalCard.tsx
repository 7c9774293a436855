// A professional in a list (search results, a structure's professionals): name (linking to the
// page), profession, distance, memberships in the caller's CPTS, and the sites shown with their
// commune, distance and capacity.

import type { Professional } from '../../directory-api';
import { codedLabel, distanceLabel, professionalName } from '../../directory-labels';
import { professionalPath } from '../../router';
import { Link } from '../Link';
import { CapacityBadges } from './CapacityBadges';
import { MembershipBadges } from './MembershipBadges';
import { addressLine } from './site-address';

interface ProfessionalCardProps {
  professional: Professional;
  cptsNames: Map<string, string>;
}

export function ProfessionalCard({ professional: p, cptsNames }: ProfessionalCardProps) {
  return (
    <article class="result-card" data-testid="directory-result" data-id={p.national_id} data-distance={p.distance_km ?? undefined}>
      <header class="result-card__head">
        <h3 class="result-card__title">
          <Link href={professionalPath(p.national_id)}>{professionalName(p)}</Link>
        </h3>
        <p class="result-card__meta">
          <span>{codedLabel(p.profession) || 'Profession non précisée'}</span>
          {p.distance_km !== null && <span class="result-card__distance">{distanceLabel(p.distance_km)}</span>}
        </p>
      </header>
      <MembershipBadges memberships={p.memberships} cptsNames={cptsNames} />
      {p.sites.length > 0 && (
        <ul class="site-list">
          {p.sites.map((site) => (
            <li key={site.key} class="site-list__item">
              <span class="site-list__line">
                {site.structure_name && <span class="strong">{site.structure_name}</span>}
                <span>{addressLine(site) || 'Adresse non renseignée'}</span>
                {p.sites.length > 1 && site.distance_km !== null && <span class="muted">{distanceLabel(site.distance_km)}</span>}
              </span>
              <CapacityBadges site={site} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
