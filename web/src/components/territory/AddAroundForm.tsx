// Adding the communes within a radius of a commune (at most 100 km, as the server allows).

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CommuneSummary } from '../../api';
import type { TerritorySelection } from '../../territory-api';
import { CommuneSearch } from '../CommuneSearch';

const MAX_RADIUS_KM = 100;

/** "12,5" → 12.5; NaN unless a number in ]0, 100]. */
function radiusKm(text: string): number {
  const value = Number(text.trim().replace(',', '.'));
  return value > 0 && value <= MAX_RADIUS_KM ? value : Number.NaN;
}

export function AddAroundForm({ onAdd }: { onAdd: (selection: TerritorySelection) => Promise<boolean> }) {
  const [center, setCenter] = useState<CommuneSummary | null>(null);
  const [radius, setRadius] = useState('10');
  const km = radiusKm(radius);
  const invalid = Number.isNaN(km);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (center && !invalid && (await onAdd({ around: { commune: center.code, radius_km: km } }))) setCenter(null);
  };

  return (
    <form class="territory-tool" onSubmit={submit} aria-label="Ajouter les communes autour d'une commune">
      <CommuneSearch label="Ajouter les communes autour de" onSelect={setCenter} />
      {center && (
        <p class="muted" aria-live="polite">
          Centre : <strong>{center.name}</strong> ({center.code})
        </p>
      )}
      <div class="tool-row">
        <div class={invalid ? 'field field--invalid' : 'field'}>
          <label class="field__label" for="around-radius">
            Rayon en km (jusqu'à {MAX_RADIUS_KM})
          </label>
          <input
            id="around-radius"
            class="field__input"
            inputMode="decimal"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'around-radius-error' : undefined}
            value={radius}
            onInput={(e) => setRadius(e.currentTarget.value)}
          />
          {invalid && (
            <p id="around-radius-error" class="field__error">
              Saisissez un rayon de plus de 0 et d'au plus {MAX_RADIUS_KM} km.
            </p>
          )}
        </div>
        <button type="submit" class="btn btn--secondary" disabled={!center || invalid}>
          Ajouter les communes du rayon
        </button>
      </div>
    </form>
  );
}
