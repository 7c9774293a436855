// Administrative identity of a commune as a description list.

import type { CommuneDetail } from '../api';
import { formatPopulation } from '../format';
import { KIND_LABELS, ZONE_LABELS, epciTypeLabel } from '../labels';
import { communePath } from '../router';
import { Link } from './Link';

export function CommuneFacts({ commune }: { commune: CommuneDetail }) {
  return (
    <section class="card" aria-labelledby="facts-title">
      <h2 id="facts-title" class="card__title">
        Identité administrative
      </h2>
      <dl class="facts">
        <div class="facts__row">
          <dt>Type</dt>
          <dd>{KIND_LABELS[commune.kind]}</dd>
        </div>
        <div class="facts__row">
          <dt>Code INSEE</dt>
          <dd>
            <code>{commune.code}</code>
          </dd>
        </div>
        {commune.parent && (
          <div class="facts__row">
            <dt>Commune</dt>
            <dd>
              <Link href={communePath(commune.parent.code)}>{commune.parent.name}</Link>{' '}
              <span class="muted">({commune.parent.code})</span>
            </dd>
          </div>
        )}
        <div class="facts__row">
          <dt>Population municipale</dt>
          <dd>{formatPopulation(commune.population)}</dd>
        </div>
        <div class="facts__row">
          <dt>Zone</dt>
          <dd>{ZONE_LABELS[commune.zone] ?? commune.zone}</dd>
        </div>
        <div class="facts__row">
          <dt>Département</dt>
          <dd>
            {commune.departement.name} <span class="muted">({commune.departement.code})</span>
          </dd>
        </div>
        <div class="facts__row">
          <dt>Région</dt>
          <dd>
            {commune.region.name} <span class="muted">({commune.region.code})</span>
          </dd>
        </div>
        <div class="facts__row">
          <dt>Intercommunalité (EPCI)</dt>
          <dd>
            {commune.epci ? (
              <>
                {commune.epci.name}
                <span class="facts__sub">
                  {epciTypeLabel(commune.epci.type)} · SIREN <code>{commune.epci.siren}</code>
                </span>
              </>
            ) : (
              <span class="muted">Aucune</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
