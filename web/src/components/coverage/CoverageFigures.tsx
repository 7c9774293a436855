// The figures of Plan 100 % for one area: population, covered by CPTS with a signed contract
// and by all CPTS, CPTS by status, and (nation) the COM apart.

import { formatInteger, formatShare, pluralize } from '../../format';
import type { Coverage, CptsStatus } from '../../territory-api';
import { STATUS_ORDER } from '../../territory-labels';
import { StatusBadge } from '../cpts/StatusBadge';

const STATUSES: readonly CptsStatus[] = [...STATUS_ORDER, 'dissoute'];

export function CoverageFigures({ coverage }: { coverage: Coverage }) {
  const present = STATUSES.filter((s) => (coverage.cpts_by_status[s] ?? 0) > 0);
  const { signed_contract: signed, all_cpts: all } = coverage.covered;
  return (
    <div data-testid={`coverage-${coverage.level}`}>
      <dl class="territory-figures">
        <div>
          <dt>Population</dt>
          <dd>{formatInteger(coverage.population)}</dd>
        </div>
        <div>
          <dt>Couverte par une CPTS sous contrat</dt>
          <dd>
            {formatShare(signed.share)}
            <span class="territory-figures__sub">{formatInteger(signed.population)} habitants</span>
          </dd>
        </div>
        <div>
          <dt>Couverte par une CPTS (projets compris)</dt>
          <dd>
            {formatShare(all.share)}
            <span class="territory-figures__sub">{formatInteger(all.population)} habitants</span>
          </dd>
        </div>
        <div>
          <dt>Zones blanches</dt>
          <dd>{formatInteger(coverage.zones_blanches.total)}</dd>
        </div>
      </dl>
      {coverage.population_estimated && <p class="muted">Une partie de la population couverte est estimée (parties de communes).</p>}
      <p class="status-counts">
        <span>CPTS présentes :</span>
        {present.length === 0
          ? ' aucune'
          : present.map((status) => (
              <span key={status} class="nowrap">
                <StatusBadge status={status} /> {formatInteger(coverage.cpts_by_status[status] ?? 0)}
              </span>
            ))}
      </p>
      {coverage.com && (
        <p class="muted">
          Collectivités d'outre-mer, comptées à part : {formatInteger(coverage.com.population)} habitants, dont{' '}
          {formatInteger(coverage.com.covered_population)} {pluralize(coverage.com.covered_population, 'couvert')}.
        </p>
      )}
    </div>
  );
}
