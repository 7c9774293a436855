// A professional (/annuaire/professionnels/:id): identity, profession, every practice site with
// its address, phones and capacity (and the member-only direct line when visible), memberships
// in the caller's CPTS and, for a coordinator, « Inscrire comme adhérent ».

import { MembershipBadges } from '../components/directory/MembershipBadges';
import { RegisterMemberForm } from '../components/directory/RegisterMemberForm';
import { SiteDetails } from '../components/directory/SiteDetails';
import { ErrorView } from '../components/ErrorView';
import { Link } from '../components/Link';
import { RequireSession } from '../components/RequireSession';
import { useCptsNames, useVisibleCpts } from '../cpts-names';
import { getProfessional, type Professional } from '../directory-api';
import { codedLabel, professionalName } from '../directory-labels';
import { useDocumentTitle } from '../document-title';
import { canManageMembers } from '../permissions';
import { DIRECTORY_PATH } from '../router';
import type { Session } from '../session-api';
import { useApiValue } from '../use-api';

function identityLine(p: Professional): string {
  const parts = [`${p.id_type === 'rpps' ? 'RPPS' : 'ADELI'} ${p.identifier}`];
  if (p.languages.length > 0) parts.push(`langues : ${p.languages.join(', ')}`);
  if (p.teleconsultation) parts.push('téléconsultation');
  return parts.join(' · ');
}

function ProfessionalView({ id, session }: { id: string; session: Session }) {
  const { value: professional, problem, set: setProfessional } = useApiValue((signal) => getProfessional(id, signal), [id]);
  const cptsNames = useCptsNames(session);
  const manageable = useVisibleCpts(session).filter((c) => canManageMembers(session, c.id));
  useDocumentTitle(professional ? professionalName(professional) : 'Professionnel');

  if (problem) return <ErrorView problem={problem} subject="Fiche" />;
  if (!professional) return <p class="loading">Chargement de la fiche…</p>;
  const p = professional;
  return (
    <div>
      <nav class="breadcrumb" aria-label="Fil d'Ariane">
        <ol>
          <li>
            <Link href={DIRECTORY_PATH}>Annuaire</Link>
          </li>
          <li aria-current="page">{professionalName(p)}</li>
        </ol>
      </nav>
      <header class="page-intro">
        <p class="page-intro__eyebrow">{codedLabel(p.profession) || 'Professionnel de santé'}</p>
        <h1 class="page-intro__title">{professionalName(p)}</h1>
        <p class="page-intro__lead">{identityLine(p)}</p>
      </header>
      {(p.memberships.length > 0 || manageable.length > 0) && (
        <section class="panel" aria-labelledby="memberships-title">
          <h2 id="memberships-title" class="panel__title">
            Adhésions
          </h2>
          {p.memberships.length > 0 ? (
            <MembershipBadges memberships={p.memberships} cptsNames={cptsNames} />
          ) : (
            <p class="muted">Pas d'adhésion dans vos CPTS.</p>
          )}
          {manageable.length > 0 && (
            <RegisterMemberForm
              memberKind="professional"
              memberId={p.national_id}
              choices={manageable}
              onRegistered={(m) =>
                setProfessional({ ...p, memberships: [...p.memberships.filter((x) => x.cpts_id !== m.cpts_id), { cpts_id: m.cpts_id, status: m.status }] })
              }
            />
          )}
        </section>
      )}
      <section class="panel" aria-labelledby="sites-title">
        <h2 id="sites-title" class="panel__title">
          {p.sites.length > 1 ? `Lieux d'exercice (${p.sites.length})` : "Lieu d'exercice"}
        </h2>
        {p.sites.length === 0 && <p class="empty">Aucun lieu d'exercice connu.</p>}
        <div class="site-cards">
          {p.sites.map((site) => (
            <SiteDetails key={site.key} site={site} />
          ))}
        </div>
      </section>
    </div>
  );
}

export function ProfessionalPage({ id }: { id: string }) {
  return <RequireSession>{(session) => <ProfessionalView id={id} session={session} />}</RequireSession>;
}
