// Creates or edits a resource of the inventory (the coordination): its kind, name, FINESS number
// (a directory structure: empty name, address and commune are taken from it), address, commune,
// phone, services, opening hours by weekday, the professionals taking part (found in the
// directory) and whether the CPTS publishes it.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CommuneSummary } from '../../api';
import { createResource, updateResource, type OpeningHours, type ResourceKind, type SnpResource } from '../../snp-api';
import { RESOURCE_KIND_LABELS } from '../../snp-labels';
import { snpProblemMessage } from '../../snp-problems';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { CommuneSearch } from '../CommuneSearch';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { DoctorPicker } from '../mt/DoctorPicker';
import { HoursFields } from './HoursFields';

interface Draft {
  kind: ResourceKind;
  name: string;
  finess: string;
  address: string;
  postcode: string;
  commune_code: string;
  commune: string;
  phone: string;
  services: string;
  hours: OpeningHours[];
  professionals: { id: string; name: string }[];
  public: boolean;
}

function draftOf(r: SnpResource | null): Draft {
  return {
    kind: r?.kind ?? 'cabinet_horaires_elargis',
    name: r?.name ?? '',
    finess: r?.finess ?? '',
    address: r?.address ?? '',
    postcode: r?.postcode ?? '',
    commune_code: r?.commune_code ?? '',
    commune: r?.commune ?? '',
    phone: r?.phone ?? '',
    services: r?.services.join(', ') ?? '',
    hours: r?.hours ?? [],
    professionals: (r?.professionals ?? []).flatMap((p) => (p.id ? [{ id: p.id, name: p.name ?? p.id }] : [])),
    public: r?.public ?? false,
  };
}

const FIELDS = ['kind', 'name', 'finess', 'address', 'postcode', 'commune_code', 'phone', 'services', 'hours', 'professionals', 'public'];

interface ResourceFormProps {
  cptsId: string;
  /** The resource edited; null for a new one. */
  resource: SnpResource | null;
  onSaved: (resource: SnpResource) => void;
  onClose: () => void;
}

export function ResourceForm({ cptsId, resource, onSaved, onClose }: ResourceFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(resource));
  const { busy, problem, run } = useSubmission();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const error = (field: string) => fieldMessage(problem, field);
  const fromDirectory = draft.finess.trim() !== '';

  const chooseCommune = (c: CommuneSummary) => set({ commune_code: c.code, commune: c.name, postcode: c.postcodes.length === 1 ? c.postcodes[0] : draft.postcode });

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Empty texts are left out of a new resource (a FINESS number then fills them); an edit sends
    // them to clear the field.
    const text = (value: string) => value.trim() || (resource ? '' : undefined);
    const fields = {
      kind: draft.kind,
      name: draft.name.trim() || undefined,
      finess: draft.finess.trim() || (resource ? null : undefined),
      address: text(draft.address),
      postcode: text(draft.postcode),
      commune_code: draft.commune_code || undefined,
      phone: text(draft.phone),
      services: draft.services.split(',').map((s) => s.trim()).filter(Boolean),
      hours: draft.hours,
      professionals: draft.professionals.map((p) => p.id),
      public: draft.public,
    };
    void run(async () => {
      onSaved(resource ? await updateResource(cptsId, resource.id, fields) : await createResource(cptsId, fields));
      return '';
    });
  };

  return (
    <form class="inline-form" onSubmit={submit} aria-label={resource ? `Modifier ${resource.name}` : 'Nouvelle ressource'} data-testid="snp-resource-form">
      <div class="inline-form__fields">
        <SelectField label="Type" value={draft.kind} error={error('kind')} onChange={(e) => set({ kind: e.currentTarget.value as ResourceKind })}>
          {Object.entries(RESOURCE_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField label="Nom" required={!fromDirectory} maxLength={200} value={draft.name} error={error('name')} onInput={(e) => set({ name: e.currentTarget.value })} />
        <TextField
          label="N° FINESS"
          hint="Facultatif : une structure de l'annuaire, dont le nom, l'adresse et la commune sont repris s'ils sont laissés vides."
          inputMode="numeric"
          maxLength={9}
          value={draft.finess}
          error={error('finess')}
          onInput={(e) => set({ finess: e.currentTarget.value })}
        />
        <TextField label="Téléphone" type="tel" value={draft.phone} error={error('phone')} onInput={(e) => set({ phone: e.currentTarget.value })} />
      </div>
      <div class="inline-form__fields">
        <TextField label="Adresse" maxLength={200} value={draft.address} error={error('address')} onInput={(e) => set({ address: e.currentTarget.value })} />
        <div class="directory-form__commune">
          <CommuneSearch label="Commune de la ressource" onSelect={chooseCommune} />
          {draft.commune_code && (
            <p class="directory-form__chosen">
              Commune : <strong>{draft.commune || draft.commune_code}</strong> ({draft.commune_code})
            </p>
          )}
          {error('commune_code') && <p class="field__error">{error('commune_code')}</p>}
        </div>
        <TextField label="Code postal" inputMode="numeric" maxLength={5} value={draft.postcode} error={error('postcode')} onInput={(e) => set({ postcode: e.currentTarget.value })} />
      </div>
      <TextField
        label="Services"
        hint="Séparés par des virgules : radiologie, sutures, pédiatrie…"
        value={draft.services}
        error={error('services')}
        onInput={(e) => set({ services: e.currentTarget.value })}
      />
      <HoursFields hours={draft.hours} onChange={(hours) => set({ hours })} error={error('hours')} />
      <fieldset class="check-group">
        <legend class="field__label">Professionnels participants</legend>
        {draft.professionals.length > 0 && (
          <ul class="result-list" data-testid="snp-resource-professionals">
            {draft.professionals.map((p) => (
              <li key={p.id}>
                <span>{p.name}</span>
                <button
                  type="button"
                  class="btn btn--small btn--ghost"
                  aria-label={`Retirer ${p.name}`}
                  onClick={() => set({ professionals: draft.professionals.filter((q) => q.id !== p.id) })}
                >
                  Retirer
                </button>
              </li>
            ))}
          </ul>
        )}
        <DoctorPicker
          cptsId={cptsId}
          onPick={(site) => {
            if (draft.professionals.some((p) => p.id === site.professionalId)) return;
            set({ professionals: [...draft.professionals, { id: site.professionalId, name: site.name ?? site.label }] });
          }}
        />
        {error('professionals') && <p class="field__error">{error('professionals')}</p>}
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={draft.public} onChange={(e) => set({ public: e.currentTarget.checked })} />
        Publiée dans la liste publique de la CPTS
      </label>
      <FormAlert testId="snp-resource-error">{problem && !FIELDS.some((f) => error(f)) ? snpProblemMessage(problem) : null}</FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={busy}>
          {resource ? 'Enregistrer les modifications' : 'Ajouter la ressource'}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onClose}>
          Fermer
        </button>
      </div>
    </form>
  );
}
