// Records one census declaration: a GP's practice site (found in the directory), whether it takes
// new médecin-traitant patients, how many places are left, its criteria (priority patients only,
// ages, communes served), until when the declaration holds, and how it was made. The coordination
// records any site's; a doctor their own sites only.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { putCensus, type CensusChannel, type CensusDeclaration, type CensusEntry } from '../../mt-api';
import { CENSUS_CHANNEL_LABELS } from '../../mt-labels';
import { problemMessage } from '../../problem-message';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { DoctorName } from './DoctorName';
import { DoctorPicker, type PickedSite } from './DoctorPicker';

const VALIDITY_MONTHS = 6;
const FIELDS = ['accepts', 'places', 'priority_only', 'age_min', 'age_max', 'communes', 'valid_until', 'channel'];

/** Today plus six months, as an ISO date. */
function defaultValidity(): string {
  const day = new Date();
  day.setMonth(day.getMonth() + VALIDITY_MONTHS);
  return day.toISOString().slice(0, 10);
}

interface Draft {
  accepts: boolean;
  places: string;
  priority_only: boolean;
  age_min: string;
  age_max: string;
  communes: string;
  valid_until: string;
  channel: CensusChannel;
}

function draftOf(entry: CensusEntry | null, channel: CensusChannel): Draft {
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    accepts: entry?.accepts ?? true,
    places: text(entry?.places),
    priority_only: entry?.priority_only ?? false,
    age_min: text(entry?.age_min),
    age_max: text(entry?.age_max),
    communes: entry?.communes.join(' ') ?? '',
    valid_until: defaultValidity(),
    channel,
  };
}

function declarationOf(d: Draft): CensusDeclaration {
  const number = (text: string) => (text.trim() === '' ? null : Number(text));
  return {
    accepts: d.accepts,
    places: number(d.places),
    priority_only: d.priority_only,
    age_min: number(d.age_min),
    age_max: number(d.age_max),
    communes: d.communes.split(/[\s,;]+/).filter(Boolean),
    valid_until: d.valid_until,
    channel: d.channel,
  };
}

export interface CensusFormProps {
  cptsId: string;
  /** The site to update and its current declaration; the form starts with the doctor search without. */
  initial: { site: PickedSite; entry: CensusEntry } | null;
  /** How declarations are usually made by this caller (the coordination: by phone; a doctor: themselves). */
  channel: CensusChannel;
  onSaved: (entry: CensusEntry) => void;
}

export function CensusForm({ cptsId, initial, channel, onSaved }: CensusFormProps) {
  const [site, setSite] = useState<PickedSite | null>(initial?.site ?? null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial?.entry ?? null, channel));
  const { busy, problem, message, run } = useSubmission();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  let formError = problem && !FIELDS.some((f) => fieldMessage(problem, f)) ? problemMessage(problem) : null;
  if (problem?.status === 403) formError = "Un médecin déclare pour ses propres lieux d'exercice seulement.";

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!site) return;
    void run(async () => {
      const saved = await putCensus(cptsId, site.professionalId, site.siteKey, declarationOf(draft));
      onSaved(saved);
      return site.label ? `Déclaration enregistrée pour ${site.label}.` : 'Déclaration enregistrée.';
    });
  };

  return (
    <form class="inline-form" onSubmit={submit} aria-label="Déclaration au recensement" data-testid="census-form">
      {site ? (
        <p class="directory-form__chosen" data-testid="census-site">
          Lieu d'exercice : <strong>{site.label || <DoctorName professionalId={site.professionalId} siteKey={site.siteKey} />}</strong>{' '}
          {!initial && (
            <button type="button" class="btn btn--small btn--ghost" onClick={() => setSite(null)}>
              Changer
            </button>
          )}
        </p>
      ) : (
        <DoctorPicker cptsId={cptsId} onPick={setSite} />
      )}
      <div class="directory-form__checks">
        <label class="check">
          <input type="checkbox" checked={draft.accepts} onChange={(e) => set({ accepts: e.currentTarget.checked })} />
          Accepte de nouveaux patients médecin traitant
        </label>
        <label class="check">
          <input type="checkbox" checked={draft.priority_only} onChange={(e) => set({ priority_only: e.currentTarget.checked })} />
          Patients prioritaires seulement
        </label>
      </div>
      <div class="inline-form__fields">
        <TextField label="Places restantes" hint="Vide : non précisé." type="number" min={0} max={10000} value={draft.places} error={fieldMessage(problem, 'places')} onInput={(e) => set({ places: e.currentTarget.value })} />
        <TextField label="Âge minimum" type="number" min={0} max={120} value={draft.age_min} error={fieldMessage(problem, 'age_min')} onInput={(e) => set({ age_min: e.currentTarget.value })} />
        <TextField label="Âge maximum" type="number" min={0} max={120} value={draft.age_max} error={fieldMessage(problem, 'age_max')} onInput={(e) => set({ age_max: e.currentTarget.value })} />
        <TextField
          label="Communes desservies"
          hint="Codes INSEE séparés par des espaces ; vide : toutes."
          value={draft.communes}
          error={fieldMessage(problem, 'communes')}
          onInput={(e) => set({ communes: e.currentTarget.value })}
        />
        <TextField label="Valable jusqu'au" type="date" required value={draft.valid_until} error={fieldMessage(problem, 'valid_until')} onInput={(e) => set({ valid_until: e.currentTarget.value })} />
        <SelectField label="Déclaration faite" value={draft.channel} error={fieldMessage(problem, 'channel')} onChange={(e) => set({ channel: e.currentTarget.value as CensusChannel })}>
          {Object.entries(CENSUS_CHANNEL_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <FormAlert testId="census-error">{formError}</FormAlert>
      <FormAlert kind="success" testId="census-saved">
        {message}
      </FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={busy || !site}>
          Enregistrer la déclaration
        </button>
      </div>
    </form>
  );
}
