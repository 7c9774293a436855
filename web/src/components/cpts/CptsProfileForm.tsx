// The profile of a CPTS, shown to all who see it and edited by its coordinators and
// administrators. Only the fields changed are sent; the API keeps a field it is not given, so a
// filled field cannot be emptied (it can be replaced).

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { problemMessage } from '../../problem-message';
import { communePath } from '../../router';
import { updateCptsProfile, type CptsProfile } from '../../territory-api';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { Link } from '../Link';

type ProfileKey = 'name' | 'short_name' | 'legal_form' | 'siret' | 'seat_commune' | 'contact_email' | 'contact_phone' | 'website';

const FIELDS: { key: ProfileKey; label: string; type?: string; hint?: string }[] = [
  { key: 'name', label: 'Nom' },
  { key: 'short_name', label: 'Nom court' },
  { key: 'legal_form', label: 'Forme juridique', hint: 'Par exemple « Association loi 1901 ».' },
  { key: 'siret', label: 'SIRET', hint: '14 chiffres.' },
  { key: 'seat_commune', label: 'Commune du siège (code INSEE)', hint: 'Par exemple 13201.' },
  { key: 'contact_email', label: 'E-mail de contact', type: 'email' },
  { key: 'contact_phone', label: 'Téléphone', type: 'tel' },
  { key: 'website', label: 'Site web', type: 'url', hint: 'Commençant par https://' },
];

const CLEARED = 'Ce champ ne peut pas être vidé : saisissez une nouvelle valeur.';

interface CptsProfileFormProps {
  cpts: CptsProfile;
  canEdit: boolean;
  onChanged: (cpts: CptsProfile) => void;
}

function ProfileValue({ field, value }: { field: ProfileKey; value: string | null }) {
  if (!value) return <>—</>;
  if (field === 'seat_commune') return <Link href={communePath(value)}>{value}</Link>;
  if (field === 'website' && /^https?:\/\//.test(value)) return <a href={value} rel="noopener noreferrer">{value}</a>;
  if (field === 'contact_email') return <a href={`mailto:${value}`}>{value}</a>;
  return <>{value}</>;
}

export function CptsProfileForm({ cpts, canEdit, onChanged }: CptsProfileFormProps) {
  const [values, setValues] = useState<Record<ProfileKey, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f.key, cpts[f.key] ?? ''])) as Record<ProfileKey, string>,
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cleared, setCleared] = useState<ProfileKey[]>([]);
  const [saved, setSaved] = useState('');

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved('');
    const changed = FIELDS.map((f) => f.key).filter((k) => values[k].trim() !== (cpts[k] ?? ''));
    const emptied = changed.filter((k) => values[k].trim() === '');
    setCleared(emptied);
    if (emptied.length > 0) return;
    if (changed.length === 0) {
      setSaved('Aucune modification à enregistrer.');
      return;
    }
    try {
      onChanged(await updateCptsProfile(cpts.id, Object.fromEntries(changed.map((k) => [k, values[k].trim()]))));
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
            <dd>
              <ProfileValue field={f.key} value={cpts[f.key]} />
            </dd>
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
            type={f.type ?? 'text'}
            hint={f.hint}
            value={values[f.key]}
            error={cleared.includes(f.key) ? CLEARED : fieldMessage(problem, f.key)}
            onInput={(event) => setValues({ ...values, [f.key]: event.currentTarget.value })}
          />
        ))}
      </div>
      <p class="inline-form__actions">
        <button type="submit" class="btn btn--secondary">
          Enregistrer le profil
        </button>
      </p>
      <FormAlert>{problem && !problem.errors?.length ? problemMessage(problem) : ''}</FormAlert>
      <FormAlert kind="success">{saved}</FormAlert>
    </form>
  );
}
