// Plan 100 % (/couverture): coverage of the nation, then of a région and a département, with
// the zones blanches and a map; the bulk import for administrators and the ARS.

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../api';
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

function useCoverage(query: CoverageQuery, version: number): { coverage: Coverage | null; problem: Problem | null } {
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    const controller = new AbortController();
    setCoverage(null);
    getCoverage({ ...query, limit: 1 }, controller.signal)
      .then(setCoverage)
      .catch((e) => !isAbortError(e) && setProblem(toProblem(e)));
    return () => controller.abort();
  }, [key, version]);
  return { coverage, problem };
}

function AreaPicker({ label, id, items, value, onChange }: { label: string; id: string; items: AreaSummary[]; value: string; onChange: (code: string) => void }) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <select id={id} class="field__input" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">—</option>
        {items.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code} · {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function CoverageDashboard({ session }: { session: Session }) {
  const [regions, setRegions] = useState<AreaSummary[]>([]);
  const [departements, setDepartements] = useState<AreaSummary[]>([]);
  const [region, setRegion] = useState('');
  const [departement, setDepartement] = useState('');
  const [version, setVersion] = useState(0);
  const nation = useCoverage({ level: 'nation' }, version);
  const area: CoverageQuery = departement ? { level: 'departement', code: departement } : region ? { level: 'region', code: region } : { level: 'nation' };
  const selected = useCoverage(area, version);

  useEffect(() => {
    void listRegions().then((answer) => setRegions(answer.items));
  }, []);
  useEffect(() => {
    setDepartement('');
    if (!region) return setDepartements([]);
    void listDepartements(region).then((answer) => setDepartements(answer.items));
  }, [region]);

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
      <section class="panel" aria-label="France">
        <h2 class="panel__title">France (métropole et DROM)</h2>
        {nation.problem && <FormAlert>{problemMessage(nation.problem)}</FormAlert>}
        {nation.coverage ? <CoverageFigures coverage={nation.coverage} /> : <p class="loading loading--inline">Calcul…</p>}
      </section>
      <section class="panel" aria-label="Région et département">
        <div class="inline-form inline-form--row">
          <AreaPicker label="Région" id="coverage-region" items={regions} value={region} onChange={setRegion} />
          <AreaPicker label="Département" id="coverage-departement" items={departements} value={departement} onChange={setDepartement} />
        </div>
        {area.level !== 'nation' && (
          <>
            <h2 class="panel__title">{selected.coverage?.name ?? '…'}</h2>
            {selected.problem && <FormAlert>{problemMessage(selected.problem)}</FormAlert>}
            {selected.coverage && <CoverageFigures coverage={selected.coverage} />}
            <CoverageMap key={`${area.level}-${area.code}-${version}`} level={area.level as 'region' | 'departement'} code={area.code ?? ''} />
          </>
        )}
      </section>
      <ZonesBlanches key={`${JSON.stringify(area)}-${version}`} area={area} />
      {canImportTerritories(session) && <TerritoryImportForm onImported={() => setVersion((n) => n + 1)} />}
    </div>
  );
}

export function CoveragePage() {
  useDocumentTitle('Couverture');
  return <RequireSession>{(session) => <CoverageDashboard session={session} />}</RequireSession>;
}
