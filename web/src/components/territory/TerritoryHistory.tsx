// The dated changes of a territory, newest first, and the choice of a past date at which to
// show the territory as it was.

import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../format';
import { getTerritoryHistory, type TerritoryChange } from '../../territory-api';

interface TerritoryHistoryProps {
  cptsId: string;
  version: string;
  at: string | null;
  onAt: (at: string | null) => void;
}

export function TerritoryHistory({ cptsId, version, at, onAt }: TerritoryHistoryProps) {
  const [changes, setChanges] = useState<TerritoryChange[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    getTerritoryHistory(cptsId, controller.signal)
      .then((answer) => setChanges([...answer.changes].reverse()))
      .catch(() => setChanges([]));
    return () => controller.abort();
  }, [cptsId, version]);

  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title" class="panel__title">
        Historique du territoire
      </h2>
      <div class="inline-form inline-form--row">
        <div class="field">
          <label class="field__label" for="territory-at">
            Voir le territoire tel qu'il était le
          </label>
          <input
            id="territory-at"
            class="field__input"
            type="date"
            value={at ? at.slice(0, 10) : ''}
            onChange={(event) => onAt(event.currentTarget.value ? `${event.currentTarget.value}T23:59:59Z` : null)}
          />
        </div>
        {at && (
          <button type="button" class="btn btn--secondary" onClick={() => onAt(null)}>
            Revenir à aujourd'hui
          </button>
        )}
      </div>
      {changes.length === 0 ? (
        <p class="empty">Aucun changement.</p>
      ) : (
        <ul class="link-list" data-testid="territory-history">
          {changes.slice(0, 50).map((c, i) => (
            <li key={i}>
              {formatDateTime(c.at)} — {c.change === 'added' ? 'ajout' : 'retrait'} de {c.element.name}
              {c.element.postcode ? ` (${c.element.postcode})` : ''} <span class="muted">par {c.by}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
