// The coordination's settings of the procedure: how many days a request may stay in each status
// before it is flagged « En retard » (empty: no limit), and how many days a closed, abandoned or
// unsolved request keeps the patient's identity before `maillage purge` removes it.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getMtSettings, putMtSettings, type MtSettings, type MtStatus } from '../../mt-api';
import { mtStatusLabel } from '../../mt-labels';
import { problemMessage } from '../../problem-message';
import { useApiValue } from '../../use-api';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

/** The statuses that may have a delay (final ones have none). */
const DELAYED: MtStatus[] = ['nouvelle', 'qualifiee', 'proposee', 'refusee', 'acceptee', 'declaree', 'sans_solution'];

type Draft = { delays: Record<string, string>; retention: string };

function draftOf(settings: MtSettings): Draft {
  const delays: Record<string, string> = {};
  for (const status of DELAYED) delays[status] = settings.delays[status]?.toString() ?? '';
  return { delays, retention: String(settings.retention_days) };
}

export function MtSettingsPanel({ cptsId, onSaved }: { cptsId: string; onSaved: () => void }) {
  const settings = useApiValue((signal) => getMtSettings(cptsId, signal), [cptsId]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { busy, problem, message, run } = useSubmission();
  useEffect(() => {
    if (settings.value) setDraft(draftOf(settings.value));
  }, [settings.value]);

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft) return;
    const delays: Partial<Record<MtStatus, number | null>> = {};
    for (const status of DELAYED) {
      const text = draft.delays[status].trim();
      delays[status] = text === '' ? null : Number(text);
    }
    void run(async () => {
      settings.set(await putMtSettings(cptsId, delays, Number(draft.retention)));
      onSaved();
      return 'Délais et conservation enregistrés.';
    });
  };

  return (
    <section class="panel" aria-labelledby="mt-settings-title" data-testid="mt-settings">
      <div>
        <h2 id="mt-settings-title" class="panel__title">
          Délais et conservation
        </h2>
        <p class="panel__lead">
          Nombre de jours qu'une demande peut rester à chaque étape avant d'être signalée en retard (vide : sans limite), et durée
          de conservation de l'identité des patients après la fin de la démarche.
        </p>
      </div>
      <FormAlert>{settings.problem ? problemMessage(settings.problem) : null}</FormAlert>
      {draft && (
        <form class="form" onSubmit={submit} aria-label="Délais et conservation">
          <div class="inline-form__fields">
            {DELAYED.map((status) => (
              <TextField
                key={status}
                label={`${mtStatusLabel(status)} (jours)`}
                type="number"
                min={1}
                max={365}
                value={draft.delays[status]}
                onInput={(e) => setDraft({ ...draft, delays: { ...draft.delays, [status]: e.currentTarget.value } })}
              />
            ))}
            <TextField
              label="Conservation de l'identité (jours)"
              type="number"
              required
              min={0}
              max={3650}
              value={draft.retention}
              error={fieldMessage(problem, 'retention_days')}
              onInput={(e) => setDraft({ ...draft, retention: e.currentTarget.value })}
            />
          </div>
          <FormAlert>{problem && !fieldMessage(problem, 'retention_days') ? problemMessage(problem) : null}</FormAlert>
          <FormAlert kind="success">{message}</FormAlert>
          <div class="inline-form__actions">
            <button type="submit" class="btn" disabled={busy}>
              Enregistrer les délais
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
