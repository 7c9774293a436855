// The figures of Plan 100 % for one area: population, covered by CPTS with a signed contract
// and by all CPTS, CPTS by status, and (nation) the COM apart.

import { formatInteger, formatShare } from '../../format';
import type { Coverage, CptsStatus } from '../../territory-api';
import { STATUS_LABELS } from '../../territory-labels';

export function CoverageFigures({ coverage }: { coverage: Coverage }) {
  const statuses = Object.entries(coverage.cpts_by_status) as [CptsStatus, number][];
  return (
    <div data-testid={`coverage-${coverage.level}`}>
      <dl class="territory-figures">
        <div>
          <dt>Population</dt>
          <dd>{formatInteger(coverage.population)}</dd>
        </div>
        <div>
          <dt>Couverte (contrat signé)</dt>
          <dd>
            {formatShare(coverage.covered.signed_contract.share)}{' '}
            <span class="muted">{formatInteger(coverage.covered.signed_contract.population)} hab.</span>
          </dd>
        </div>
        <div>
          <dt>Couverte (toutes CPTS, projets compris)</dt>
          <dd>
            {formatShare(coverage.covered.all_cpts.share)}{' '}
            <span class="muted">{formatInteger(coverage.covered.all_cpts.population)} hab.</span>
          </dd>
        </div>
        <div>
          <dt>Zones blanches</dt>
          <dd>{formatInteger(coverage.zones_blanches.total)}</dd>
        </div>
      </dl>
      {coverage.population_estimated && <p class="muted">Une partie de la population couverte est estimée (parties de communes).</p>}
      <p>
        CPTS présentes :{' '}
        {statuses.length === 0
          ? 'aucune'
          : statuses.map(([status, n]) => `${STATUS_LABELS[status] ?? status} : ${formatInteger(n)}`).join(' · ')}
      </p>
      {coverage.com && (
        <p class="muted">
          Collectivités d'outre-mer (à part) : {formatInteger(coverage.com.population)} habitants, dont{' '}
          {formatInteger(coverage.com.covered_population)} couverts.
        </p>
      )}
    </div>
  );
}
