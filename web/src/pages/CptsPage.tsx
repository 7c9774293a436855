// One CPTS (/cpts/:id): its figures, territory (editor, elements, map, history, downloads),
// lifecycle and profile.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../api';
import { CptsLifecycle } from '../components/cpts/CptsLifecycle';
import { CptsProfileForm } from '../components/cpts/CptsProfileForm';
import { StatusBadge } from '../components/cpts/StatusBadge';
import { ErrorView } from '../components/ErrorView';
import { RequireSession } from '../components/RequireSession';
import { TerritoryEditor } from '../components/territory/TerritoryEditor';
import { TerritoryElements } from '../components/territory/TerritoryElements';
import { TerritoryFigures } from '../components/territory/TerritoryFigures';
import { TerritoryHistory } from '../components/territory/TerritoryHistory';
import { TerritoryMap } from '../components/territory/TerritoryMap';
import { useDocumentTitle } from '../document-title';
import { formatDay, formatInteger, pluralize } from '../format';
import { canEditCpts, canManageMembers, canValidateCpts } from '../permissions';
import { problemMessage } from '../problem-message';
import { membershipsPath } from '../router';
import { mtEntryPath } from '../mt-entry';
import { snpEntryPath } from '../snp-entry';
import { Link } from '../components/Link';
import type { Session } from '../session-api';
import {
  addToTerritory,
  atEndOfDay,
  communeNames,
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
import { violationMessage } from '../territory-labels';

/** Refusals listed at most; the rest are counted. */
const MAX_REFUSALS = 20;

/** The refusals in French, naming each commune or part (looked up) and the CPTS holding it. */
async function refusalMessages(violations: Violation[]): Promise<string[]> {
  const shown = violations.slice(0, MAX_REFUSALS);
  const names = await communeNames(shown.filter((v) => v.rule !== 'unknown_commune').map((v) => v.code));
  const messages = shown.map((v) => violationMessage(v, names[v.code]));
  const more = violations.length - shown.length;
  if (more > 0) messages.push(`… et ${formatInteger(more)} ${pluralize(more, 'autre refus', 'autres refus')}.`);
  return messages;
}

function changeMessage(answer: { added?: number; already_held?: number; removed?: number }): string {
  if (answer.removed !== undefined) {
    return `${formatInteger(answer.removed)} ${pluralize(answer.removed, 'élément retiré', 'éléments retirés')} du territoire.`;
  }
  const added = answer.added ?? 0;
  const already = answer.already_held ?? 0;
  const text = `${formatInteger(added)} ${pluralize(added, 'élément ajouté', 'éléments ajoutés')} au territoire`;
  return already > 0 ? `${text} ; ${formatInteger(already)} y ${already > 1 ? 'étaient' : 'était'} déjà.` : `${text}.`;
}

function CptsView({ id, session }: { id: string; session: Session }) {
  const [cpts, setCpts] = useState<CptsProfile | null>(null);
  const [territory, setTerritory] = useState<Territory | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** A past day (YYYY-MM-DD) at the end of which the territory is shown; null: today's. */
  const [day, setDay] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [reloads, setReloads] = useState(0);
  const canEdit = canEditCpts(session, id);
  const at = day ? atEndOfDay(day) : null;
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
      const answer = kind === 'add' ? await addToTerritory(id, selection) : await removeFromTerritory(id, selection);
      setTerritory(answer);
      setMessage(changeMessage(answer));
      return true;
    } catch (caught) {
      const failure = toProblem(caught);
      const violations = violationsOf(failure);
      if (violations.length > 0) setRefusals(await refusalMessages(violations));
      else setError(problemMessage(failure));
      return false;
    }
  };

  if (problem) return <ErrorView problem={problem} />;
  if (!cpts || !territory) return <p class="loading">Chargement de la CPTS…</p>;
  const version = territory.elements.map((e) => e.id).join(',');
  const editable = canEdit && !day && cpts.status !== 'dissoute';
  const medecinTraitant = mtEntryPath(session, id);
  const soinsNonProgrammes = snpEntryPath(session, id);
  return (
    <div>
      <header class="page-intro">
        <p class="page-intro__eyebrow">CPTS</p>
        <h1 class="page-intro__title">{cpts.name}</h1>
        <p class="page-intro__lead">
          <StatusBadge status={cpts.status} />
        </p>
        {canManageMembers(session, id) && (
          <p class="page-intro__links">
            <Link href={membershipsPath(id)}>Adhésions : membres, demandes, cotisations, taux d'adhésion</Link>
          </p>
        )}
        {medecinTraitant && (
          <p class="page-intro__links">
            <Link href={medecinTraitant}>Médecin traitant : demandes des patients, recensement, indicateurs</Link>
          </p>
        )}
        {soinsNonProgrammes && (
          <p class="page-intro__links">
            <Link href={soinsNonProgrammes}>Soins non programmés : demandes, planning des créneaux, ressources, indicateurs</Link>
          </p>
        )}
      </header>
      <section class="panel" aria-labelledby="territory-title">
        <h2 id="territory-title" class="panel__title">
          Territoire{day ? ` au ${formatDay(day)}` : ''}
        </h2>
        {day && (
          <p class="notice notice--info">
            Le territoire tel qu'il était le {formatDay(day)} au soir.{' '}
            <button type="button" class="btn btn--small btn--secondary" onClick={() => setDay(null)}>
              Revenir au territoire actuel
            </button>
          </p>
        )}
        <TerritoryFigures territory={territory} />
        <p class="downloads">
          <a href={territoryExportUrl(id, 'csv', at)} download>
            Télécharger le territoire (CSV)
          </a>
          <a href={territoryExportUrl(id, 'geojson', at)} download>
            Télécharger le territoire (GeoJSON)
          </a>
        </p>
        <TerritoryMap cptsId={id} version={version} at={at} />
        <TerritoryElements elements={territory.elements} onRemove={editable ? (s) => change('remove', s) : undefined} />
      </section>
      {editable && <TerritoryEditor onAdd={(s) => change('add', s)} refusals={refusals} error={error} message={message} />}
      <TerritoryHistory cptsId={id} version={version} day={day} onDay={setDay} />
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
