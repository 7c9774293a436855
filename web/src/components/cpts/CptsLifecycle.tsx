// The lifecycle of a CPTS: its dated steps with who recorded them, and — for administrators and
// funders (ARS/CPAM) — the form recording the next step or the dissolution.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { problemMessage } from '../../problem-message';
import { recordStatus, type CptsProfile, type CptsStatus } from '../../territory-api';
import { STATUS_ORDER, statusLabel } from '../../territory-labels';
import { FormAlert } from '../forms/FormAlert';

interface CptsLifecycleProps {
  cpts: CptsProfile;
  canValidate: boolean;
  onChanged: (cpts: CptsProfile) => void;
}

function nextSteps(status: CptsStatus): CptsStatus[] {
  if (status === 'dissoute') return [];
  const next = STATUS_ORDER[STATUS_ORDER.indexOf(status) + 1];
  return next ? [next, 'dissoute'] : ['dissoute'];
}

export function CptsLifecycle({ cpts, canValidate, onChanged }: CptsLifecycleProps) {
  const steps = nextSteps(cpts.status);
  const [status, setStatus] = useState<CptsStatus | ''>('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const chosen = status || steps[0];

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    setProblem(null);
    try {
      onChanged(await recordStatus(cpts.id, chosen, date, note));
      setStatus('');
      setNote('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section class="panel" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title" class="panel__title">
        Étapes
      </h2>
      <ol class="link-list" data-testid="status-history">
        <li>
          Projet — créée le {formatDate(cpts.created_at)}
        </li>
        {(cpts.status_history ?? []).map((s, i) => (
          <li key={i}>
            <strong>{statusLabel(s.status)}</strong> le {formatDate(s.effective_date)}{' '}
            <span class="muted">
              (enregistré le {formatDateTime(s.recorded_at)} par {s.recorded_by})
            </span>
            {s.note && <span> — {s.note}</span>}
          </li>
        ))}
      </ol>
      {canValidate && steps.length > 0 && (
        <form class="inline-form inline-form--row" onSubmit={submit} aria-label="Enregistrer une étape">
          <div class="field">
            <label class="field__label" for="next-status">
              Étape
            </label>
            <select id="next-status" class="field__input" value={chosen} onChange={(e) => setStatus(e.currentTarget.value as CptsStatus)}>
              {steps.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="status-date">
              Date
            </label>
            <input id="status-date" class="field__input" type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label class="field__label" for="status-note">
              Note (facultatif)
            </label>
            <input id="status-note" class="field__input" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <button type="submit" class={chosen === 'dissoute' ? 'btn btn--danger' : 'btn'}>
            Enregistrer l'étape
          </button>
          <FormAlert>{problem ? (problem.detail && problem.status === 409 ? `Refusé : ${problem.detail}` : problemMessage(problem)) : ''}</FormAlert>
        </form>
      )}
    </section>
  );
}
