// A structure (/annuaire/structures/:finess): identity (FINESS numbers, category, address, phone,
// SIRET), the professionals practising there and, for a coordinator, « Inscrire comme adhérent ».

import { ProfessionalCard } from '../components/directory/ProfessionalCard';
import { RegisterMemberForm } from '../components/directory/RegisterMemberForm';
import { formatPhone } from '../components/directory/SiteDetails';
import { addressLine } from '../components/directory/site-address';
import { ErrorView } from '../components/ErrorView';
import { Link } from '../components/Link';
import { RequireSession } from '../components/RequireSession';
import { useCptsNames, useVisibleCpts } from '../cpts-names';
import { getStructure } from '../directory-api';
import { codedLabel } from '../directory-labels';
import { useDocumentTitle } from '../document-title';
import { canManageMembers } from '../permissions';
import { DIRECTORY_PATH } from '../router';
import type { Session } from '../session-api';
import { useApiValue } from '../use-api';

function StructureView({ finess, session }: { finess: string; session: Session }) {
  const { value: structure, problem } = useApiValue((signal) => getStructure(finess, signal), [finess]);
  const cptsNames = useCptsNames(session);
  const manageable = useVisibleCpts(session).filter((c) => canManageMembers(session, c.id));
  useDocumentTitle(structure?.name ?? 'Structure');

  if (problem) return <ErrorView problem={problem} subject="Structure" />;
  if (!structure) return <p class="loading">Chargement de la structure…</p>;
  const s = structure;
  const facts: [string, string | null][] = [
    ['Catégorie', codedLabel(s.category) || null],
    ['Adresse', addressLine(s) || null],
    ['Téléphone', s.phone ? formatPhone(s.phone) : null],
    ['FINESS', s.finess],
    ['FINESS juridique', s.finess_legal],
    ['SIRET', s.siret],
  ];
  return (
    <div>
      <nav class="breadcrumb" aria-label="Fil d'Ariane">
        <ol>
          <li>
            <Link href={`${DIRECTORY_PATH}?type=structures`}>Annuaire</Link>
          </li>
          <li aria-current="page">{s.name}</li>
        </ol>
      </nav>
      <header class="page-intro">
        <p class="page-intro__eyebrow">{codedLabel(s.category) || 'Structure'}</p>
        <h1 class="page-intro__title">{s.name}</h1>
        {s.long_name && s.long_name !== s.name && <p class="page-intro__lead">{s.long_name}</p>}
      </header>
      <section class="panel" aria-labelledby="structure-title">
        <h2 id="structure-title" class="panel__title">
          Identité
        </h2>
        <dl class="facts">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} class="facts__row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {manageable.length > 0 && <RegisterMemberForm memberKind="structure" memberId={s.finess} choices={manageable} onRegistered={() => undefined} />}
      </section>
      <section class="panel" aria-labelledby="structure-people-title">
        <h2 id="structure-people-title" class="panel__title">
          Professionnels qui y exercent ({s.professionals.length})
        </h2>
        {s.professionals.length === 0 && <p class="empty">Aucun professionnel rattaché à cette structure dans l'annuaire.</p>}
        <ol class="directory-results__list">
          {s.professionals.map((p) => (
            <li key={p.national_id}>
              <ProfessionalCard professional={p} cptsNames={cptsNames} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function StructurePage({ finess }: { finess: string }) {
  return <RequireSession>{(session) => <StructureView finess={finess} session={session} />}</RequireSession>;
}
