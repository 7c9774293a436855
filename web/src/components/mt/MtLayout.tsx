// The frame of the médecin-traitant pages of a CPTS: breadcrumb, heading, and the tabs the
// caller's roles open (file d'attente, répartition, recensement, indicateurs).

import type { ComponentChildren } from 'preact';
import { canMt, type MtPermission } from '../../permissions';
import { mtPath, type MtPage } from '../../router';
import type { Session } from '../../session-api';
import { CptsSectionLayout } from '../cpts/CptsSectionLayout';

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

export function MtLayout({ cptsId, session, tab, ...page }: MtLayoutProps) {
  const tabs = TABS.filter((t) => canMt(session, cptsId, t.permission)).map((t) => ({
    key: t.tab,
    label: t.label,
    href: t.tab === 'queue' ? mtPath(cptsId) : mtPath(cptsId, t.tab),
  }));
  return <CptsSectionLayout cptsId={cptsId} section="Médecin traitant" sectionHref={mtPath(cptsId)} tabs={tabs} tab={tab} {...page} />;
}
