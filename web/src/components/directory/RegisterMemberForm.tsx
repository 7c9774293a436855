// « Inscrire comme adhérent »: a coordinator (or an administrator) registers a professional or a
// structure as a member of a CPTS's association, choosing the CPTS (when several), the college
// and the status (a request, or an active member), dated. Refusals are shown in French (already a
// member, unknown college…).

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../../api';
import { membershipStatusLabel, todayIso } from '../../directory-labels';
import { formatDay } from '../../format';
import { createMembership, listColleges, type College, type MemberKind, type MembershipDetail } from '../../membership-api';
import { problemMessage } from '../../problem-message';
import { membershipsPath } from '../../router';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { Link } from '../Link';

interface RegisterMemberFormProps {
  memberKind: MemberKind;
  memberId: string;
  /** The CPTS the user manages (at least one). */
  choices: { id: string; name: string }[];
  onRegistered: (membership: MembershipDetail) => void;
}

type Outcome = { cpts: { id: string; name: string }; membership: MembershipDetail };

export function RegisterMemberForm({ memberKind, memberId, choices, onRegistered }: RegisterMemberFormProps) {
  const [open, setOpen] = useState(false);
  const [cptsId, setCptsId] = useState(choices[0]?.id ?? '');
  const [colleges, setColleges] = useState<College[] | null>(null);
  const [collegeId, setCollegeId] = useState('');
  const [status, setStatus] = useState<'active' | 'demande'>('active');
  const [on, setOn] = useState(todayIso);
  const [loadProblem, setLoadProblem] = useState<Problem | null>(null);
  const { busy, problem: saveProblem, run, reset } = useSubmission();
  const problem = saveProblem ?? loadProblem;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cpts = choices.find((c) => c.id === cptsId) ?? choices[0];

  useEffect(() => {
    if (!open || !cpts) return undefined;
    const controller = new AbortController();
    setColleges(null);
    setCollegeId('');
    listColleges(cpts.id, controller.signal)
      .then((answer) => setColleges(answer.items))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setLoadProblem(toProblem(error));
      });
    return () => controller.abort();
  }, [open, cpts?.id]);

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!cpts) return;
    void run(async () => {
      const membership = await createMembership(cpts.id, {
        member_kind: memberKind,
        member_id: memberId,
        college_id: collegeId || undefined,
        status,
        on,
      });
      setOutcome({ cpts, membership });
      setOpen(false);
      onRegistered(membership);
      return '';
    });
  };

  if (!cpts) return null;
  return (
    <div class="register-member" data-testid="register-member">
      {outcome && (
        <FormAlert kind="success" testId="register-outcome">
          {outcome.membership.reopened ? 'Adhésion rouverte' : 'Adhésion enregistrée'} à {outcome.cpts.name} :{' '}
          {membershipStatusLabel(outcome.membership.status).toLowerCase()} depuis le {formatDay(outcome.membership.status_since)}
          {outcome.membership.college ? `, collège « ${outcome.membership.college.name} »` : ''}.{' '}
          <Link href={membershipsPath(outcome.cpts.id)}>Voir les adhésions de {outcome.cpts.name}</Link>
        </FormAlert>
      )}
      {!open && (
        <p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setOpen(true);
              setOutcome(null);
              setLoadProblem(null);
              reset();
            }}
          >
            Inscrire comme adhérent
          </button>
        </p>
      )}
      {open && (
        <form class="inline-form" onSubmit={submit} aria-label="Inscrire comme adhérent">
          <div class="inline-form__fields">
            {choices.length > 1 ? (
              <SelectField label="CPTS" value={cpts.id} onChange={(event) => setCptsId(event.currentTarget.value)}>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
            ) : (
              <p class="field">
                <span class="field__label">CPTS</span>
                <span>{cpts.name}</span>
              </p>
            )}
            <SelectField
              label="Collège"
              value={collegeId}
              disabled={colleges === null}
              hint={colleges !== null && colleges.length === 0 ? "Cette CPTS n'a pas encore de collège : ajoutez-en depuis sa page Adhésions." : undefined}
              error={fieldMessage(problem, 'college_id')}
              onChange={(event) => setCollegeId(event.currentTarget.value)}
            >
              <option value="">{colleges === null ? 'Chargement…' : 'Sans collège'}</option>
              {(colleges ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="Statut" value={status} onChange={(event) => setStatus(event.currentTarget.value as 'active' | 'demande')}>
              <option value="active">Adhérent actif</option>
              <option value="demande">Demande d'adhésion (à accepter)</option>
            </SelectField>
            <TextField label="Date" type="date" required value={on} max={todayIso()} error={fieldMessage(problem, 'on')} onInput={(event) => setOn(event.currentTarget.value)} />
          </div>
          <FormAlert testId="register-error">{problem && !fieldMessage(problem, 'college_id') && !fieldMessage(problem, 'on') ? problemMessage(problem) : null}</FormAlert>
          <div class="inline-form__actions">
            <button type="submit" class="btn" disabled={busy}>
              {busy ? 'Inscription…' : "Enregistrer l'adhésion"}
            </button>
            <button type="button" class="btn btn--secondary" onClick={() => setOpen(false)}>
              Annuler
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
