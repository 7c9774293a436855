// « Nouvelle demande »: a patient looking for a médecin traitant, with the minimal fields (names,
// birth date, sex, commune and postcode, how to reach them, priority flags, source, consent date).
// Made to be typed through with the keyboard: fields in reading order, Enter submits, the form
// empties and takes the focus again after each request. Refusals are shown in French by field; a
// person already waiting is named with a link to their request when the caller may see it.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from '../../api';
import { useCptsToday } from '../../cpts-clock';
import { createMtRequest, type MtFlag, type MtRequestDetail, type MtSource, type NewMtRequest } from '../../mt-api';
import { MT_FLAGS, MT_SOURCE_LABELS } from '../../mt-labels';
import { problemMessage } from '../../problem-message';
import { mtRequestPath } from '../../router';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { Link } from '../Link';
import { PATIENT_FIELDS, PatientFields, emptyPatient, patientFields, type PatientDraft } from '../patient/PatientFields';
import { ReferralFields } from '../patient/ReferralFields';

type Draft = PatientDraft & { source: MtSource | ''; consent_on: string; flags: Record<MtFlag, boolean> };

const emptyDraft = (today: string): Draft => ({
  ...emptyPatient(),
  source: '',
  consent_on: today,
  flags: { ald: false, precarity: false, pregnancy: false, leaving_hospital: false, disability: false },
});

/** The fields shown with their own message; any other refusal is shown above the buttons. */
const FIELDS = [...PATIENT_FIELDS, 'source', 'consent_on'];

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
  const today = useCptsToday();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(today));
  const [generation, setGeneration] = useState(0);
  const firstField = useRef<HTMLInputElement>(null);
  const { busy, problem, run } = useSubmission();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const duplicate = duplicateOf(problem);
  const error = (field: string) => (duplicate && field === 'last_name' ? undefined : fieldMessage(problem, field));
  const formError = problem && !duplicate && !FIELDS.some((f) => fieldMessage(problem, f)) ? problemMessage(problem) : null;

  useEffect(() => firstField.current?.focus(), []);

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { flags, source, consent_on } = draft;
    const request: NewMtRequest = { ...patientFields(draft), ...flags, consent_on, source: source || undefined };
    void run(async () => {
      const created = await createMtRequest(cptsId, request);
      setDraft(emptyDraft(today));
      setGeneration((g) => g + 1); // empties the commune search
      firstField.current?.focus();
      onCreated(created);
      return '';
    });
  };

  return (
    <form class="inline-form mt-intake" onSubmit={submit} aria-label="Nouvelle demande" data-testid="mt-request-form">
      <PatientFields draft={draft} set={set} error={error} firstField={firstField} generation={generation} communeTestId="mt-commune" />
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
      <ReferralFields
        sources={MT_SOURCE_LABELS}
        source={draft.source}
        consentOn={draft.consent_on}
        consentHint="Le jour où le patient a accepté d'être inscrit."
        error={error}
        onSource={(source) => set({ source })}
        onConsent={(consent_on) => set({ consent_on })}
      />
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
