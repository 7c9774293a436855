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
  const divisible = chosen !== null && chosen.kind === 'commune' && chosen.postcodes.length > 1;

  const choose = (commune: CommuneSummary) => {
    setChosen(commune);
    setPostcode(commune.postcodes[0] ?? '');
    setPopulation('');
  };
  const add = async (selection: TerritorySelection) => {
    if (await onAdd(selection)) setChosen(null);
  };
  const addPart = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    const digits = population.replace(/\D/g, '');
    void add({ parts: [{ code: chosen.code, postcode, population: digits === '' ? undefined : Number.parseInt(digits, 10) }] });
  };

  return (
    <div class="territory-tool" data-testid="add-commune">
      <CommuneSearch label="Ajouter une commune" onSelect={choose} />
      {chosen && (
        <div class="territory-tool__choice">
          <p>
            <strong>{chosen.name}</strong> ({chosen.code}) — {formatPopulation(chosen.population)}
          </p>
          <p>
            <button type="button" class="btn" onClick={() => void add({ communes: [chosen.code] })}>
              Ajouter {chosen.kind === 'arrondissement' ? "l'arrondissement" : 'la commune entière'}
            </button>
          </p>
          {divisible && (
            <form class="tool-row" onSubmit={addPart} aria-label="Ajouter une partie de la commune">
              <div class="field">
                <label class="field__label" for="part-postcode">
                  ou seulement le code postal
                </label>
                <select id="part-postcode" class="field__input" value={postcode} onChange={(event) => setPostcode(event.currentTarget.value)}>
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
                  aria-describedby="part-population-hint"
                  value={population}
                  onInput={(event) => setPopulation(event.currentTarget.value)}
                />
              </div>
              <button type="submit" class="btn btn--secondary">
                Ajouter cette partie
              </button>
              <p id="part-population-hint" class="field__hint">
                Sans population saisie, celle de la commune est partagée également entre ses codes postaux (« estimée »).
              </p>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
