// Plan 100 % (/couverture): coverage of the nation, then of a région and a département, with
// the zones blanches and a map; the bulk import for administrators and the ARS.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../api';
import { AreaPicker } from '../components/coverage/AreaPicker';
import { CoverageFigures } from '../components/coverage/CoverageFigures';
import { CoverageMap } from '../components/coverage/CoverageMap';
import { TerritoryImportForm } from '../components/coverage/TerritoryImportForm';
import { ZonesBlanches } from '../components/coverage/ZonesBlanches';
import { FormAlert } from '../components/forms/FormAlert';
import { RequireSession } from '../components/RequireSession';
import { useDocumentTitle } from '../document-title';
import { canImportTerritories } from '../permissions';
import { problemMessage } from '../problem-message';
import type { Session } from '../session-api';
import { getCoverage, listDepartements, listRegions, type AreaSummary, type Coverage, type CoverageQuery } from '../territory-api';

/** The figures of an area (the zones blanches are listed apart: one is enough here). */
function useCoverage(query: CoverageQuery, version: number): { coverage: Coverage | null; problem: Problem | null } {
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    const controller = new AbortController();
    setCoverage(null);
    setProblem(null);
    getCoverage({ ...query, limit: 1 }, controller.signal)
      .then(setCoverage)
      .catch((e) => !isAbortError(e) && setProblem(toProblem(e)));
    return () => controller.abort();
  }, [key, version]);
  return { coverage, problem };
}

/** A referential list (régions, or the départements of a région); empty when `load` is null. */
function useAreas(load: ((signal: AbortSignal) => Promise<{ items: AreaSummary[] }>) | null, key: string) {
  const [items, setItems] = useState<AreaSummary[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setItems([]);
    setFailed(false);
    if (!load) return undefined;
    const controller = new AbortController();
    load(controller.signal)
      .then((answer) => setItems(answer.items))
      .catch((e) => !isAbortError(e) && setFailed(true));
    return () => controller.abort();
  }, [key]);
  return { items, failed };
}

function CoverageDashboard({ session }: { session: Session }) {
  const [region, setRegion] = useState('');
  const [departement, setDepartement] = useState('');
  const [version, setVersion] = useState(0);
  const regions = useAreas(listRegions, 'regions');
  const departements = useAreas(region ? (signal) => listDepartements(region, signal) : null, region);
  const nation = useCoverage({ level: 'nation' }, version);
  const area: CoverageQuery = departement ? { level: 'departement', code: departement } : region ? { level: 'region', code: region } : { level: 'nation' };
  const selected = useCoverage(area, version);
  const areaName = area.level === 'nation' ? 'France' : selected.coverage?.name ?? '…';

  return (
    <div>
      <header class="page-intro">
        <p class="page-intro__eyebrow">Plan 100 %</p>
        <h1 class="page-intro__title">Couverture du territoire par les CPTS</h1>
        <p class="page-intro__lead">
          Part de la population vivant dans une commune ou une partie de commune rattachée à une CPTS : France
          métropolitaine et DROM, par région et par département.
        </p>
      </header>
      <section class="panel" aria-labelledby="nation-title">
        <h2 id="nation-title" class="panel__title">
          France (métropole et DROM)
        </h2>
        {nation.problem && <FormAlert>{problemMessage(nation.problem)}</FormAlert>}
        {nation.coverage ? <CoverageFigures coverage={nation.coverage} /> : !nation.problem && <p class="loading loading--inline">Calcul…</p>}
      </section>
      <section class="panel" aria-labelledby="area-title">
        <h2 id="area-title" class="panel__title">
          {area.level === 'nation' ? 'Par région et par département' : areaName}
        </h2>
        <div class="tool-row">
          <AreaPicker
            label="Région"
            id="coverage-region"
            items={regions.items}
            failed={regions.failed}
            value={region}
            onChange={(code) => {
              setRegion(code);
              setDepartement('');
            }}
          />
          <AreaPicker
            label="Département"
            id="coverage-departement"
            items={departements.items}
            failed={departements.failed}
            value={departement}
            disabled={!region}
            onChange={setDepartement}
          />
        </div>
        {area.level === 'nation' && <p class="muted">Choisissez une région, puis un département, pour leurs chiffres et leur carte.</p>}
        {area.level !== 'nation' && (
          <>
            {selected.problem && <FormAlert>{problemMessage(selected.problem)}</FormAlert>}
            {selected.coverage && <CoverageFigures coverage={selected.coverage} />}
            <CoverageMap key={`${area.level}-${area.code}-${version}`} level={area.level === 'region' ? 'region' : 'departement'} code={area.code ?? ''} />
          </>
        )}
      </section>
      <ZonesBlanches
        key={`${JSON.stringify(area)}-${version}`}
        area={area}
        areaName={areaName}
        total={selected.coverage?.zones_blanches.total ?? null}
      />
      {canImportTerritories(session) && <TerritoryImportForm onImported={() => setVersion((n) => n + 1)} />}
    </div>
  );
}

export function CoveragePage() {
  useDocumentTitle('Couverture');
  return <RequireSession>{(session) => <CoverageDashboard session={session} />}</RequireSession>;
}
