// The inventory of unscheduled-care resources of a CPTS (/cpts/:id/snp/ressources): the list,
// and for the coordination the form to add or edit one and « Supprimer »; links to the public
// page and the public CSV of the resources the CPTS publishes.

import { useState } from 'preact/hooks';
import { useConfirm } from '../components/ConfirmDialog';
import { FormAlert } from '../components/forms/FormAlert';
import { Link } from '../components/Link';
import { RequireSession } from '../components/RequireSession';
import { ResourceForm } from '../components/snp/ResourceForm';
import { ResourceTable } from '../components/snp/ResourceTable';
import { SnpLayout } from '../components/snp/SnpLayout';
import { formatInteger } from '../format';
import { canSnp } from '../permissions';
import { snpPublicPath } from '../router';
import type { Session } from '../session-api';
import { deleteResource, listResources, publicResourcesCsvUrl, type SnpResource } from '../snp-api';
import { snpProblemMessage } from '../snp-problems';
import { useApiValue } from '../use-api';
import { useSubmission } from '../use-submission';

function ResourcesView({ cptsId, session }: { cptsId: string; session: Session }) {
  const [version, setVersion] = useState(0);
  const resources = useApiValue((signal) => listResources(cptsId, signal), [cptsId, version]);
  const editor = canSnp(session, cptsId, 'snp_resource_edit');
  /** The resource edited, 'new' for the creation form, null when the form is closed. */
  const [editing, setEditing] = useState<SnpResource | 'new' | null>(null);
  const [saved, setSaved] = useState('');
  const removal = useSubmission();
  const { confirm, dialog } = useConfirm();
  const items = resources.value?.items ?? null;

  const onSaved = (r: SnpResource) => {
    setSaved(`Ressource « ${r.name} » enregistrée.`);
    setEditing(null);
    setVersion((v) => v + 1);
  };
  const edit = (r: SnpResource | 'new') => {
    setSaved('');
    setEditing(r);
    document.getElementById('snp-resource-form-title')?.scrollIntoView({ block: 'start' });
  };
  const remove = async (r: SnpResource) => {
    const ok = await confirm({ title: 'Supprimer la ressource ?', message: `« ${r.name} » ne sera plus dans l'inventaire ni dans la liste publique.`, confirmLabel: 'Supprimer', danger: true });
    if (!ok) return;
    await removal.run(async () => {
      await deleteResource(cptsId, r.id);
      setVersion((v) => v + 1);
      return `Ressource « ${r.name} » supprimée.`;
    });
  };

  return (
    <SnpLayout
      cptsId={cptsId}
      session={session}
      tab="ressources"
      eyebrow="Soins non programmés — ressources"
      lead="Les cabinets et structures du territoire qui reçoivent des patients sans rendez-vous ou le jour même : horaires, services, professionnels."
    >
      {editor && (
        <section class="panel" aria-labelledby="snp-resource-form-title">
          <div class="panel__header">
            <h2 id="snp-resource-form-title" class="panel__title">
              {editing === null ? "Ajouter à l'inventaire" : editing === 'new' ? 'Nouvelle ressource' : `Modifier « ${editing.name} »`}
            </h2>
            {editing === null && (
              <button type="button" class="btn" onClick={() => edit('new')}>
                Nouvelle ressource
              </button>
            )}
          </div>
          <FormAlert kind="success" testId="snp-resource-saved">
            {saved}
          </FormAlert>
          {editing !== null && (
            <ResourceForm key={editing === 'new' ? 'new' : editing.id} cptsId={cptsId} resource={editing === 'new' ? null : editing} onSaved={onSaved} onClose={() => setEditing(null)} />
          )}
        </section>
      )}
      <section class="panel" aria-labelledby="snp-resources-title">
        <div>
          <h2 id="snp-resources-title" class="panel__title">
            Inventaire {items !== null && <span class="count">{formatInteger(items.length)}</span>}
          </h2>
          <p class="downloads">
            <Link href={snpPublicPath(cptsId)}>Page publique</Link>
            <a href={publicResourcesCsvUrl(cptsId)} download data-testid="snp-public-csv">
              Liste publique (CSV)
            </a>
          </p>
        </div>
        <FormAlert>{resources.problem ? snpProblemMessage(resources.problem) : removal.problem ? snpProblemMessage(removal.problem) : null}</FormAlert>
        <FormAlert kind="success">{removal.message}</FormAlert>
        {items === null && !resources.problem && <p class="loading loading--inline">Chargement de l'inventaire…</p>}
        {items !== null && items.length === 0 && <p class="empty">Aucune ressource dans l'inventaire.</p>}
        {items !== null && items.length > 0 && (
          <ResourceTable resources={items} showPublic onEdit={editor ? edit : undefined} onDelete={editor ? (r) => void remove(r) : undefined} />
        )}
        {dialog}
      </section>
    </SnpLayout>
  );
}

export function SnpResourcesPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canSnp(session, cptsId, 'snp_resource_view')}>
      {(session) => <ResourcesView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
