// The CPTS the user can see (/cpts): status, taille and population of each, filterable by status
// and sortable by column.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../api';
import { CptsTable } from '../components/cpts/CptsTable';
import { FormAlert } from '../components/forms/FormAlert';
import { RequireSession } from '../components/RequireSession';
import { useDocumentTitle } from '../document-title';
import { formatInteger, pluralize } from '../format';
import { problemMessage } from '../problem-message';
import { listCptsWithFigures, type CptsListItem, type CptsStatus } from '../territory-api';
import { STATUS_LABELS } from '../territory-labels';

function CptsList() {
  const [items, setItems] = useState<CptsListItem[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<CptsStatus | ''>('');

  useEffect(() => {
    const controller = new AbortController();
    listCptsWithFigures(controller.signal)
      .then((answer) => setItems(answer.items))
      .catch((error) => {
        if (!isAbortError(error)) setProblem(toProblem(error));
      });
    return () => controller.abort();
  }, []);

  const shown = (items ?? []).filter((c) => !status || c.status === status);
  return (
    <div>
      <header class="page-intro">
        <p class="page-intro__eyebrow">Territoires</p>
        <h1 class="page-intro__title">CPTS</h1>
        <p class="page-intro__lead">
          Les communautés professionnelles territoriales de santé que vous pouvez consulter, avec la population de leur
          territoire et leur taille (1 à 4).
        </p>
      </header>
      <section class="panel" aria-label="Liste des CPTS">
        <div class="toolbar">
          <label class="toolbar__label" for="cpts-status-filter">
            Statut
          </label>
          <select
            id="cpts-status-filter"
            class="field__input"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as CptsStatus | '')}
          >
            <option value="">Tous</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <p class="toolbar__count" role="status">
            {items && `${formatInteger(shown.length)} ${pluralize(shown.length, 'CPTS', 'CPTS')}`}
          </p>
        </div>
        {!items && !problem && <p class="loading loading--inline">Chargement des CPTS…</p>}
        {problem && <FormAlert>{problemMessage(problem)}</FormAlert>}
        {items && shown.length === 0 && <p class="empty">Aucune CPTS.</p>}
        {shown.length > 0 && <CptsTable items={shown} />}
      </section>
    </div>
  );
}

export function CptsListPage() {
  useDocumentTitle('CPTS');
  return <RequireSession>{() => <CptsList />}</RequireSession>;
}
