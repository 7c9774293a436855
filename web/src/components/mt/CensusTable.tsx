// The census of a CPTS: every declaration of its GPs about new médecin-traitant patients, the
// stalest first, with its freshness (valid or expired), criteria, and « Mettre à jour ».

import { formatDate, formatDay, formatInteger } from '../../format';
import type { CensusEntry } from '../../mt-api';
import { CENSUS_CHANNEL_LABELS, doctorLabel } from '../../mt-labels';
import { professionalPath } from '../../router';
import { Link } from '../Link';

/** « Prioritaires seulement · 18 à 60 ans · 13201, 13207 »; « Aucun » without criteria. */
function criteriaText(e: CensusEntry): string {
  const parts: string[] = [];
  if (e.priority_only) parts.push('prioritaires seulement');
  if (e.age_min !== null && e.age_max !== null) parts.push(`${e.age_min} à ${e.age_max} ans`);
  else if (e.age_min !== null) parts.push(`${e.age_min} ans et plus`);
  else if (e.age_max !== null) parts.push(`jusqu'à ${e.age_max} ans`);
  if (e.communes.length > 0) parts.push(`communes ${e.communes.join(', ')}`);
  return parts.length > 0 ? parts.join(' · ') : 'aucun';
}

interface CensusTableProps {
  entries: CensusEntry[];
  onEdit: (entry: CensusEntry) => void;
}

export function CensusTable({ entries, onEdit }: CensusTableProps) {
  if (entries.length === 0) return <p class="empty">Aucune déclaration : enregistrez celles des médecins du territoire.</p>;
  return (
    <div class="table-scroll">
      <table class="data-table data-table--stack" data-testid="census-table">
        <thead>
          <tr>
            <th scope="col">Médecin</th>
            <th scope="col">Nouveaux patients</th>
            <th scope="col">Critères</th>
            <th scope="col">Validité</th>
            <th scope="col">Déclarée</th>
            <th scope="col">
              <span class="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={`${e.professional_id}/${e.site_key}`} data-testid="census-row" data-professional={e.professional_id}>
              <td data-label="Médecin" class="strong">
                <span class="doctor-name">
                  <Link href={professionalPath(e.professional_id)}>
                    {doctorLabel(e)}
                  </Link>
                  <span class="cell-sub">
                    {[e.address, `${e.postcode} ${e.commune}`.trim()].filter(Boolean).join(', ')}
                  </span>
                </span>
              </td>
              <td data-label="Nouveaux patients">
                {e.accepts ? (
                  <span class="badge badge--success">
                    {e.places === null ? 'Oui' : `${formatInteger(e.places)} ${e.places > 1 ? 'places' : 'place'}`}
                  </span>
                ) : (
                  <span class="badge badge--neutral">Non</span>
                )}
              </td>
              <td data-label="Critères">{criteriaText(e)}</td>
              <td data-label="Validité">
                <span class="status-since">
                  <span class={e.valid ? 'badge badge--success' : 'badge badge--danger'}>{e.valid ? 'Valide' : 'Expirée'}</span>
                  <span class="cell-sub">jusqu'au {formatDay(e.valid_until)}</span>
                </span>
              </td>
              <td data-label="Déclarée">
                {formatDate(e.declared_at)}
                <span class="cell-sub">
                  {CENSUS_CHANNEL_LABELS[e.channel] ?? e.channel} · {e.declared_by}
                </span>
              </td>
              <td class="col-actions">
                <button type="button" class="btn btn--small btn--secondary nowrap" onClick={() => onEdit(e)}>
                  Mettre à jour
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
