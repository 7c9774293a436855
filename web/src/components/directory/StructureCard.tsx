// A structure in the search results: name (linking to its page), category, address, distance.

import type { Structure } from '../../directory-api';
import { codedLabel, distanceLabel } from '../../directory-labels';
import { structurePath } from '../../router';
import { Link } from '../Link';
import { addressLine } from './site-address';

export function StructureCard({ structure: s }: { structure: Structure }) {
  return (
    <article class="result-card" data-testid="directory-result" data-id={s.finess} data-distance={s.distance_km ?? undefined}>
      <header class="result-card__head">
        <h3 class="result-card__title">
          <Link href={structurePath(s.finess)}>{s.name}</Link>
        </h3>
        <p class="result-card__meta">
          <span>{codedLabel(s.category) || 'Catégorie non précisée'}</span>
          {s.distance_km !== null && <span class="result-card__distance">{distanceLabel(s.distance_km)}</span>}
        </p>
      </header>
      <p class="site-list__line">
        <span>{addressLine(s) || 'Adresse non renseignée'}</span>
        <span class="muted">FINESS {s.finess}</span>
      </p>
    </article>
  );
}
