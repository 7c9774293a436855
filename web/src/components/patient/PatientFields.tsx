// The patient's minimal fields of an intake form (médecin traitant, soins non programmés): names,
// birth date, sex, commune (searched in the referential) and postcode, phone and how to reach
// them. Fields in reading order for keyboard entry; the form owns the values and the submission.

import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CommuneSummary } from '../../api';
import { useCptsToday } from '../../cpts-clock';
import { CommuneSearch } from '../CommuneSearch';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

export interface PatientDraft {
  last_name: string;
  first_name: string;
  birth_date: string;
  sex: string;
  commune_code: string;
  postcode: string;
  phone: string;
  contact: string;
}

export const emptyPatient = (): PatientDraft => ({
  last_name: '',
  first_name: '',
  birth_date: '',
  sex: '',
  commune_code: '',
  postcode: '',
  phone: '',
  contact: '',
});

/** The fields shown with their own message. */
export const PATIENT_FIELDS: (keyof PatientDraft)[] = ['last_name', 'first_name', 'birth_date', 'sex', 'commune_code', 'postcode', 'phone', 'contact'];

/** The draft as the API takes it: names trimmed, empty optional fields left out. */
export function patientFields(d: PatientDraft) {
  return {
    last_name: d.last_name.trim(),
    first_name: d.first_name.trim(),
    birth_date: d.birth_date,
    sex: d.sex,
    commune_code: d.commune_code,
    postcode: d.postcode || undefined,
    phone: d.phone.trim() || undefined,
    contact: d.contact.trim() || undefined,
  };
}

interface PatientFieldsProps {
  draft: PatientDraft;
  set: (change: Partial<PatientDraft>) => void;
  /** The French message of a refused field. */
  error: (field: string) => string | undefined;
  /** The first field (Nom), focused by the form. */
  firstField: Ref<HTMLInputElement>;
  /** Changes whenever the form empties: the commune search empties too. */
  generation: number;
  phoneRequired?: boolean;
  /** The test id of the chosen commune's line. */
  communeTestId: string;
}

export function PatientFields({ draft, set, error, firstField, generation, phoneRequired = false, communeTestId }: PatientFieldsProps) {
  const today = useCptsToday();
  const [commune, setCommune] = useState<CommuneSummary | null>(null);
  useEffect(() => setCommune(null), [generation]);
  const chooseCommune = (c: CommuneSummary) => {
    setCommune(c);
    set({ commune_code: c.code, postcode: c.postcodes.length === 1 ? c.postcodes[0] : '' });
  };
  return (
    <>
      <div class="inline-form__fields">
        <TextField label="Nom" required autocomplete="off" maxLength={100} inputRef={firstField} value={draft.last_name} error={error('last_name')} onInput={(e) => set({ last_name: e.currentTarget.value })} />
        <TextField label="Prénom" required autocomplete="off" maxLength={100} value={draft.first_name} error={error('first_name')} onInput={(e) => set({ first_name: e.currentTarget.value })} />
        <TextField label="Date de naissance" type="date" required max={today} value={draft.birth_date} error={error('birth_date')} onInput={(e) => set({ birth_date: e.currentTarget.value })} />
        <SelectField label="Sexe" required value={draft.sex} error={error('sex')} onChange={(e) => set({ sex: e.currentTarget.value })}>
          <option value="">Choisir…</option>
          <option value="F">Femme</option>
          <option value="M">Homme</option>
        </SelectField>
      </div>
      <div class="directory-form__near">
        <div class="directory-form__commune">
          <CommuneSearch key={generation} label="Commune du patient" onSelect={chooseCommune} />
          {commune && (
            <p class="directory-form__chosen" data-testid={communeTestId}>
              Commune : <strong>{commune.name}</strong> ({commune.code})
            </p>
          )}
          {error('commune_code') && <p class="field__error">{error('commune_code')}</p>}
        </div>
        <SelectField label="Code postal" value={draft.postcode} disabled={!commune} error={error('postcode')} onChange={(e) => set({ postcode: e.currentTarget.value })}>
          <option value="">{commune ? 'Non précisé' : '—'}</option>
          {(commune?.postcodes ?? []).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </SelectField>
      </div>
      <div class="inline-form__fields">
        <TextField label="Téléphone" type="tel" required={phoneRequired} autocomplete="off" value={draft.phone} error={error('phone')} onInput={(e) => set({ phone: e.currentTarget.value })} />
        <TextField
          label="Comment le joindre"
          hint="Horaires, personne à contacter…"
          maxLength={500}
          value={draft.contact}
          error={error('contact')}
          onInput={(e) => set({ contact: e.currentTarget.value })}
        />
      </div>
    </>
  );
}
