// Administration (/administration, administrators only): users and roles, CPTS, taille
// thresholds, directory imports, API tokens.

import { useEffect, useState } from 'preact/hooks';
import { listCpts, type Cpts } from '../admin-api';
import { isAbortError, toProblem, type Problem } from '../api';
import { CptsSection } from '../components/admin/CptsSection';
import { DirectoryImportSection } from '../components/admin/DirectoryImportSection';
import { TailleSection } from '../components/admin/TailleSection';
import { TokensSection } from '../components/admin/TokensSection';
import { UsersSection } from '../components/admin/UsersSection';
import { RequireSession } from '../components/RequireSession';
import { useDocumentTitle } from '../document-title';
import { isAdmin } from '../permissions';
import type { Session } from '../session-api';

const byName = (a: Cpts, b: Cpts) => a.name.localeCompare(b.name, 'fr');

/** Every CPTS, shared by the CPTS section and the role and token forms. */
function useAllCpts() {
  const [items, setItems] = useState<Cpts[]>([]);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    listCpts(controller.signal)
      .then((answer) => setItems([...answer.items].sort(byName)))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setProblem(toProblem(error));
      })
      .finally(() => setLoading(false));
    return () => controller.abort();
  }, []);
  const add = (cpts: Cpts) => setItems((list) => [...list.filter((item) => item.id !== cpts.id), cpts].sort(byName));
  return { items, loading, problem, add };
}

function Administration({ session }: { session: Session }) {
  const cpts = useAllCpts();
  return (
    <div class="admin">
      <header class="page-intro">
        <p class="page-intro__eyebrow">Plateforme</p>
        <h1 class="page-intro__title">Administration</h1>
        <p class="page-intro__lead">
          Comptes et rôles des utilisateurs, CPTS, seuils de taille, imports de l'annuaire et jetons d'accès à l'API.
        </p>
      </header>
      <UsersSection cpts={cpts.items} selfId={session.user.id} />
      <CptsSection items={cpts.items} loading={cpts.loading} problem={cpts.problem} onCreated={cpts.add} />
      <TailleSection />
      <DirectoryImportSection />
      <TokensSection cpts={cpts.items} />
    </div>
  );
}

export function AdminPage() {
  useDocumentTitle('Administration');
  return <RequireSession allow={isAdmin}>{(session) => <Administration session={session} />}</RequireSession>;
}
