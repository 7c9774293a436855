// The steps the caller may take on a request: the coordination's steps of the workflow, or the
// doctor's (accepter, refuser with a reason, déclaration faite). One comment field serves every
// step; a refusal requires it.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { moveMtRequest, type MtRequest, type MtRequestDetail, type MtStatus } from '../../mt-api';
import { mtStatusLabel, stepLabel, type MtActor } from '../../mt-labels';
import { problemMessage } from '../../problem-message';
import { useSubmission } from '../../use-submission';
import { FormAlert } from '../forms/FormAlert';

interface MtActionsProps {
  request: MtRequest;
  actor: MtActor;
  /** The answer of a step: the request again, or only its id and status when the caller no longer sees it. */
  onMoved: (answer: MtRequestDetail | { id: string; status: MtStatus }) => void;
}

export function MtActions({ request, actor, onMoved }: MtActionsProps) {
  // What the server allows this caller; a proposal names a doctor: the suggestions make it.
  const steps = request.actions.filter((to) => to !== 'proposee');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const { busy, problem, message, run } = useSubmission();
  if (steps.length === 0) return null;

  const move = (to: MtStatus) => {
    const text = reason.trim();
    setReasonError(to === 'refusee' && !text ? 'Indiquez le motif du refus.' : '');
    if (to === 'refusee' && !text) return;
    void run(async () => {
      const answer = await moveMtRequest(request.cpts_id, request.id, { to, reason: text || undefined });
      setReason('');
      onMoved(answer);
      return `Demande passée à l'étape « ${mtStatusLabel(to)} ».`;
    });
  };
  const onSubmit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => event.preventDefault();

  return (
    <section class="panel" aria-labelledby="mt-actions-title" data-testid="mt-actions">
      <h2 id="mt-actions-title" class="panel__title">
        {actor === 'doctor' ? 'Votre réponse' : 'Étapes'}
      </h2>
      <form class="form" onSubmit={onSubmit} aria-label="Étape suivante">
        <div class={['field', reasonError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
          <label class="field__label" for="mt-reason">
            Motif ou commentaire
          </label>
          <p id="mt-reason-hint" class="field__hint">
            Obligatoire pour un refus ; gardé dans l'historique.
          </p>
          <textarea
            id="mt-reason"
            class="field__input"
            rows={2}
            maxLength={500}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'mt-reason-hint mt-reason-error' : 'mt-reason-hint'}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          {reasonError && (
            <p id="mt-reason-error" class="field__error">
              {reasonError}
            </p>
          )}
        </div>
        <div class="inline-form__actions">
          {steps.map((to) => (
            <button
              key={to}
              type="button"
              class={to === 'abandonnee' || to === 'refusee' ? 'btn btn--danger-outline' : to === 'sans_solution' ? 'btn btn--secondary' : 'btn'}
              disabled={busy}
              onClick={() => move(to)}
            >
              {stepLabel(request.status, to, actor)}
            </button>
          ))}
        </div>
        <FormAlert>{problem ? problemMessage(problem) : null}</FormAlert>
        <FormAlert kind="success">{message}</FormAlert>
      </form>
    </section>
  );
}
