// The profile of a CPTS, shown to all who see it and edited by its coordinators and
// administrators.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { problemMessage } from '../../problem-message';
import { fieldMessage } from '../../validation-messages';
import { updateCptsProfile, type CptsProfile } from '../../territory-api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

const FIELDS: { key: keyof CptsProfile; label: string }[] = [
  { key: 'short_name', label: 'Nom court' },
  { key: 'legal_form', label: 'Forme juridique' },
  { key: 'siret', label: 'SIRET' },
  { key: 'seat_commune', label: 'Commune du siège (code INSEE)' },
  { key: 'contact_email', label: 'E-mail de contact' },
  { key: 'contact_phone', label: 'Téléphone' },
  { key: 'website', label: 'Site web' },
];

interface CptsProfileFormProps {
  cpts: CptsProfile;
  canEdit: boolean;
  onChanged: (cpts: CptsProfile) => void;
}

export function CptsProfileForm({ cpts, canEdit, onChanged }: CptsProfileFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, (cpts[f.key] as string | null) ?? ''])),
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved('');
    const changes = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    try {
      onChanged(await updateCptsProfile(cpts.id, changes));
      setSaved('Profil enregistré.');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  if (!canEdit) {
    return (
      <dl class="facts">
        {FIELDS.map((f) => (
          <div class="facts__row" key={f.key}>
            <dt>{f.label}</dt>
            <dd>{(cpts[f.key] as string | null) ?? '—'}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Profil de la CPTS" noValidate>
      <div class="inline-form__fields">
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            value={values[f.key]}
            error={problem ? fieldMessage(problem, f.key) : undefined}
            onInput={(event) => setValues({ ...values, [f.key]: event.currentTarget.value })}
          />
        ))}
      </div>
      <button type="submit" class="btn btn--secondary">
        Enregistrer le profil
      </button>
      <FormAlert>{problem ? problemMessage(problem) : ''}</FormAlert>
      <FormAlert kind="success">{saved}</FormAlert>
    </form>
  );
}
