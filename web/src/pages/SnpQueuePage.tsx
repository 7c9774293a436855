// The unscheduled-care requests of a CPTS (/cpts/:id/snp): the intake form designed for a phone
// call (the new request opens on its orientation screen), then the requests the caller may see.

import { RequireSession } from '../components/RequireSession';
import { SnpLayout } from '../components/snp/SnpLayout';
import { SnpQueue } from '../components/snp/SnpQueue';
import { SnpRequestForm } from '../components/snp/SnpRequestForm';
import { canSnp } from '../permissions';
import type { Session } from '../session-api';

function QueueView({ cptsId, session }: { cptsId: string; session: Session }) {
  return (
    <SnpLayout
      cptsId={cptsId}
      session={session}
      tab="queue"
      eyebrow="Soins non programmés"
      lead="Les patients qui doivent voir un médecin aujourd'hui ou sous 48 heures sans relever des urgences : la demande, puis le premier créneau disponible près de chez eux."
    >
      {canSnp(session, cptsId, 'snp_request_create') && (
        <section class="panel" aria-labelledby="snp-new-title">
          <div>
            <h2 id="snp-new-title" class="panel__title">
              Nouvelle demande
            </h2>
            <p class="panel__lead">Saisie pendant l'appel, au clavier : Tab pour avancer, Entrée pour enregistrer et proposer les créneaux.</p>
          </div>
          <SnpRequestForm cptsId={cptsId} />
        </section>
      )}
      <SnpQueue cptsId={cptsId} />
    </SnpLayout>
  );
}

export function SnpQueuePage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canSnp(session, cptsId, 'snp_request_view')}>
      {(session) => <QueueView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
