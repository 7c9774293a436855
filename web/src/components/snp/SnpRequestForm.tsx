// « Nouvelle demande » of unscheduled care, made for a phone call: the first field has the focus,
// fields follow the order of the conversation (who, where, how to call back, why, how soon),
// the urgency is a radio group with access keys, Enter submits. The new request opens at once
// on its orientation screen. Refusals are shown in French by field.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useCptsToday } from '../../cpts-clock';
import { problemMessage } from '../../problem-message';
import { navigate, snpRequestPath } from '../../router';
import { createSnpRequest, type SnpSource, type Urgency } from '../../snp-api';
import { REASON_LABELS, SNP_SOURCE_LABELS, URGENCIES } from '../../snp-labels';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { PATIENT_FIELDS, PatientFields, emptyPatient, patientFields, type PatientDraft } from '../patient/PatientFields';
import { ReferralFields } from '../patient/ReferralFields';

type Draft = PatientDraft & { urgency: Urgency | ''; reason_code: string; reason_text: string; source: SnpSource | ''; consent_on: string };

const emptyDraft = (today: string): Draft => ({ ...emptyPatient(), urgency: '', reason_code: '', reason_text: '', source: '', consent_on: today });

const FIELDS = [...PATIENT_FIELDS, 'urgency', 'reason_code', 'reason_text', 'source', 'consent_on'];

export function SnpRequestForm({ cptsId }: { cptsId: string }) {
  const today = useCptsToday();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(today));
  const firstField = useRef<HTMLInputElement>(null);
  const { busy, problem, run } = useSubmission();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const error = (field: string) => fieldMessage(problem, field);
  const formError = problem && !FIELDS.some((f) => error(f)) ? problemMessage(problem) : null;

  useEffect(() => firstField.current?.focus(), []);

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { urgency, reason_code, reason_text, source, consent_on } = draft;
    void run(async () => {
      const created = await createSnpRequest(cptsId, {
        ...patientFields(draft),
        phone: draft.phone.trim(),
        urgency: urgency as Urgency,
        reason_code,
        reason_text: reason_text.trim() || undefined,
        source: source || undefined,
        consent_on,
      });
      navigate(snpRequestPath(cptsId, created.id));
      return '';
    });
  };

  const urgencyError = error('urgency');
  return (
    <form class="inline-form snp-intake" onSubmit={submit} aria-label="Nouvelle demande de soins non programmés" data-testid="snp-request-form">
      <PatientFields draft={draft} set={set} error={error} firstField={firstField} generation={0} phoneRequired communeTestId="snp-commune" />
      <div class="inline-form__fields">
        <fieldset class={['check-group', urgencyError ? 'field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby="snp-urgency-hint">
          <legend class="field__label">Délai</legend>
          <p id="snp-urgency-hint" class="field__hint">
            Touches d'accès : A (aujourd'hui), 2 (24 h), 4 (48 h), avec Alt ou Alt+Maj selon le navigateur.
          </p>
          <div class="snp-urgency">
            {URGENCIES.map((u) => (
              <label key={u.value} class="check">
                <input
                  type="radio"
                  name="urgency"
                  value={u.value}
                  required
                  accessKey={u.accessKey}
                  checked={draft.urgency === u.value}
                  onChange={() => set({ urgency: u.value })}
                />
                {u.label}
              </label>
            ))}
          </div>
          {urgencyError && <p class="field__error">{urgencyError}</p>}
        </fieldset>
        <SelectField label="Motif" required value={draft.reason_code} error={error('reason_code')} onChange={(e) => set({ reason_code: e.currentTarget.value })}>
          <option value="">Choisir…</option>
          {Object.entries(REASON_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Précisions"
          hint="Symptômes, depuis quand… (sans autre nom que celui du patient)"
          maxLength={500}
          autocomplete="off"
          value={draft.reason_text}
          error={error('reason_text')}
          onInput={(e) => set({ reason_text: e.currentTarget.value })}
        />
      </div>
      <ReferralFields
        sources={SNP_SOURCE_LABELS}
        source={draft.source}
        consentOn={draft.consent_on}
        consentHint="Le jour où le patient a accepté que ses données soient transmises."
        error={error}
        onSource={(source) => set({ source })}
        onConsent={(consent_on) => set({ consent_on })}
      />
      <FormAlert testId="snp-request-error">{formError}</FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer et orienter'}
        </button>
      </div>
    </form>
  );
}
