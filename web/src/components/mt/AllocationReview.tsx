// The review of a batch allocation: what it achieves (priority patients served, patients served,
// total distance), each assignment with a checkbox (all checked), the patients left unserved, and
// « Confirmer les propositions » for the checked ones. The server proposes them all or none: a
// refused line shows its reason and nothing is saved.

import { useState } from 'preact/hooks';
import type { Problem } from '../../api';
import { formatDistance } from '../../directory-labels';
import { formatInteger, pluralize } from '../../format';
import { confirmMtAllocation, type MtAllocation, type MtAssignment } from '../../mt-api';
import { problemMessage } from '../../problem-message';
import { mtRequestPath, professionalPath } from '../../router';
import { useSubmission } from '../../use-submission';
import { ruleMessage } from '../../validation-messages';
import { doctorLabel } from '../../mt-labels';
import { FormAlert } from '../forms/FormAlert';
import { Link } from '../Link';
import { PriorityBadges } from './PriorityBadges';
import { patientName } from './patient-texts';

/** The refusal of each sent assignment, by request id (the server names them `assignments[i]`). */
function refusalsByRequest(problem: Problem | null, sent: MtAssignment[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const error of problem?.errors ?? []) {
    const index = /^assignments\[(\d+)\]$/.exec(error.field);
    const assignment = index ? sent[Number(index[1])] : undefined;
    if (assignment) out.set(assignment.request.id, ruleMessage(error));
  }
  return out;
}

function Objective({ allocation: a }: { allocation: MtAllocation }) {
  return (
    <dl class="territory-figures" data-testid="mt-objective">
      <div>
        <dt>Patients prioritaires servis</dt>
        <dd>{formatInteger(a.objective.priority_served)}</dd>
      </div>
      <div>
        <dt>Patients servis</dt>
        <dd>
          {formatInteger(a.objective.served)}
          <span class="territory-figures__sub">sur {formatInteger(a.objective.served + a.unserved.length)} en attente</span>
        </dd>
      </div>
      <div>
        <dt>Distance totale</dt>
        <dd>{formatDistance(a.objective.total_distance_km)}</dd>
      </div>
      <div>
        <dt>Médecins pris en compte</dt>
        <dd>
          {formatInteger(a.doctors)}
          {a.doctors_without_places > 0 && (
            <span class="territory-figures__sub">
              + {formatInteger(a.doctors_without_places)} sans nombre de places déclaré
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}

interface AllocationReviewProps {
  cptsId: string;
  allocation: MtAllocation;
  onConfirmed: (proposed: number) => void;
}

export function AllocationReview({ cptsId, allocation, onConfirmed }: AllocationReviewProps) {
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const [sent, setSent] = useState<MtAssignment[]>([]);
  const { busy, problem, run } = useSubmission();
  const waiting = allocation.assignments.length + allocation.unserved.length;
  const chosen = allocation.assignments.filter((a) => !unchecked.has(a.request.id));
  const refusals = refusalsByRequest(problem, sent);
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(unchecked);
    if (checked) next.delete(id);
    else next.add(id);
    setUnchecked(next);
  };

  const confirm = () => {
    setSent(chosen);
    void run(async () => {
      const { proposed } = await confirmMtAllocation(
        cptsId,
        chosen.map((a) => ({ request_id: a.request.id, professional_id: a.doctor.professional_id, site_key: a.doctor.site_key })),
      );
      onConfirmed(proposed);
      return '';
    });
  };

  return (
    <>
      <section class="panel" aria-labelledby="mt-assignments-title">
        <h2 id="mt-assignments-title" class="panel__title">
          Propositions
        </h2>
        <Objective allocation={allocation} />
        {waiting === 0 && <p class="empty">Aucune demande qualifiée n'attend de médecin.</p>}
        {waiting > 0 && allocation.assignments.length === 0 && (
          <p class="empty">Aucune proposition possible : pas de médecin du recensement avec des places pour ces patients.</p>
        )}
        {allocation.assignments.length > 0 && (
          <div class="table-scroll">
            <table class="data-table data-table--stack" data-testid="mt-assignments">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="visually-hidden">Garder</span>
                  </th>
                  <th scope="col">Patient</th>
                  <th scope="col">Priorités</th>
                  <th scope="col">Médecin</th>
                  <th scope="col" class="num">
                    Distance
                  </th>
                </tr>
              </thead>
              <tbody>
                {allocation.assignments.map((a) => {
                  const name = patientName(a.request);
                  const refusal = refusals.get(a.request.id);
                  return (
                    <tr key={a.request.id} data-testid="mt-assignment" class={refusal ? 'is-refused' : undefined}>
                      <td class="col-actions">
                        <input
                          type="checkbox"
                          class="row-check"
                          aria-label={`Proposer ${name}`}
                          checked={!unchecked.has(a.request.id)}
                          onChange={(e) => toggle(a.request.id, e.currentTarget.checked)}
                        />
                      </td>
                      <td data-label="Patient" class="strong">
                        <Link href={mtRequestPath(cptsId, a.request.id)}>{name}</Link>
                        <span class="cell-sub">{a.request.patient.commune ?? a.request.patient.commune_code}</span>
                        {refusal && <span class="field__error">{refusal}</span>}
                      </td>
                      <td data-label="Priorités">
                        <PriorityBadges groups={a.request.priority_groups} />
                      </td>
                      <td data-label="Médecin">
                        <Link href={professionalPath(a.doctor.professional_id)}>
                          {doctorLabel(a.doctor)}
                        </Link>
                        <span class="cell-sub">
                          {a.doctor.address}, {a.doctor.postcode} {a.doctor.commune}
                        </span>
                      </td>
                      <td data-label="Distance" class="num">
                        {formatDistance(a.distance_km)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <FormAlert testId="mt-confirm-error">
          {refusals.size > 0
            ? `${formatInteger(refusals.size)} ${pluralize(refusals.size, 'proposition refusée', 'propositions refusées')} : rien n'a été enregistré. Décochez ces lignes ou recalculez la répartition.`
            : problem && problemMessage(problem)}
        </FormAlert>
        {allocation.assignments.length > 0 && (
          <div class="inline-form__actions">
            <button type="button" class="btn" disabled={busy || chosen.length === 0} onClick={confirm}>
              Confirmer les propositions ({formatInteger(chosen.length)})
            </button>
          </div>
        )}
      </section>
      {waiting > 0 && (
        <section class="panel" aria-labelledby="mt-unserved-title">
          <h2 id="mt-unserved-title" class="panel__title">
            Sans proposition <span class="count">{formatInteger(allocation.unserved.length)}</span>
          </h2>
          {allocation.unserved.length === 0 ? (
            <p class="empty">Chaque patient en attente reçoit une proposition.</p>
          ) : (
            <>
              <p class="panel__lead">
                {pluralize(allocation.unserved.length, 'Ce patient n’a', 'Ces patients n’ont')} pas de médecin avec une place à moins de{' '}
                {formatInteger(allocation.max_distance_km)} km qui accepte son profil.
              </p>
              <ul class="result-list" data-testid="mt-unserved">
                {allocation.unserved.map((r) => (
                  <li key={r.id}>
                    <span>
                      <Link href={mtRequestPath(cptsId, r.id)}>{patientName(r)}</Link>
                      <span class="result-list__sub">{r.patient.commune ?? r.patient.commune_code}</span>
                    </span>
                    <PriorityBadges groups={r.priority_groups} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
