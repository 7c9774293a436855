// The dated changes of a territory, newest first (who, when, what), and the choice of a past day
// at the end of which to show the territory as it was.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../../api';
import { formatDateTime, formatInteger, pluralize } from '../../format';
import { problemMessage } from '../../problem-message';
import { getTerritoryHistory, type TerritoryChange } from '../../territory-api';
import { FormAlert } from '../forms/FormAlert';

/** Changes shown before "Afficher tout l'historique". */
const FIRST_CHANGES = 30;

interface TerritoryHistoryProps {
  cptsId: string;
  /** Changes whenever the territory does (the history reloads). */
  version: string;
  /** The past day shown (YYYY-MM-DD), or null for today. */
  day: string | null;
  onDay: (day: string | null) => void;
}

/** Today in the browser's time zone, as YYYY-MM-DD (the latest day one may pick). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function TerritoryHistory({ cptsId, version, day, onDay }: TerritoryHistoryProps) {
  const [changes, setChanges] = useState<TerritoryChange[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    getTerritoryHistory(cptsId, controller.signal)
      .then((answer) => setChanges([...answer.changes].reverse()))
      .catch((error) => !isAbortError(error) && setProblem(toProblem(error)));
    return () => controller.abort();
  }, [cptsId, version]);

  const shown = showAll ? changes ?? [] : (changes ?? []).slice(0, FIRST_CHANGES);
  const hidden = (changes?.length ?? 0) - shown.length;
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title" class="panel__title">
        Historique du territoire
      </h2>
      <div class="tool-row">
        <div class="field">
          <label class="field__label" for="territory-day">
            Voir le territoire tel qu'il était le
          </label>
          <input
            id="territory-day"
            class="field__input"
            type="date"
            max={today()}
            value={day ?? ''}
            onChange={(event) => onDay(event.currentTarget.value || null)}
          />
        </div>
        {day && (
          <button type="button" class="btn btn--secondary" onClick={() => onDay(null)}>
            Revenir au territoire actuel
          </button>
        )}
      </div>
      {problem && <FormAlert>{problemMessage(problem)}</FormAlert>}
      {changes && changes.length === 0 && <p class="empty">Aucun changement.</p>}
      {shown.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--compact" data-testid="territory-history">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Changement</th>
                <th scope="col">Commune ou partie</th>
                <th scope="col">Par</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c, i) => (
                <tr key={i}>
                  <td class="nowrap">{formatDateTime(c.at)}</td>
                  <td>
                    <span class={c.change === 'added' ? 'badge badge--success' : 'badge badge--danger'}>
                      {c.change === 'added' ? 'Ajout' : 'Retrait'}
                    </span>
                  </td>
                  <td>
                    {c.element.name}
                    {c.element.postcode ? ` (${c.element.postcode})` : ''} <span class="identifier">{c.element.code}</span>
                  </td>
                  <td>{c.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && (
        <p class="pager">
          <button type="button" class="btn btn--secondary" onClick={() => setShowAll(true)}>
            Afficher tout l'historique ({formatInteger(hidden)} {pluralize(hidden, 'changement plus ancien', 'changements plus anciens')})
          </button>
        </p>
      )}
    </section>
  );
}
