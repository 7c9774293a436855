// The memberships (adhésions) of one CPTS (/cpts/:id/adhesions), for its coordinators and the
// administrators: summary, pending requests (accept, refuse), the members with their status,
// college and fee, the colleges, the membership rate per profession, and the territory's
// directory (CSV, printable page).

import { useState } from 'preact/hooks';
import { ErrorView } from '../components/ErrorView';
import { Link } from '../components/Link';
import { CollegesSection } from '../components/membership/CollegesSection';
import { MembersTable } from '../components/membership/MembersTable';
import { MembershipRateSection } from '../components/membership/MembershipRateSection';
import { PendingRequests } from '../components/membership/PendingRequests';
import { RequireSession } from '../components/RequireSession';
import { CptsTimeZone } from '../cpts-clock';
import { territoryDirectoryUrl } from '../directory-api';
import { MEMBERSHIP_STATUS_LABELS, formatEuros } from '../directory-labels';
import { useDocumentTitle } from '../document-title';
import { formatInteger, pluralize } from '../format';
import { listColleges, type MembershipStatus, type MembershipSummary } from '../membership-api';
import { canManageFees, canManageMembers } from '../permissions';
import { cptsPath } from '../router';
import type { Session } from '../session-api';
import { getCptsProfile } from '../territory-api';
import { useApiValue } from '../use-api';

function SummaryFigures({ summary }: { summary: MembershipSummary }) {
  return (
    <dl class="territory-figures" data-testid="membership-summary">
      {(Object.keys(MEMBERSHIP_STATUS_LABELS) as MembershipStatus[]).map((status) => (
        <div key={status}>
          <dt>{MEMBERSHIP_STATUS_LABELS[status]}</dt>
          <dd>{formatInteger(summary.by_status[status] ?? 0)}</dd>
        </div>
      ))}
      {summary.unpaid_fees !== undefined && (
        <div>
          <dt>Cotisations {summary.year} non payées</dt>
          <dd>
            {formatInteger(summary.unpaid_fees)}
            <span class="territory-figures__sub">{formatEuros(summary.unpaid_cents ?? 0)}</span>
          </dd>
        </div>
      )}
      {summary.active_without_fee !== undefined && (
        <div>
          <dt>Actifs sans cotisation {summary.year}</dt>
          <dd>{formatInteger(summary.active_without_fee)}</dd>
        </div>
      )}
    </dl>
  );
}

function MembershipsView({ cptsId, session }: { cptsId: string; session: Session }) {
  /** Bumped after every change: lists, colleges' counts and the rate reload. */
  const [version, setVersion] = useState(0);
  const { value: cpts, problem: cptsProblem } = useApiValue((signal) => getCptsProfile(cptsId, signal), [cptsId]);
  const { value: collegeList, problem: collegesProblem } = useApiValue((signal) => listColleges(cptsId, signal), [cptsId, version]);
  const colleges = collegeList?.items ?? null;
  const [summary, setSummary] = useState<MembershipSummary | null>(null);
  const problem = cptsProblem ?? collegesProblem;
  const onChanged = () => setVersion((v) => v + 1);
  const fees = canManageFees(session, cptsId);
  useDocumentTitle(cpts ? `Adhésions — ${cpts.name}` : 'Adhésions');

  if (problem) return <ErrorView problem={problem} subject="CPTS" />;
  if (!cpts) return <p class="loading">Chargement des adhésions…</p>;
  const pending = summary?.pending_requests ?? 0;
  return (
    <CptsTimeZone.Provider value={cpts.time_zone}>
      <nav class="breadcrumb" aria-label="Fil d'Ariane">
        <ol>
          <li>
            <Link href={cptsPath(cpts.id)}>{cpts.name}</Link>
          </li>
          <li aria-current="page">Adhésions</li>
        </ol>
      </nav>
      <header class="page-intro">
        <p class="page-intro__eyebrow">Adhésions</p>
        <h1 class="page-intro__title">{cpts.name}</h1>
        <p class="page-intro__lead">
          {summary
            ? pending === 0
              ? "Aucune demande d'adhésion en attente."
              : `${formatInteger(pending)} ${pluralize(pending, "demande d'adhésion", "demandes d'adhésion")} en attente.`
            : 'Les adhérents de l’association, leurs collèges et cotisations.'}
          {!fees && ' Les cotisations ne sont visibles que par la coordination de la CPTS.'}
        </p>
      </header>
      <section class="panel" aria-label="En chiffres">
        {summary && <SummaryFigures summary={summary} />}
        <p class="downloads">
          <a href={territoryDirectoryUrl(cpts.id, 'csv')} download>
            Annuaire du territoire (CSV)
          </a>
          <a href={territoryDirectoryUrl(cpts.id, 'html')} target="_blank" rel="noopener">
            Annuaire imprimable du territoire
          </a>
        </p>
      </section>
      <PendingRequests cptsId={cpts.id} version={version} onChanged={onChanged} />
      <MembersTable cptsId={cpts.id} colleges={colleges ?? []} fees={fees} version={version} onChanged={onChanged} onSummary={setSummary} />
      <CollegesSection cptsId={cpts.id} colleges={colleges} onChanged={onChanged} />
      <MembershipRateSection cptsId={cpts.id} version={version} />
    </CptsTimeZone.Provider>
  );
}

export function MembershipsPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canManageMembers(session, cptsId)}>
      {(session) => <MembershipsView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
