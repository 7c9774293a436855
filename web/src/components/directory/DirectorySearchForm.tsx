// The directory search form: words, professionals or structures, profession (common ones or any
// code), « près de » a commune with a radius, capacity filters and the user's CPTS territory.
// Submitting hands the search to the page, which puts it in the URL.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CommuneSummary } from '../../api';
import { communePoint } from '../../commune-points';
import type { DirectoryKind } from '../../directory-api';
import { COMMON_PROFESSIONS } from '../../directory-labels';
import { RADIUS_CHOICES, type DirectorySearch } from '../../directory-search-url';
import { CommuneSearch } from '../CommuneSearch';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

const OTHER = 'autre';

interface DirectorySearchFormProps {
  search: DirectorySearch;
  /** The user's current CPTS, offered as a territory filter; null when the user has none. */
  cpts: { id: string; name: string } | null;
  onSearch: (search: DirectorySearch) => void;
}

export function DirectorySearchForm({ search, cpts, onSearch }: DirectorySearchFormProps) {
  const [draft, setDraft] = useState<DirectorySearch>(search);
  const common = COMMON_PROFESSIONS.some((p) => p.code === search.profession);
  const [professionChoice, setProfessionChoice] = useState(search.profession === '' || common ? search.profession : OTHER);
  const [nearName, setNearName] = useState('');
  const set = (change: Partial<DirectorySearch>) => setDraft((d) => ({ ...d, ...change }));
  const professional = draft.kind === 'professional';

  // The name of the commune of a search read from the URL.
  useEffect(() => {
    if (!search.near) return;
    let current = true;
    void communePoint(search.near).then((p) => current && setNearName(p ? p.name : search.near));
    return () => {
      current = false;
    };
  }, [search.near]);

  const chooseNear = (commune: CommuneSummary) => {
    set({ near: commune.code });
    setNearName(commune.name);
  };
  const chooseProfession = (value: string) => {
    setProfessionChoice(value);
    set({ profession: value === OTHER ? '' : value });
  };
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...draft, q: draft.q.trim(), profession: draft.profession.trim() });
  };

  return (
    <form class="directory-form" onSubmit={submit} role="search" aria-label="Rechercher dans l'annuaire" data-testid="directory-form">
      <fieldset class="segmented">
        <legend class="visually-hidden">Rechercher des</legend>
        {(['professional', 'structure'] as DirectoryKind[]).map((kind) => (
          <label key={kind} class={`segmented__option${draft.kind === kind ? ' is-checked' : ''}`}>
            <input type="radio" name="directory-kind" value={kind} checked={draft.kind === kind} onChange={() => set({ kind })} />
            {kind === 'professional' ? 'Professionnels' : 'Structures'}
          </label>
        ))}
      </fieldset>
      <div class="directory-form__fields">
        <TextField
          label="Mots"
          hint={professional ? 'Nom, profession, spécialité ou structure' : 'Nom ou catégorie de la structure'}
          value={draft.q}
          onInput={(event) => set({ q: event.currentTarget.value })}
          autocomplete="off"
          data-testid="directory-words"
        />
        {professional && (
          <SelectField label="Profession" value={professionChoice} onChange={(event) => chooseProfession(event.currentTarget.value)}>
            <option value="">Toutes les professions</option>
            {COMMON_PROFESSIONS.map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
            <option value={OTHER}>Autre (code de profession)…</option>
          </SelectField>
        )}
        {professional && professionChoice === OTHER && (
          <TextField
            label="Code de profession"
            hint="Code RPPS ou ADELI, par exemple 26 (audioprothésiste)"
            inputMode="numeric"
            value={draft.profession}
            onInput={(event) => set({ profession: event.currentTarget.value })}
          />
        )}
      </div>
      <div class="directory-form__near">
        <div class="directory-form__commune">
          <CommuneSearch label="Près de" onSelect={chooseNear} />
          {draft.near && (
            <p class="directory-form__chosen" data-testid="directory-near">
              Près de <strong>{nearName || draft.near}</strong> ({draft.near}){' '}
              <button type="button" class="btn btn--small btn--ghost" onClick={() => set({ near: '' })}>
                Retirer
              </button>
            </p>
          )}
        </div>
        <SelectField
          label="Rayon"
          value={String(draft.radiusKm)}
          disabled={!draft.near}
          onChange={(event) => set({ radiusKm: Number.parseInt(event.currentTarget.value, 10) })}
        >
          {[...new Set([...RADIUS_CHOICES, draft.radiusKm])]
            .sort((a, b) => a - b)
            .map((km) => (
              <option key={km} value={km}>
                {km} km
              </option>
            ))}
        </SelectField>
      </div>
      <div class="directory-form__checks">
        {professional && (
          <label class="check">
            <input type="checkbox" checked={draft.acceptsNewPatients} onChange={(event) => set({ acceptsNewPatients: event.currentTarget.checked })} />
            Accepte de nouveaux patients
          </label>
        )}
        {professional && (
          <label class="check">
            <input type="checkbox" checked={draft.snp} onChange={(event) => set({ snp: event.currentTarget.checked })} />
            Soins non programmés (SNP)
          </label>
        )}
        {cpts && (
          <label class="check">
            <input type="checkbox" checked={draft.cpts === cpts.id} onChange={(event) => set({ cpts: event.currentTarget.checked ? cpts.id : '' })} />
            Sur le territoire de {cpts.name}
          </label>
        )}
        {draft.cpts && draft.cpts !== cpts?.id && (
          <label class="check">
            <input type="checkbox" checked onChange={() => set({ cpts: '' })} />
            Sur le territoire de la CPTS du lien partagé
          </label>
        )}
      </div>
      <p>
        <button type="submit" class="btn">
          Rechercher
        </button>
      </p>
    </form>
  );
}
