// Adding a whole département, the communes within a radius of a commune, or a pasted (or CSV)
// list of INSEE codes.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CommuneSummary } from '../../api';
import { listDepartements, type AreaSummary, type TerritorySelection } from '../../territory-api';
import { CommuneSearch } from '../CommuneSearch';

type OnAdd = (selection: TerritorySelection) => Promise<boolean>;

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;

/** The INSEE codes found in pasted text or a CSV file (any separator, any column). */
export function codesIn(text: string): string[] {
  return [...new Set(text.split(/[\s;,"']+/).filter((t) => INSEE_CODE.test(t)).map((t) => t.toUpperCase()))];
}

export function AddDepartementForm({ onAdd }: { onAdd: OnAdd }) {
  const [items, setItems] = useState<AreaSummary[]>([]);
  const [code, setCode] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    listDepartements('', controller.signal)
      .then((answer) => setItems(answer.items))
      .catch(() => setItems([]));
    return () => controller.abort();
  }, []);
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (code) void onAdd({ departement: code });
  };
  return (
    <form class="inline-form inline-form--row" onSubmit={submit} aria-label="Ajouter un département">
      <div class="field">
        <label class="field__label" for="add-departement">
          Ajouter un département entier
        </label>
        <select id="add-departement" class="field__input" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
          <option value="">Choisir…</option>
          {items.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} · {d.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="btn btn--secondary" disabled={!code}>
        Ajouter le département
      </button>
    </form>
  );
}

export function AddAroundForm({ onAdd }: { onAdd: OnAdd }) {
  const [center, setCenter] = useState<CommuneSummary | null>(null);
  const [radius, setRadius] = useState('10');
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (center) void onAdd({ around: { commune: center.code, radius_km: Number.parseFloat(radius.replace(',', '.')) } });
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Ajouter les communes autour d'une commune">
      <CommuneSearch label="Communes autour de" onSelect={setCenter} />
      {center && <p class="muted">Centre : {center.name} ({center.code})</p>}
      <div class="inline-form inline-form--row">
        <div class="field">
          <label class="field__label" for="around-radius">
            Rayon (km, jusqu'à 100)
          </label>
          <input id="around-radius" class="field__input" inputMode="decimal" value={radius} onInput={(e) => setRadius(e.currentTarget.value)} />
        </div>
        <button type="submit" class="btn btn--secondary" disabled={!center}>
          Ajouter les communes du rayon
        </button>
      </div>
    </form>
  );
}

export function PasteCodesForm({ onAdd }: { onAdd: OnAdd }) {
  const [text, setText] = useState('');
  const codes = codesIn(text);
  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (codes.length > 0 && (await onAdd({ communes: codes }))) setText('');
  };
  const readFile = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) setText(await file.text());
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Ajouter une liste de codes INSEE">
      <div class="field">
        <label class="field__label" for="paste-codes">
          Coller des codes INSEE (ou choisir un fichier CSV)
        </label>
        <textarea id="paste-codes" class="field__input" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <input type="file" accept=".csv,.txt,text/csv,text/plain" aria-label="Fichier CSV de codes INSEE" onChange={readFile} />
      </div>
      <button type="submit" class="btn btn--secondary" disabled={codes.length === 0}>
        Ajouter {codes.length > 0 ? `${codes.length} code${codes.length > 1 ? 's' : ''}` : 'les codes'}
      </button>
    </form>
  );
}
