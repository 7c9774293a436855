// The frame of the médecin-traitant pages of a CPTS: breadcrumb, heading, and the tabs the
// caller's roles open (file d'attente, répartition, recensement, indicateurs).

import type { ComponentChildren } from 'preact';
import { useDocumentTitle } from '../../document-title';
import { canMt, type MtPermission } from '../../permissions';
import { cptsPath, mtPath, type MtPage } from '../../router';
import type { Session } from '../../session-api';
import { getCptsProfile } from '../../territory-api';
import { useApiValue } from '../../use-api';
import { ErrorView } from '../ErrorView';
import { Link } from '../Link';

export type MtTab = 'queue' | MtPage;

const TABS: { tab: MtTab; label: string; permission: MtPermission }[] = [
  { tab: 'queue', label: "File d'attente", permission: 'mt_request_view' },
  { tab: 'repartition', label: 'Répartition', permission: 'mt_coordinate' },
  { tab: 'recensement', label: 'Recensement', permission: 'mt_census_edit' },
  { tab: 'indicateurs', label: 'Indicateurs', permission: 'mt_indicators' },
];

interface MtLayoutProps {
  cptsId: string;
  session: Session;
  /** The tab of this page; null for a request's page (under the queue). */
  tab: MtTab | null;
  /** The heading; the CPTS's name when omitted. */
  title?: string;
  eyebrow: string;
  lead?: ComponentChildren;
  children: ComponentChildren;
}

export function MtLayout({ cptsId, session, tab, title, eyebrow, lead, children }: MtLayoutProps) {
  const { value: cpts, problem } = useApiValue((signal) => getCptsProfile(cptsId, signal), [cptsId]);
  const heading = title ?? cpts?.name ?? '';
  useDocumentTitle(cpts ? `${title ?? eyebrow} — ${cpts.name}` : eyebrow);
  if (problem) return <ErrorView problem={problem} subject="CPTS" />;
  if (!cpts) return <p class="loading">Chargement…</p>;
  const tabs = TABS.filter((t) => canMt(session, cptsId, t.permission));
  const hrefOf = (t: MtTab) => (t === 'queue' ? mtPath(cptsId) : mtPath(cptsId, t));
  return (
    <div>
      <nav class="breadcrumb" aria-label="Fil d'Ariane">
        <ol>
          <li>
            <Link href={cptsPath(cpts.id)}>{cpts.name}</Link>
          </li>
          {tab === null ? (
            <>
              <li>
                <Link href={mtPath(cpts.id)}>Médecin traitant</Link>
              </li>
              <li aria-current="page">{heading}</li>
            </>
          ) : (
            <li aria-current="page">Médecin traitant</li>
          )}
        </ol>
      </nav>
      <header class="page-intro">
        <p class="page-intro__eyebrow">{eyebrow}</p>
        <h1 class="page-intro__title">{heading}</h1>
        {lead && <div class="page-intro__lead">{lead}</div>}
      </header>
      {tabs.length > 1 && (
        <nav class="tabs" aria-label="Médecin traitant">
          <ul class="tabs__list">
            {tabs.map((t) => (
              <li key={t.tab}>
                <Link href={hrefOf(t.tab)} class="tabs__link" aria-current={t.tab === tab ? 'page' : undefined}>
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}
