// The lifecycle of a CPTS: its dated steps with who recorded them and when, and — for
// administrators and funders (ARS/CPAM) — the form recording the next step or the dissolution.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { formatDate, formatDateTime, formatDay } from '../../format';
import { problemMessage } from '../../problem-message';
import { recordStatus, type CptsProfile, type CptsStatus } from '../../territory-api';
import { STATUS_ORDER, statusLabel } from '../../territory-labels';
import { useConfirm } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';
import { StatusBadge } from './StatusBadge';

interface CptsLifecycleProps {
  cpts: CptsProfile;
  canValidate: boolean;
  onChanged: (cpts: CptsProfile) => void;
}

/** The steps that may follow `status`: the next one of the lifecycle, and the dissolution. */
function nextSteps(status: CptsStatus): CptsStatus[] {
  if (status === 'dissoute') return [];
  const next = STATUS_ORDER[STATUS_ORDER.indexOf(status) + 1];
  return next ? [next, 'dissoute'] : ['dissoute'];
}

export function CptsLifecycle({ cpts, canValidate, onChanged }: CptsLifecycleProps) {
  const steps = nextSteps(cpts.status);
  const history = cpts.status_history ?? [];
  const lastDate = history.at(-1)?.effective_date;
  const [status, setStatus] = useState<CptsStatus | ''>('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');
  const chosen = status && steps.includes(status) ? status : steps[0];
  const { confirm, dialog } = useConfirm();

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    if (
      chosen === 'dissoute' &&
      !(await confirm({
        title: 'Dissoudre la CPTS',
        message: `Dissoudre ${cpts.name} ? Ses communes sont libérées ; la dissolution est définitive.`,
        confirmLabel: 'Dissoudre',
        danger: true,
      }))
    ) {
      return;
    }
    setProblem(null);
    setSaved('');
    try {
      onChanged(await recordStatus(cpts.id, chosen, date, note));
      setSaved(`Étape enregistrée : ${statusLabel(chosen)}.`);
      setStatus('');
      setNote('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section class="panel" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title" class="panel__title">
        Cycle de vie
      </h2>
      {dialog}
      <ol class="steps" data-testid="status-history">
        <li>
          <StatusBadge status="projet" /> créée le {formatDate(cpts.created_at)}
        </li>
        {history.map((s, i) => (
          <li key={i}>
            <StatusBadge status={s.status} /> le <strong>{formatDay(s.effective_date)}</strong>
            {s.note && <span> — {s.note}</span>}
            <span class="steps__sub">
              Enregistré le {formatDateTime(s.recorded_at)} par {s.recorded_by}
            </span>
          </li>
        ))}
      </ol>
      {canValidate && steps.length > 0 && (
        <form class="inline-form" onSubmit={submit} aria-label="Enregistrer une étape">
          <div class="inline-form__fields">
            <div class="field">
              <label class="field__label" for="next-status">
                Étape suivante
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
                Date de l'étape
              </label>
              <input
                id="status-date"
                class="field__input"
                type="date"
                required
                min={lastDate}
                value={date}
                onInput={(e) => setDate(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="field__label" for="status-note">
                Note (facultatif)
              </label>
              <input id="status-note" class="field__input" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </div>
          </div>
          {chosen === 'dissoute' && (
            <p class="inline-form__note">La dissolution libère toutes les communes du territoire ; elle est définitive.</p>
          )}
          <p class="inline-form__actions">
            <button type="submit" class={chosen === 'dissoute' ? 'btn btn--danger' : 'btn'}>
              Enregistrer l'étape
            </button>
          </p>
          <FormAlert>{problem ? problemMessage(problem) : ''}</FormAlert>
          <FormAlert kind="success">{saved}</FormAlert>
        </form>
      )}
    </section>
  );
}
