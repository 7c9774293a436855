// The médecin-traitant queue of a CPTS (/cpts/:id/medecin-traitant): the requests the caller may
// see (the coordination: all; a referrer: theirs; a doctor: those proposed to them), the
// « Nouvelle demande » form, and for the coordination the import of a list of patients and the
// delays and retention.

import { useState } from 'preact/hooks';
import { FormAlert } from '../components/forms/FormAlert';
import { Link } from '../components/Link';
import { MtLayout } from '../components/mt/MtLayout';
import { MtQueue } from '../components/mt/MtQueue';
import { MtListImportForm } from '../components/mt/MtListImportForm';
import { MtRequestForm } from '../components/mt/MtRequestForm';
import { MtSettingsPanel } from '../components/mt/MtSettingsPanel';
import { patientName } from '../components/mt/patient-texts';
import { RequireSession } from '../components/RequireSession';
import type { MtRequestDetail } from '../mt-api';
import { canMt } from '../permissions';
import { mtRequestPath } from '../router';
import type { Session } from '../session-api';

function QueueView({ cptsId, session }: { cptsId: string; session: Session }) {
  const [version, setVersion] = useState(0);
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<MtRequestDetail | null>(null);
  const coordination = canMt(session, cptsId, 'mt_coordinate');
  const onCreated = (request: MtRequestDetail) => {
    setCreated(request);
    setVersion((v) => v + 1);
  };
  return (
    <MtLayout
      cptsId={cptsId}
      session={session}
      tab="queue"
      eyebrow="Médecin traitant"
      lead={
        coordination
          ? 'Les patients sans médecin traitant inscrits par la CPTS, ses membres et ses partenaires, les plus anciens en premier.'
          : 'Les demandes que vous avez adressées, et celles qui vous sont proposées.'
      }
    >
      {canMt(session, cptsId, 'mt_request_create') && (
        <section class="panel" aria-labelledby="mt-new-title">
          <div class="panel__header">
            <div>
              <h2 id="mt-new-title" class="panel__title">
                Nouvelle demande
              </h2>
              <p class="panel__lead">Un patient qui cherche un médecin traitant, avec son accord.</p>
            </div>
            {!formOpen && (
              <button type="button" class="btn" onClick={() => setFormOpen(true)}>
                Nouvelle demande
              </button>
            )}
          </div>
          <FormAlert kind="success" testId="mt-request-created">
            {created && (
              <>
                Demande enregistrée pour {patientName(created)}.{' '}
                <Link href={mtRequestPath(cptsId, created.id)}>Ouvrir la demande</Link>
              </>
            )}
          </FormAlert>
          {formOpen && <MtRequestForm cptsId={cptsId} onCreated={onCreated} onClose={() => setFormOpen(false)} />}
        </section>
      )}
      <MtQueue cptsId={cptsId} version={version} />
      {coordination && <MtListImportForm cptsId={cptsId} onImported={() => setVersion((v) => v + 1)} />}
      {coordination && <MtSettingsPanel cptsId={cptsId} onSaved={() => setVersion((v) => v + 1)} />}
    </MtLayout>
  );
}

export function MtQueuePage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canMt(session, cptsId, 'mt_request_view')}>
      {(session) => <QueueView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
