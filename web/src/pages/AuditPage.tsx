// Audit log (/audit): administrators see every entry, coordinators those of their CPTS.

import { useEffect, useState } from 'preact/hooks';
import { listCpts, type Cpts } from '../admin-api';
import { listAudit } from '../audit-api';
import { AuditFilters, NO_FILTERS, auditQuery, type AuditFilterValues } from '../components/audit/AuditFilters';
import { AuditTable } from '../components/audit/AuditTable';
import { FormAlert } from '../components/forms/FormAlert';
import { RequireSession } from '../components/RequireSession';
import { useDocumentTitle } from '../document-title';
import { formatInteger, pluralize } from '../format';
import { usePagedList } from '../paged-list';
import { canViewAudit, isAdmin } from '../permissions';
import { problemMessage } from '../problem-message';
import type { Session } from '../session-api';
import { LoadMore } from '../components/LoadMore';

const PAGE_SIZE = 50;

/** Every CPTS, for the administrators' CPTS filter; null for other users. */
function useCptsFilterChoices(admin: boolean): Cpts[] | null {
  const [items, setItems] = useState<Cpts[] | null>(null);
  useEffect(() => {
    if (!admin) return undefined;
    const controller = new AbortController();
    listCpts(controller.signal)
      .then((answer) => setItems([...answer.items].sort((a, b) => a.name.localeCompare(b.name, 'fr'))))
      .catch(() => setItems([])); // the filter is optional: the log stays usable without it
    return () => controller.abort();
  }, [admin]);
  return admin ? (items ?? []) : null;
}

function AuditLog({ session }: { session: Session }) {
  const admin = isAdmin(session);
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const cpts = useCptsFilterChoices(admin);
  const list = usePagedList(JSON.stringify(filters), (cursor, signal) =>
    listAudit({ ...auditQuery(filters), limit: PAGE_SIZE, cursor }, signal),
  );
  const count = list.items.length;

  return (
    <div class="audit">
      <header class="page-intro">
        <p class="page-intro__eyebrow">Traçabilité</p>
        <h1 class="page-intro__title">Journal d'audit</h1>
        <p class="page-intro__lead">
          {admin
            ? 'Toutes les actions enregistrées sur la plateforme : connexions, accès refusés, modifications.'
            : 'Les actions enregistrées dans les CPTS que vous coordonnez : connexions, accès refusés, modifications.'}
        </p>
      </header>
      <section class="panel" aria-label="Entrées du journal">
        <AuditFilters applied={filters} cpts={cpts} onApply={setFilters} />
        <p class="toolbar__count" role="status">
          {list.status === 'ready' &&
            count > 0 &&
            `${formatInteger(count)} ${pluralize(count, 'entrée affichée', 'entrées affichées')}, de la plus récente à la plus ancienne`}
        </p>
        {list.status === 'loading' && <p class="loading loading--inline">Chargement du journal…</p>}
        {list.status === 'failed' && list.problem && <FormAlert>{problemMessage(list.problem)}</FormAlert>}
        {list.status === 'ready' && count === 0 && (
          <p class="empty">
            {filters === NO_FILTERS ? 'Le journal est vide.' : 'Aucune entrée ne correspond à ces filtres.'}
          </p>
        )}
        {count > 0 && <AuditTable entries={list.items} />}
        {list.status === 'ready' && list.problem && <FormAlert>{problemMessage(list.problem)}</FormAlert>}
        <LoadMore list={list} label="Entrées suivantes" />
      </section>
    </div>
  );
}

export function AuditPage() {
  useDocumentTitle("Journal d'audit");
  return <RequireSession allow={canViewAudit}>{(session) => <AuditLog session={session} />}</RequireSession>;
}
