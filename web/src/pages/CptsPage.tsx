// One CPTS (/cpts/:id): its figures, territory (editor, elements, map, history, downloads),
// lifecycle and profile.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../api';
import { CptsLifecycle } from '../components/cpts/CptsLifecycle';
import { CptsProfileForm } from '../components/cpts/CptsProfileForm';
import { PopulationFigure } from '../components/cpts/PopulationFigure';
import { StatusBadge } from '../components/cpts/StatusBadge';
import { ErrorView } from '../components/ErrorView';
import { RequireSession } from '../components/RequireSession';
import { TerritoryEditor } from '../components/territory/TerritoryEditor';
import { TerritoryElements } from '../components/territory/TerritoryElements';
import { TerritoryHistory } from '../components/territory/TerritoryHistory';
import { TerritoryMap } from '../components/territory/TerritoryMap';
import { useDocumentTitle } from '../document-title';
import { formatDate, formatInteger, pluralize } from '../format';
import { canEditCpts, canValidateCpts } from '../permissions';
import { problemMessage } from '../problem-message';
import type { Session } from '../session-api';
import {
  addToTerritory,
  getCptsProfile,
  getTerritory,
  removeFromTerritory,
  territoryExportUrl,
  violationsOf,
  type CptsProfile,
  type Territory,
  type TerritorySelection,
  type Violation,
} from '../territory-api';

function TerritoryFigures({ territory }: { territory: Territory }) {
  return (
    <dl class="territory-figures" aria-live="polite" data-testid="territory-figures">
      <div>
        <dt>Population</dt>
        <dd data-testid="territory-population">
          <PopulationFigure value={territory.population} estimated={territory.population_estimated} />
        </dd>
      </div>
      <div>
        <dt>Taille</dt>
        <dd data-testid="territory-taille">{territory.taille}</dd>
      </div>
      <div>
        <dt>Éléments</dt>
        <dd>
          {formatInteger(territory.elements.length)}{' '}
          <span class="muted">
            dont {territory.whole_communes} {pluralize(territory.whole_communes, 'commune entière', 'communes entières')}
          </span>
        </dd>
      </div>
    </dl>
  );
}

function CptsView({ id, session }: { id: string; session: Session }) {
  const [cpts, setCpts] = useState<CptsProfile | null>(null);
  const [territory, setTerritory] = useState<Territory | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [at, setAt] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<Violation[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [reloads, setReloads] = useState(0);
  const canEdit = canEditCpts(session, id);
  useDocumentTitle(cpts?.name ?? 'CPTS');

  useEffect(() => {
    const controller = new AbortController();
    getCptsProfile(id, controller.signal)
      .then(setCpts)
      .catch((e) => !isAbortError(e) && setProblem(toProblem(e)));
    return () => controller.abort();
  }, [id]);
  useEffect(() => {
    const controller = new AbortController();
    getTerritory(id, at, controller.signal)
      .then(setTerritory)
      .catch((e) => !isAbortError(e) && setProblem(toProblem(e)));
    return () => controller.abort();
  }, [id, at, reloads]);

  const change = async (kind: 'add' | 'remove', selection: TerritorySelection): Promise<boolean> => {
    setRefusals([]);
    setError('');
    setMessage('');
    try {
      if (kind === 'add') {
        const answer = await addToTerritory(id, selection);
        setTerritory(answer);
        setMessage(`${formatInteger(answer.added)} ${pluralize(answer.added, 'élément ajouté', 'éléments ajoutés')} au territoire.`);
      } else {
        const answer = await removeFromTerritory(id, selection);
        setTerritory(answer);
        setMessage(`${formatInteger(answer.removed)} ${pluralize(answer.removed, 'élément retiré', 'éléments retirés')} du territoire.`);
      }
      setAt(null);
      return true;
    } catch (caught) {
      const failure = toProblem(caught);
      const violations = violationsOf(failure);
      setRefusals(violations);
      if (violations.length === 0) setError(problemMessage(failure));
      return false;
    }
  };

  if (problem) return <ErrorView problem={problem} />;
  if (!cpts || !territory) return <p class="loading">Chargement de la CPTS…</p>;
  const version = territory.elements.map((e) => e.id).join(',');
  const editable = canEdit && !at && cpts.status !== 'dissoute';
  return (
    <div>
      <header class="page-intro">
        <p class="page-intro__eyebrow">CPTS</p>
        <h1 class="page-intro__title">{cpts.name}</h1>
        <p class="page-intro__lead">
          <StatusBadge status={cpts.status} />
        </p>
      </header>
      <section class="panel" aria-labelledby="territory-title">
        <h2 id="territory-title" class="panel__title">
          Territoire{at ? ` au ${formatDate(at)}` : ''}
        </h2>
        <TerritoryFigures territory={territory} />
        <p class="downloads">
          <a href={territoryExportUrl(id, 'csv', at)} download>
            Télécharger (CSV)
          </a>
          <a href={territoryExportUrl(id, 'geojson', at)} download>
            Télécharger (GeoJSON)
          </a>
        </p>
        <TerritoryMap cptsId={id} version={version} at={at} />
        <TerritoryElements elements={territory.elements} onRemove={editable ? (s) => change('remove', s) : undefined} />
      </section>
      {editable && <TerritoryEditor onAdd={(s) => change('add', s)} refusals={refusals} error={error} message={message} />}
      <TerritoryHistory cptsId={id} version={version} at={at} onAt={setAt} />
      <CptsLifecycle
        cpts={cpts}
        canValidate={canValidateCpts(session, id)}
        onChanged={(changed) => {
          setCpts(changed);
          setReloads((n) => n + 1); // a dissolution releases the territory
        }}
      />
      <section class="panel" aria-labelledby="profile-title">
        <h2 id="profile-title" class="panel__title">
          Profil
        </h2>
        <CptsProfileForm key={cpts.id} cpts={cpts} canEdit={canEdit} onChanged={setCpts} />
      </section>
    </div>
  );
}

export function CptsPage({ id }: { id: string }) {
  return <RequireSession>{(session) => <CptsView id={id} session={session} />}</RequireSession>;
}
