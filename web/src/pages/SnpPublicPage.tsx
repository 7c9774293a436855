// The public list of a CPTS's unscheduled-care resources (/public/cpts/:id/snp), open to anyone
// without signing in: where to be seen today without an appointment, with opening hours and
// services, and the same list as CSV.

import { ErrorView } from '../components/ErrorView';
import { ResourceTable } from '../components/snp/ResourceTable';
import { useDocumentTitle } from '../document-title';
import { getPublicResources, publicResourcesCsvUrl } from '../snp-api';
import { useApiValue } from '../use-api';

export function SnpPublicPage({ cptsId }: { cptsId: string }) {
  const { value, problem } = useApiValue((signal) => getPublicResources(cptsId, signal), [cptsId]);
  useDocumentTitle(value ? `Soins non programmés — ${value.cpts.name}` : 'Soins non programmés');
  if (problem) return <ErrorView problem={problem} subject="CPTS" />;
  if (!value) return <p class="loading">Chargement…</p>;
  return (
    <div>
      <header class="page-intro">
        <p class="page-intro__eyebrow">Soins non programmés</p>
        <h1 class="page-intro__title">{value.cpts.name}</h1>
        <p class="page-intro__lead">
          Où consulter un médecin aujourd'hui sans rendez-vous, quand votre médecin traitant n'est pas disponible. En cas d'urgence vitale,
          appelez le 15.
        </p>
      </header>
      <section class="panel" aria-labelledby="snp-public-title">
        <div>
          <h2 id="snp-public-title" class="panel__title">
            Lieux de soins non programmés
          </h2>
          <p class="downloads">
            <a href={publicResourcesCsvUrl(cptsId)} download>
              Télécharger la liste (CSV)
            </a>
          </p>
        </div>
        {value.items.length === 0 ? <p class="empty">La CPTS ne publie pas encore de lieux de soins non programmés.</p> : <ResourceTable resources={value.items} />}
      </section>
    </div>
  );
}
