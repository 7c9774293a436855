// « Nouvelle demande »: a patient looking for a médecin traitant, with the minimal fields (names,
// birth date, sex, commune and postcode, how to reach them, priority flags, source, consent date).
// Made to be typed through with the keyboard: fields in reading order, Enter submits, the form
// empties and takes the focus again after each request. Refusals are shown in French by field; a
// person already waiting is named with a link to their request when the caller may see it.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommuneSummary, Problem } from '../../api';
import { todayIso } from '../../directory-labels';
import { createMtRequest, type MtFlag, type MtRequestDetail, type MtSource, type NewMtRequest } from '../../mt-api';
import { MT_FLAGS, MT_SOURCE_LABELS } from '../../mt-labels';
import { problemMessage } from '../../problem-message';
import { mtRequestPath } from '../../router';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { CommuneSearch } from '../CommuneSearch';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { Link } from '../Link';

type Draft = Omit<NewMtRequest, MtFlag | 'source'> & { source: MtSource | ''; flags: Record<MtFlag, boolean> };

const emptyDraft = (): Draft => ({
  last_name: '',
  first_name: '',
  birth_date: '',
  sex: '',
  commune_code: '',
  postcode: '',
  phone: '',
  contact: '',
  source: '',
  consent_on: todayIso(),
  flags: { ald: false, precarity: false, pregnancy: false, leaving_hospital: false, disability: false },
});

/** The fields shown with their own message; any other refusal is shown above the buttons. */
const FIELDS = ['last_name', 'first_name', 'birth_date', 'sex', 'commune_code', 'postcode', 'phone', 'contact', 'source', 'consent_on'];

function duplicateOf(problem: Problem | null): { requestId: string | null } | null {
  if (!problem?.errors?.some((e) => e.rule === 'duplicate_person')) return null;
  const requestId = (problem as Problem & { request_id?: unknown }).request_id;
  return { requestId: typeof requestId === 'string' ? requestId : null };
}

interface MtRequestFormProps {
  cptsId: string;
  onCreated: (request: MtRequestDetail) => void;
  onClose: () => void;
}

export function MtRequestForm({ cptsId, onCreated, onClose }: MtRequestFormProps) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [commune, setCommune] = useState<CommuneSummary | null>(null);
  const [communeKey, setCommuneKey] = useState(0);
  const firstField = useRef<HTMLInputElement>(null);
  const { busy, problem, run } = useSubmission();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const duplicate = duplicateOf(problem);
  const error = (field: string) => (duplicate && field === 'last_name' ? undefined : fieldMessage(problem, field));
  const formError = problem && !duplicate && !FIELDS.some((f) => fieldMessage(problem, f)) ? problemMessage(problem) : null;

  useEffect(() => firstField.current?.focus(), []);

  const chooseCommune = (c: CommuneSummary) => {
    setCommune(c);
    set({ commune_code: c.code, postcode: c.postcodes.length === 1 ? c.postcodes[0] : '' });
  };

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { flags, source, ...fields } = draft;
    const request: NewMtRequest = {
      ...fields,
      ...flags,
      last_name: fields.last_name.trim(),
      first_name: fields.first_name.trim(),
      postcode: fields.postcode || undefined,
      phone: fields.phone?.trim() || undefined,
      contact: fields.contact?.trim() || undefined,
      source: source || undefined,
    };
    void run(async () => {
      const created = await createMtRequest(cptsId, request);
      setDraft(emptyDraft());
      setCommune(null);
      setCommuneKey((k) => k + 1); // empties the commune search
      firstField.current?.focus();
      onCreated(created);
      return '';
    });
  };

  return (
    <form class="inline-form mt-intake" onSubmit={submit} aria-label="Nouvelle demande" data-testid="mt-request-form">
      <div class="inline-form__fields">
        <TextField label="Nom" required autocomplete="off" maxLength={100} inputRef={firstField} value={draft.last_name} error={error('last_name')} onInput={(e) => set({ last_name: e.currentTarget.value })} />
        <TextField label="Prénom" required autocomplete="off" maxLength={100} value={draft.first_name} error={error('first_name')} onInput={(e) => set({ first_name: e.currentTarget.value })} />
        <TextField label="Date de naissance" type="date" required max={todayIso()} value={draft.birth_date} error={error('birth_date')} onInput={(e) => set({ birth_date: e.currentTarget.value })} />
        <SelectField label="Sexe" required value={draft.sex} error={error('sex')} onChange={(e) => set({ sex: e.currentTarget.value })}>
          <option value="">Choisir…</option>
          <option value="F">Femme</option>
          <option value="M">Homme</option>
        </SelectField>
      </div>
      <div class="directory-form__near">
        <div class="directory-form__commune">
          <CommuneSearch key={communeKey} label="Commune du patient" onSelect={chooseCommune} />
          {commune && (
            <p class="directory-form__chosen" data-testid="mt-commune">
              Commune : <strong>{commune.name}</strong> ({commune.code})
            </p>
          )}
          {error('commune_code') && <p class="field__error">{error('commune_code')}</p>}
        </div>
        <SelectField label="Code postal" value={draft.postcode ?? ''} disabled={!commune} error={error('postcode')} onChange={(e) => set({ postcode: e.currentTarget.value })}>
          <option value="">{commune ? 'Non précisé' : '—'}</option>
          {(commune?.postcodes ?? []).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </SelectField>
      </div>
      <div class="inline-form__fields">
        <TextField label="Téléphone" type="tel" autocomplete="off" value={draft.phone} error={error('phone')} onInput={(e) => set({ phone: e.currentTarget.value })} />
        <TextField
          label="Comment le joindre"
          hint="Horaires, personne à contacter…"
          maxLength={500}
          value={draft.contact}
          error={error('contact')}
          onInput={(e) => set({ contact: e.currentTarget.value })}
        />
      </div>
      <fieldset class="check-group">
        <legend class="field__label">Priorités</legend>
        <p class="field__hint">70 ans et plus et enfant (moins de 18 ans) se déduisent de la date de naissance.</p>
        <div class="directory-form__checks">
          {MT_FLAGS.map(({ flag, label }) => (
            <label key={flag} class="check">
              <input type="checkbox" checked={draft.flags[flag]} onChange={(e) => set({ flags: { ...draft.flags, [flag]: e.currentTarget.checked } })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="inline-form__fields">
        <SelectField label="Adressé par" value={draft.source} error={error('source')} onChange={(e) => set({ source: e.currentTarget.value as MtSource | '' })}>
          <option value="">Selon mon rôle</option>
          {Object.entries(MT_SOURCE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Consentement du patient le"
          hint="Le jour où le patient a accepté d'être inscrit."
          type="date"
          required
          max={todayIso()}
          value={draft.consent_on}
          error={error('consent_on')}
          onInput={(e) => set({ consent_on: e.currentTarget.value })}
        />
      </div>
      <FormAlert testId="mt-request-error">
        {duplicate ? (
          <>
            {fieldMessage(problem, 'last_name')}{' '}
            {duplicate.requestId && <Link href={mtRequestPath(cptsId, duplicate.requestId)}>Voir sa demande</Link>}
          </>
        ) : (
          formError
        )}
      </FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer la demande'}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onClose}>
          Fermer
        </button>
      </div>
    </form>
  );
}
