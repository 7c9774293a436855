// One médecin-traitant request (/cpts/:id/medecin-traitant/demandes/:requestId): the patient (or
// « Identité purgée »), priority groups, referrer, status with its due day, the steps the caller
// may take, the suggested doctors for the coordination, and the timeline. Every opening is an
// audited read of patient data.

import { useState } from 'preact/hooks';
import { FactRow } from '../components/FactRow';
import { ErrorView } from '../components/ErrorView';
import { Link } from '../components/Link';
import { DoctorName } from '../components/mt/DoctorName';
import { MtActions } from '../components/mt/MtActions';
import { MtLayout } from '../components/mt/MtLayout';
import { MtStatusBadge } from '../components/mt/MtStatusBadge';
import { MtSuggestions } from '../components/mt/MtSuggestions';
import { MtTimeline } from '../components/mt/MtTimeline';
import { PriorityBadges } from '../components/mt/PriorityBadges';
import { patientName } from '../components/mt/patient-texts';
import { PatientPanel } from '../components/patient/PatientPanel';
import { RequireSession } from '../components/RequireSession';
import { formatDay } from '../format';
import { getMtRequest, type MtRequestDetail, type MtStatus } from '../mt-api';
import { MT_SOURCE_LABELS, canBeProposed, mtStatusLabel, type MtActor } from '../mt-labels';
import { canMt } from '../permissions';
import { mtPath } from '../router';
import type { Session } from '../session-api';
import { useApiValue } from '../use-api';

/** Who acts here: the coordination, the doctor the request is proposed to (the server gives them
 * actions), or nobody (a referrer follows the request). */
function actorOf(session: Session, request: MtRequestDetail): MtActor | null {
  if (canMt(session, request.cpts_id, 'mt_coordinate')) return 'coordination';
  return request.actions.length > 0 ? 'doctor' : null;
}

function PatientFacts({ request: r }: { request: MtRequestDetail }) {
  return (
    <PatientPanel patient={r.patient} idPrefix="mt">
      <FactRow label="Priorités">
        <PriorityBadges groups={r.priority_groups} />
      </FactRow>
      <FactRow label="Adressé par">
        {r.referrer.label}
        <span class="facts__sub">{MT_SOURCE_LABELS[r.source] ?? r.source}</span>
      </FactRow>
      <FactRow label="Consentement">le {formatDay(r.consent_on)}</FactRow>
      {r.purged_at && <FactRow label="Identité purgée">le {formatDay(r.purged_at)}</FactRow>}
    </PatientPanel>
  );
}

function StatusPanel({ request: r }: { request: MtRequestDetail }) {
  return (
    <section class="panel" aria-labelledby="mt-status-title">
      <h2 id="mt-status-title" class="panel__title">
        Où en est la demande
      </h2>
      <dl class="facts">
        <FactRow label="Statut">
          <MtStatusBadge request={r} />
        </FactRow>
        {r.proposal && (
          <FactRow label={r.status === 'proposee' ? 'Proposée à' : 'Médecin'}>
            <span data-testid="mt-proposal">
              <DoctorName professionalId={r.proposal.professional_id} siteKey={r.proposal.site_key} />
            </span>
          </FactRow>
        )}
        <FactRow label="Inscrite le">{formatDay(r.created_at)}</FactRow>
      </dl>
    </section>
  );
}

function RequestView({ cptsId, requestId, session }: { cptsId: string; requestId: string; session: Session }) {
  const { value: request, problem, set } = useApiValue((signal) => getMtRequest(cptsId, requestId, signal), [cptsId, requestId]);
  const [gone, setGone] = useState<MtStatus | null>(null);
  const onMoved = (answer: MtRequestDetail | { id: string; status: MtStatus }) => {
    if ('timeline' in answer) set(answer);
    else setGone(answer.status);
  };

  if (problem) return <ErrorView problem={problem} subject="Demande" />;
  if (gone) {
    return (
      <MtLayout cptsId={cptsId} session={session} tab={null} eyebrow="Demande de médecin traitant" title="Demande transmise">
        <p class="notice notice--info" role="status" data-testid="mt-request-gone">
          Demande passée à l'étape « {mtStatusLabel(gone)} » : elle retourne à la coordination de la CPTS et n'est plus visible
          pour vous. <Link href={mtPath(cptsId)}>Retour à la file d'attente</Link>
        </p>
      </MtLayout>
    );
  }
  if (!request) return <p class="loading">Chargement de la demande…</p>;
  const actor = actorOf(session, request);
  const suggestionsShown = actor === 'coordination' && (canBeProposed(request.status) || request.status === 'nouvelle');
  return (
    <MtLayout
      cptsId={cptsId}
      session={session}
      tab={null}
      eyebrow="Demande de médecin traitant"
      title={patientName(request)}
      lead={<MtStatusBadge request={request} />}
    >
      <div class="mt-request">
        <PatientFacts request={request} />
        <StatusPanel request={request} />
      </div>
      {actor && <MtActions request={request} actor={actor} onMoved={onMoved} />}
      {suggestionsShown && <MtSuggestions request={request} onProposed={onMoved} />}
      <MtTimeline events={request.timeline} />
    </MtLayout>
  );
}

export function MtRequestPage({ cptsId, requestId }: { cptsId: string; requestId: string }) {
  return (
    <RequireSession allow={(session) => canMt(session, cptsId, 'mt_request_view')}>
      {(session) => <RequestView cptsId={cptsId} requestId={requestId} session={session} />}
    </RequireSession>
  );
}
