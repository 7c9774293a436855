// Adding one commune found by search: whole, or — for a commune with several postcodes — one of
// its postcode parts, with the population entered by the coordinator (else estimated).

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CommuneSummary } from '../../api';
import { formatPopulation } from '../../format';
import type { TerritorySelection } from '../../territory-api';
import { CommuneSearch } from '../CommuneSearch';

interface AddCommuneFormProps {
  onAdd: (selection: TerritorySelection) => Promise<boolean>;
}

export function AddCommuneForm({ onAdd }: AddCommuneFormProps) {
  const [chosen, setChosen] = useState<CommuneSummary | null>(null);
  const [postcode, setPostcode] = useState('');
  const [population, setPopulation] = useState('');

  const choose = (commune: CommuneSummary) => {
    setChosen(commune);
    setPostcode(commune.postcodes[0] ?? '');
    setPopulation('');
  };
  const addPart = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    const entered = population.trim() === '' ? undefined : Number.parseInt(population, 10);
    if (await onAdd({ parts: [{ code: chosen.code, postcode, population: entered }] })) setChosen(null);
  };

  return (
    <div class="territory-add" data-testid="add-commune">
      <CommuneSearch label="Ajouter une commune" onSelect={choose} />
      {chosen && (
        <div class="notice notice--info">
          <p>
            <strong>{chosen.name}</strong> ({chosen.code}) — {formatPopulation(chosen.population)}
          </p>
          <p class="inline-form__actions">
            <button
              type="button"
              class="btn"
              onClick={async () => {
                if (await onAdd({ communes: [chosen.code] })) setChosen(null);
              }}
            >
              Ajouter {chosen.kind === 'arrondissement' ? "l'arrondissement" : 'la commune entière'}
            </button>
          </p>
          {chosen.kind === 'commune' && chosen.postcodes.length > 1 && (
            <form class="inline-form inline-form--row" onSubmit={addPart} aria-label="Ajouter une partie de la commune">
              <div class="field">
                <label class="field__label" for="part-postcode">
                  Code postal
                </label>
                <select
                  id="part-postcode"
                  class="field__input"
                  value={postcode}
                  onChange={(event) => setPostcode(event.currentTarget.value)}
                >
                  {chosen.postcodes.map((pc) => (
                    <option key={pc} value={pc}>
                      {pc}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label class="field__label" for="part-population">
                  Population de la partie (facultatif)
                </label>
                <input
                  id="part-population"
                  class="field__input"
                  inputMode="numeric"
                  pattern="[0-9]*"
                  value={population}
                  onInput={(event) => setPopulation(event.currentTarget.value)}
                />
              </div>
              <button type="submit" class="btn btn--secondary">
                Ajouter cette partie
              </button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
