// Adding every commune of an EPCI, found by the words of its name or its SIREN.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError } from '../../api';
import { formatInteger, formatPopulation, pluralize } from '../../format';
import { epciTypeLabel } from '../../labels';
import { searchEpci, type EpciSummary, type TerritorySelection } from '../../territory-api';

const DEBOUNCE_MS = 200;

export function AddEpciForm({ onAdd }: { onAdd: (selection: TerritorySelection) => Promise<boolean> }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EpciSummary[] | null>(null);

  useEffect(() => {
    if (query.trim().length < 2) {
      setResults(null);
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
    <div class="territory-tool" data-testid="add-epci">
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
      <p class="visually-hidden" role="status">
        {results && `${formatInteger(results.length)} ${pluralize(results.length, 'EPCI trouvé', 'EPCI trouvés')}`}
      </p>
      {results && results.length === 0 && <p class="muted">Aucun EPCI ne correspond.</p>}
      {results && results.length > 0 && (
        <ul class="result-list" aria-label="EPCI trouvés">
          {results.map((e) => (
            <li key={e.siren}>
              <span>
                <strong>{e.name}</strong>
                <span class="result-list__sub">
                  {epciTypeLabel(e.type)} · {formatInteger(e.commune_count)} {pluralize(e.commune_count, 'commune')} ·{' '}
                  {formatPopulation(e.population)}
                </span>
              </span>
              <button
                type="button"
                class="btn btn--small btn--secondary"
                aria-label={`Ajouter l'EPCI ${e.name}`}
                onClick={async () => {
                  if (await onAdd({ epci: e.siren })) setQuery('');
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
