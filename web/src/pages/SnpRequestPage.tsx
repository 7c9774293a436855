// The orientation screen of an unscheduled-care request (/cpts/:id/snp/demandes/:requestId): the
// patient and the request, the proposed slots (the first « Réserver » has the focus), the other
// orientations, then the outcome or the cancellation, and the timeline. Every opening is an
// audited read of patient data.

import { useState } from 'preact/hooks';
import { ErrorView } from '../components/ErrorView';
import { FactRow } from '../components/FactRow';
import { patientName } from '../components/mt/patient-texts';
import { PatientPanel } from '../components/patient/PatientPanel';
import { RequireSession } from '../components/RequireSession';
import { OtherOrientationForm } from '../components/snp/OtherOrientationForm';
import { RequestFacts } from '../components/snp/RequestFacts';
import { RequestOutcome } from '../components/snp/RequestOutcome';
import { SlotProposals } from '../components/snp/SlotProposals';
import { SnpLayout } from '../components/snp/SnpLayout';
import { SnpStatusBadge } from '../components/snp/SnpStatusBadge';
import { SnpTimeline } from '../components/snp/SnpTimeline';
import { formatDay } from '../format';
import { canSnp } from '../permissions';
import type { Session } from '../session-api';
import { getSnpRequest, type SnpRequest } from '../snp-api';
import { snpSourceLabel } from '../snp-labels';
import { useApiValue } from '../use-api';

function RequestView({ cptsId, requestId, session }: { cptsId: string; requestId: string; session: Session }) {
  const [version, setVersion] = useState(0);
  const { value: request, problem, set } = useApiValue((signal) => getSnpRequest(cptsId, requestId, signal), [cptsId, requestId, version]);
  const [reorienting, setReorienting] = useState(false);
  // The answer of a change shows at once; the timeline follows when the request is read again.
  const onChanged = (changed: SnpRequest) => {
    if (request) set({ ...request, ...changed });
    setReorienting(false);
    setVersion((v) => v + 1);
  };

  if (problem) return <ErrorView problem={problem} subject="Demande" />;
  if (!request) return <p class="loading">Chargement de la demande…</p>;
  const orientable = request.actions?.includes('orient') ?? false;
  const proposing = orientable && (request.status === 'nouvelle' || reorienting);
  return (
    <SnpLayout cptsId={cptsId} session={session} tab={null} eyebrow="Soins non programmés — orientation" title={patientName(request)} lead={<SnpStatusBadge request={request} />}>
      <div class="mt-request">
        <RequestFacts cptsId={cptsId} request={request} timeZone={request.time_zone} planning={canSnp(session, cptsId, 'snp_planning_view')} />
        <PatientPanel patient={request.patient} idPrefix="snp">
          <FactRow label="Adressé par">
            {request.referrer.label}
            <span class="facts__sub">{snpSourceLabel(request.source)}</span>
          </FactRow>
          <FactRow label="Consentement">le {formatDay(request.consent_on)}</FactRow>
        </PatientPanel>
      </div>
      {orientable && !proposing && (
        <p>
          <button type="button" class="btn btn--secondary" onClick={() => setReorienting(true)}>
            Réorienter
          </button>
        </p>
      )}
      {proposing && <SlotProposals cptsId={cptsId} request={request} onBooked={onChanged} />}
      {proposing && <OtherOrientationForm cptsId={cptsId} request={request} onOriented={onChanged} />}
      <RequestOutcome cptsId={cptsId} request={request} onChanged={onChanged} />
      <SnpTimeline events={request.timeline} timeZone={request.time_zone} />
    </SnpLayout>
  );
}

export function SnpRequestPage({ cptsId, requestId }: { cptsId: string; requestId: string }) {
  return (
    <RequireSession allow={(session) => canSnp(session, cptsId, 'snp_request_view')}>
      {(session) => <RequestView cptsId={cptsId} requestId={requestId} session={session} />}
    </RequireSession>
  );
}
