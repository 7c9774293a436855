// The figures of a territory — population (« estimée » when part of it is), taille and number of
// elements — announced politely to screen readers as they change after each addition or removal.

import { formatInteger, pluralize } from '../../format';
import type { Territory } from '../../territory-api';
import { PopulationFigure } from '../cpts/PopulationFigure';

export function TerritoryFigures({ territory }: { territory: Territory }) {
  const parts = territory.elements.length - territory.whole_communes;
  return (
    <dl class="territory-figures" aria-live="polite" data-testid="territory-figures">
      <div>
        <dt>Population</dt>
        <dd data-testid="territory-population">
          <PopulationFigure value={territory.population} estimated={territory.population_estimated} />
        </dd>
      </div>
      <div>
        <dt>Taille</dt>
        <dd data-testid="territory-taille">{territory.taille}</dd>
      </div>
      <div>
        <dt>Éléments</dt>
        <dd>
          {formatInteger(territory.elements.length)}
          <span class="territory-figures__sub">
            {formatInteger(territory.whole_communes)} {pluralize(territory.whole_communes, 'commune entière', 'communes entières')}
            {parts > 0 && `, ${formatInteger(parts)} ${pluralize(parts, 'arrondissement ou partie', 'arrondissements ou parties')}`}
          </span>
        </dd>
      </div>
    </dl>
  );
}
