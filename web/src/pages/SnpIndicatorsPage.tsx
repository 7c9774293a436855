// The indicators of unscheduled care (/cpts/:id/snp/indicateurs), for the coordination, funders
// and administrators (counts only, never an identity): a period, the totals, requests by source
// and urgency, the share oriented within the urgency window, slots published and booked per week
// (chart and table), participation per professional, the CSV download and the weekly summary
// for the SAS.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { FormAlert } from '../components/forms/FormAlert';
import { TextField } from '../components/forms/TextField';
import { RequireSession } from '../components/RequireSession';
import { ParticipationTable } from '../components/snp/ParticipationTable';
import { SasSummaryLink } from '../components/snp/SasSummaryLink';
import { SnpLayout } from '../components/snp/SnpLayout';
import { SourceUrgencyTable } from '../components/snp/SourceUrgencyTable';
import { WeeklySlots } from '../components/snp/WeeklySlots';
import { WithinWindowTable } from '../components/snp/WithinWindowTable';
import { formatInteger, formatShare } from '../format';
import { canSnp } from '../permissions';
import type { Session } from '../session-api';
import { getSnpIndicators, snpIndicatorsCsvUrl, type SnpIndicators, type SnpPeriod } from '../snp-api';
import { snpProblemMessage } from '../snp-problems';
import { DEFAULT_TIME_ZONE, addDays, mondayOf, todayIn } from '../snp-time';
import { useApiValue } from '../use-api';
import { fieldMessage } from '../validation-messages';

const DEFAULT_WEEKS = 12;

/** The last twelve weeks, this one whole (its slots already published count). */
function defaultPeriod(): SnpPeriod {
  const monday = mondayOf(todayIn(DEFAULT_TIME_ZONE));
  return { from: addDays(monday, -7 * (DEFAULT_WEEKS - 1)), to: addDays(monday, 6) };
}

function Totals({ m }: { m: SnpIndicators }) {
  const share = (v: number | null) => (v === null ? '—' : formatShare(v));
  const figures = [
    { key: 'requests', label: 'Demandes', value: formatInteger(m.requests.total) },
    { key: 'within', label: 'Orientées dans le délai', value: share(m.within_window.share), sub: `${formatInteger(m.within_window.within)} sur ${formatInteger(m.within_window.oriented)} orientées` },
    { key: 'published', label: 'Créneaux publiés', value: formatInteger(m.slots.published) },
    { key: 'booked', label: 'Créneaux réservés', value: formatInteger(m.slots.booked), sub: `taux d'utilisation ${share(m.slots.use_rate)}` },
  ];
  return (
    <dl class="territory-figures" data-testid="snp-totals">
      {figures.map((f) => (
        <div key={f.key} data-testid={`snp-total-${f.key}`}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.sub && <span class="territory-figures__sub">{f.sub}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: JSX.Element }) {
  return (
    <section class="panel" aria-labelledby={id}>
      <div>
        <h2 id={id} class="panel__title">
          {title}
        </h2>
        {lead && <p class="panel__lead">{lead}</p>}
      </div>
      {children}
    </section>
  );
}

function IndicatorsView({ cptsId, session }: { cptsId: string; session: Session }) {
  const [draft, setDraft] = useState<SnpPeriod>(defaultPeriod);
  const [period, setPeriod] = useState<SnpPeriod>(draft);
  const indicators = useApiValue((signal) => getSnpIndicators(cptsId, period, signal), [cptsId, period.from, period.to]);
  const problem = indicators.problem;
  const fieldError = (field: string) => fieldMessage(problem, field);
  const m = indicators.value;
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPeriod(draft);
  };
  return (
    <SnpLayout
      cptsId={cptsId}
      session={session}
      tab="indicateurs"
      eyebrow="Soins non programmés — indicateurs"
      lead="Les demandes par origine et par délai, la part orientée dans le délai demandé, les créneaux publiés et utilisés, la participation des professionnels. Aucune donnée d'identité."
    >
      <section class="panel" aria-labelledby="snp-period-title">
        <h2 id="snp-period-title" class="panel__title">
          Période
        </h2>
        <form class="tool-row" onSubmit={submit} aria-label="Période">
          <TextField label="Du" type="date" required value={draft.from} error={fieldError('from')} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
          <TextField label="Au" type="date" required value={draft.to} error={fieldError('to')} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
          <button type="submit" class="btn">
            Afficher
          </button>
        </form>
        <p class="downloads">
          <a href={snpIndicatorsCsvUrl(cptsId, period)} download data-testid="snp-indicators-csv">
            Indicateurs de la période (CSV)
          </a>
        </p>
        <FormAlert>{problem && !fieldError('from') && !fieldError('to') ? snpProblemMessage(problem) : null}</FormAlert>
        <SasSummaryLink cptsId={cptsId} />
      </section>
      {!m && !problem && <p class="loading">Calcul des indicateurs…</p>}
      {m && !problem && (
        <>
          <Section id="snp-totals-title" title="En chiffres">
            <Totals m={m} />
          </Section>
          <Section id="snp-sources-title" title="Demandes par origine et par délai">
            {m.requests.total === 0 ? <p class="empty">Aucune demande sur la période.</p> : <SourceUrgencyTable requests={m.requests} />}
          </Section>
          <Section id="snp-window-title" title="Orientées dans le délai" lead="Une demande est orientée dans le délai quand le créneau réservé (ou l'autre orientation) tombe avant la fin de son délai.">
            <WithinWindowTable window={m.within_window} />
          </Section>
          <Section id="snp-weeks-title" title="Créneaux par semaine">
            <WeeklySlots weeks={m.weeks} />
          </Section>
          <Section id="snp-participation-title" title="Participation des professionnels">
            <ParticipationTable professionals={m.professionals} />
          </Section>
        </>
      )}
    </SnpLayout>
  );
}

export function SnpIndicatorsPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canSnp(session, cptsId, 'snp_indicators')}>
      {(session) => <IndicatorsView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
