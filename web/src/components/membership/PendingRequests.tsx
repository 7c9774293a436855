// The pending requests to join (status `demande`), on top of the memberships page: each one
// accepted or refused with one click, dated by the « date de la décision » field (today by
// default).

import { useState } from 'preact/hooks';
import { useCptsToday } from '../../cpts-clock';
import { formatDay, formatInteger, pluralize } from '../../format';
import { changeStatus, listMemberships, type Membership, type MembershipStatus } from '../../membership-api';
import { problemMessage } from '../../problem-message';
import { useApiValue } from '../../use-api';
import { useSubmission } from '../../use-submission';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { MemberName } from './MemberName';
import { memberActivity, memberCommunes } from './member-texts';

const MAX_SHOWN = 100;

interface PendingRequestsProps {
  cptsId: string;
  /** Changes whenever memberships change (the list reloads). */
  version: number;
  onChanged: () => void;
}

export function PendingRequests({ cptsId, version, onChanged }: PendingRequestsProps) {
  const pending = useApiValue((signal) => listMemberships(cptsId, { status: 'demande', limit: MAX_SHOWN }, signal), [cptsId, version]);
  const items = pending.value?.items ?? null;
  const total = pending.value?.total ?? 0;
  const today = useCptsToday();
  const [on, setOn] = useState(today);
  const { busy, problem, message, run } = useSubmission();

  const shownProblem = problem ?? pending.problem;

  const decide = (m: Membership, status: MembershipStatus) =>
    run(async () => {
      await changeStatus(cptsId, m.id, status, on, '');
      onChanged();
      return `${m.member.name} : demande ${status === 'active' ? 'acceptée' : 'refusée'} le ${formatDay(on)}.`;
    });

  return (
    <section class="panel" aria-labelledby="pending-title" data-testid="pending-requests">
      <div class="panel__header">
        <div>
          <h2 id="pending-title" class="panel__title">
            Demandes d'adhésion {items !== null && <span class="count">{formatInteger(total)}</span>}
          </h2>
          <p class="panel__lead">À accepter ou refuser ; la décision est datée du jour choisi.</p>
        </div>
        <TextField label="Date de la décision" type="date" value={on} max={today} onInput={(event) => setOn(event.currentTarget.value)} />
      </div>
      <FormAlert kind="success">{message}</FormAlert>
      <FormAlert>{shownProblem ? problemMessage(shownProblem) : null}</FormAlert>
      {items === null && !pending.problem && <p class="loading loading--inline">Chargement des demandes…</p>}
      {items !== null && items.length === 0 && <p class="empty">Aucune demande en attente.</p>}
      {items !== null && items.length > 0 && (
        <ul class="result-list">
          {items.map((m) => (
            <li key={m.id} data-testid="pending-request">
              <span>
                <MemberName member={m.member} />
                <span class="result-list__sub">
                  {[memberActivity(m.member), memberCommunes(m.member), m.college?.name, `demandé le ${formatDay(m.requested_on)}`]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <span class="row-actions row-actions--inline">
                <button type="button" class="btn btn--small" disabled={busy} onClick={() => void decide(m, 'active')}>
                  Accepter
                </button>
                <button type="button" class="btn btn--small btn--danger-outline" disabled={busy} onClick={() => void decide(m, 'radiee')}>
                  Refuser
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > MAX_SHOWN && (
        <p class="muted">
          {formatInteger(total - MAX_SHOWN)} {pluralize(total - MAX_SHOWN, 'autre demande', 'autres demandes')} : filtrez la liste
          des adhésions sur le statut « Demande ».
        </p>
      )}
    </section>
  );
}
