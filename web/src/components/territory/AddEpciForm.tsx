// Adding every commune of an EPCI, found by the words of its name.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError } from '../../api';
import { formatPopulation } from '../../format';
import { epciTypeLabel } from '../../labels';
import { searchEpci, type EpciSummary, type TerritorySelection } from '../../territory-api';

const DEBOUNCE_MS = 200;

export function AddEpciForm({ onAdd }: { onAdd: (selection: TerritorySelection) => Promise<boolean> }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EpciSummary[]>([]);

  useEffect(() => {
    if (query.trim().length < 2) {
      setResults([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchEpci(query.trim(), controller.signal)
        .then((answer) => setResults(answer.items))
        .catch((error) => {
          if (!isAbortError(error)) setResults([]);
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div class="territory-add" data-testid="add-epci">
      <div class="field">
        <label class="field__label" for="epci-search">
          Ajouter un EPCI (intercommunalité)
        </label>
        <input
          id="epci-search"
          class="field__input"
          type="search"
          autocomplete="off"
          placeholder="Nom ou SIREN, par exemple « Terre de Provence »"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      {results.length > 0 && (
        <ul class="link-list" aria-label="EPCI trouvés">
          {results.map((e) => (
            <li key={e.siren} class="row-actions">
              <span>
                <strong>{e.name}</strong> <span class="muted">{epciTypeLabel(e.type)} · {e.commune_count} communes · {formatPopulation(e.population)}</span>
              </span>
              <button
                type="button"
                class="btn btn--small"
                aria-label={`Ajouter l'EPCI ${e.name}`}
                onClick={async () => {
                  if (await onAdd({ epci: e.siren })) {
                    setQuery('');
                    setResults([]);
                  }
                }}
              >
                Ajouter ses communes
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
