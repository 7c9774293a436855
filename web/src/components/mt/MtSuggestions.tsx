// For the coordination: the doctors of the census who may take this patient, nearest 5-km band
// first, then the fewest patients accepted lately (fairness of load), each with « Proposer ».
// A request is proposed once qualified (or after a refusal).

import { useState } from 'preact/hooks';
import { formatDistance } from '../../directory-labels';
import { formatInteger } from '../../format';
import { getMtSuggestions, moveMtRequest, type MtRequest, type MtRequestDetail, type MtStatus, type MtSuggestion } from '../../mt-api';
import { canBeProposed, doctorLabel } from '../../mt-labels';
import { problemMessage } from '../../problem-message';
import { professionalPath } from '../../router';
import { useApiValue } from '../../use-api';
import { useSubmission } from '../../use-submission';
import { FormAlert } from '../forms/FormAlert';
import { Link } from '../Link';
import { DEFAULT_DISTANCE_KM, DistanceSelect } from './DistanceSelect';

interface MtSuggestionsProps {
  request: MtRequest;
  onProposed: (answer: MtRequestDetail | { id: string; status: MtStatus }) => void;
}

export function MtSuggestions({ request, onProposed }: MtSuggestionsProps) {
  const [maxKm, setMaxKm] = useState(DEFAULT_DISTANCE_KM);
  const suggestions = useApiValue(
    (signal) => getMtSuggestions(request.cpts_id, request.id, maxKm, signal),
    [request.cpts_id, request.id, request.status, maxKm],
  );
  const { busy, problem, run } = useSubmission();
  const proposable = canBeProposed(request.status);
  const items = suggestions.value?.items ?? null;

  const propose = (s: MtSuggestion) =>
    run(async () => {
      onProposed(await moveMtRequest(request.cpts_id, request.id, { to: 'proposee', professional_id: s.professional_id, site_key: s.site_key }));
      return '';
    });

  return (
    <section class="panel" aria-labelledby="mt-suggestions-title" data-testid="mt-suggestions">
      <div class="panel__header">
        <div>
          <h2 id="mt-suggestions-title" class="panel__title">
            Médecins suggérés
          </h2>
          <p class="panel__lead">
            Médecins du recensement dont la déclaration accepte ce patient, les plus proches d'abord (par tranche de 5 km), puis ceux
            qui ont accepté le moins de patients ces 90 derniers jours.
          </p>
        </div>
        <DistanceSelect value={maxKm} onChange={setMaxKm} />
      </div>
      {!proposable && <p class="notice notice--info">Qualifiez la demande pour pouvoir la proposer à un médecin.</p>}
      <FormAlert>{suggestions.problem ? problemMessage(suggestions.problem) : problem ? problemMessage(problem) : null}</FormAlert>
      {items === null && !suggestions.problem && <p class="loading loading--inline">Recherche des médecins…</p>}
      {items !== null && items.length === 0 && (
        <p class="empty">Aucun médecin du recensement ne peut prendre ce patient à moins de {maxKm} km.</p>
      )}
      {items !== null && items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack" data-testid="mt-suggestions-table">
            <thead>
              <tr>
                <th scope="col">Médecin</th>
                <th scope="col">Lieu d'exercice</th>
                <th scope="col" class="num">
                  Distance
                </th>
                <th scope="col" class="num">
                  Places
                </th>
                <th scope="col" class="num">
                  Acceptés (90 j)
                </th>
                <th scope="col">
                  <span class="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={`${s.professional_id}/${s.site_key}`} data-testid="mt-suggestion" data-professional={s.professional_id}>
                  <td data-label="Médecin" class="strong">
                    <Link href={professionalPath(s.professional_id)}>{doctorLabel(s)}</Link>
                    <span class="cell-sub">{s.profession}</span>
                  </td>
                  <td data-label="Lieu d'exercice">
                    {s.address}
                    <span class="cell-sub">
                      {s.postcode} {s.commune}
                    </span>
                  </td>
                  <td data-label="Distance" class="num">
                    {formatDistance(s.distance_km)}
                  </td>
                  <td data-label="Places" class="num">
                    {s.places === null ? 'non précisé' : formatInteger(s.places)}
                  </td>
                  <td data-label="Acceptés (90 j)" class="num">
                    {formatInteger(s.recent_acceptances)}
                  </td>
                  <td class="col-actions">
                    <button
                      type="button"
                      class="btn btn--small"
                      disabled={busy || !proposable}
                      aria-label={`Proposer au ${doctorLabel(s)}`}
                      onClick={() => void propose(s)}
                    >
                      Proposer
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
