// The ACI indicators of the médecin-traitant mission (/cpts/:id/medecin-traitant/indicateurs), for
// the coordination, funders and administrators (counts only, never an identity): totals, a chart
// and a table by month of entry, the table by priority group, delays from entry to declaration,
// the census, a period filter and the CSV download.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { FormAlert } from '../components/forms/FormAlert';
import { TextField } from '../components/forms/TextField';
import { MonthChart, monthLabel } from '../components/mt/MonthChart';
import { MtLayout } from '../components/mt/MtLayout';
import { RequireSession } from '../components/RequireSession';
import { formatInteger, pluralize } from '../format';
import { getMtIndicators, mtIndicatorsCsvUrl, type MtCounts, type MtIndicators, type MtPeriod } from '../mt-api';
import { PRIORITY_GROUP_LABELS, priorityGroupLabel } from '../mt-labels';
import { canMt } from '../permissions';
import { problemMessage } from '../problem-message';
import type { Session } from '../session-api';
import { useApiValue } from '../use-api';
import { fieldMessage } from '../validation-messages';

const COUNTS: { key: keyof MtCounts; label: string }[] = [
  { key: 'registered', label: 'Patients inscrits' },
  { key: 'oriented', label: 'Patients orientés' },
  { key: 'found', label: 'Ont trouvé un médecin traitant' },
  { key: 'declared', label: 'Déclarations faites' },
];

function CountCells({ counts }: { counts: MtCounts }) {
  return (
    <>
      {COUNTS.map((c) => (
        <td key={c.key} data-label={c.label} class="num">
          {formatInteger(counts[c.key])}
        </td>
      ))}
    </>
  );
}

/** A table of counts, one row per month or group. */
function CountsTable({ title, rows, testId }: { title: string; rows: { key: string; label: string; counts: MtCounts }[]; testId: string }) {
  return (
    <div class="table-scroll">
      <table class="data-table data-table--stack data-table--counts" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {COUNTS.map((c) => (
              <th key={c.key} scope="col" class="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <CountCells counts={row.counts} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function days(value: number | null): string {
  return value === null ? '—' : `${formatInteger(value)} ${pluralize(value, 'jour')}`;
}

function Indicators({ m }: { m: MtIndicators }) {
  const groups = Object.keys(PRIORITY_GROUP_LABELS).filter((g) => m.by_group[g]);
  return (
    <>
      <section class="panel" aria-labelledby="mt-totals-title">
        <h2 id="mt-totals-title" class="panel__title">
          En chiffres
        </h2>
        <dl class="territory-figures" data-testid="mt-totals">
          {COUNTS.map((c) => (
            <div key={c.key} data-testid={`mt-total-${c.key}`}>
              <dt>{c.label}</dt>
              <dd>{formatInteger(m[c.key])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="panel" aria-labelledby="mt-months-title">
        <h2 id="mt-months-title" class="panel__title">
          Par mois d'inscription
        </h2>
        {m.by_month.length === 0 ? (
          <p class="empty">Aucun patient inscrit sur la période.</p>
        ) : (
          <>
            <MonthChart months={m.by_month} />
            <CountsTable title="Mois" testId="mt-by-month" rows={m.by_month.map((row) => ({ key: row.month, label: monthLabel(row.month), counts: row }))} />
          </>
        )}
      </section>
      <section class="panel" aria-labelledby="mt-groups-title">
        <div>
          <h2 id="mt-groups-title" class="panel__title">
            Par groupe prioritaire
          </h2>
          <p class="panel__lead">Un patient compte dans chacun de ses groupes.</p>
        </div>
        {groups.length === 0 ? (
          <p class="empty">Aucun patient inscrit sur la période.</p>
        ) : (
          <CountsTable title="Groupe" testId="mt-by-group" rows={groups.map((g) => ({ key: g, label: priorityGroupLabel(g), counts: m.by_group[g] }))} />
        )}
      </section>
      <section class="panel" aria-labelledby="mt-delays-title">
        <h2 id="mt-delays-title" class="panel__title">
          Délais et recensement
        </h2>
        <dl class="territory-figures" data-testid="mt-delays">
          <div>
            <dt>Délai médian de l'inscription à la déclaration</dt>
            <dd>
              {days(m.delay_days.median)}
              <span class="territory-figures__sub">
                sur {formatInteger(m.delay_days.count)} {pluralize(m.delay_days.count, 'déclaration', 'déclarations')}
              </span>
            </dd>
          </div>
          <div>
            <dt>90 % des déclarations en moins de</dt>
            <dd>{days(m.delay_days.p90)}</dd>
          </div>
          <div>
            <dt>Médecins au recensement</dt>
            <dd>
              {formatInteger(m.census.doctors)}
              <span class="territory-figures__sub">
                {formatInteger(m.census.sites)} {pluralize(m.census.sites, "lieu d'exercice", "lieux d'exercice")}, déclaration valide
              </span>
            </dd>
          </div>
          <div>
            <dt>Places déclarées</dt>
            <dd>{formatInteger(m.census.places)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

function IndicatorsView({ cptsId, session }: { cptsId: string; session: Session }) {
  const [draft, setDraft] = useState<MtPeriod>({});
  const [period, setPeriod] = useState<MtPeriod>({});
  const indicators = useApiValue((signal) => getMtIndicators(cptsId, period, signal), [cptsId, period.from, period.to]);
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPeriod({ from: draft.from || undefined, to: draft.to || undefined });
  };
  const problem = indicators.problem;
  const fieldError = (field: string) => fieldMessage(problem, field);
  return (
    <MtLayout
      cptsId={cptsId}
      session={session}
      tab="indicateurs"
      eyebrow="Médecin traitant — indicateurs"
      lead="Les indicateurs de l'ACI : patients inscrits, orientés vers un médecin, ayant trouvé un médecin traitant, par groupe prioritaire et par mois d'inscription. Aucune donnée d'identité."
    >
      <section class="panel" aria-labelledby="mt-period-title">
        <h2 id="mt-period-title" class="panel__title">
          Période d'inscription
        </h2>
        <form class="tool-row" onSubmit={submit} aria-label="Période">
          <TextField label="Du" type="date" value={draft.from ?? ''} error={fieldError('from')} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
          <TextField label="Au" type="date" value={draft.to ?? ''} error={fieldError('to')} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
          <button type="submit" class="btn">
            Afficher
          </button>
        </form>
        <p class="downloads">
          <a href={mtIndicatorsCsvUrl(cptsId, period)} download data-testid="mt-indicators-csv">
            Indicateurs par mois (CSV)
          </a>
        </p>
        <FormAlert>{problem && !fieldError('from') && !fieldError('to') ? problemMessage(problem) : null}</FormAlert>
      </section>
      {indicators.value === null && !problem && <p class="loading">Calcul des indicateurs…</p>}
      {indicators.value && !problem && <Indicators m={indicators.value} />}
    </MtLayout>
  );
}

export function MtIndicatorsPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canMt(session, cptsId, 'mt_indicators')}>
      {(session) => <IndicatorsView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
