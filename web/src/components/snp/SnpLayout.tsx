// The frame of the unscheduled-care pages of a CPTS: breadcrumb, heading, and the tabs the
// caller's roles open (demandes, planning, ressources, indicateurs).

import type { ComponentChildren } from 'preact';
import { canSnp, type SnpPermission } from '../../permissions';
import { snpPath, type SnpPage } from '../../router';
import type { Session } from '../../session-api';
import { CptsSectionLayout } from '../cpts/CptsSectionLayout';

export type SnpTab = 'queue' | SnpPage;

const TABS: { tab: SnpTab; label: string; permission: SnpPermission }[] = [
  { tab: 'queue', label: 'Demandes', permission: 'snp_request_view' },
  { tab: 'planning', label: 'Planning', permission: 'snp_planning_view' },
  { tab: 'ressources', label: 'Ressources', permission: 'snp_resource_view' },
  { tab: 'indicateurs', label: 'Indicateurs', permission: 'snp_indicators' },
];

export const SNP_SECTION = 'Soins non programmés';

interface SnpLayoutProps {
  cptsId: string;
  session: Session;
  /** The tab of this page; null for a request's page (under the requests). */
  tab: SnpTab | null;
  /** The heading; the CPTS's name when omitted. */
  title?: string;
  eyebrow: string;
  lead?: ComponentChildren;
  children: ComponentChildren;
}

export function SnpLayout({ cptsId, session, tab, ...page }: SnpLayoutProps) {
  const tabs = TABS.filter((t) => canSnp(session, cptsId, t.permission)).map((t) => ({
    key: t.tab,
    label: t.label,
    href: t.tab === 'queue' ? snpPath(cptsId) : snpPath(cptsId, t.tab),
  }));
  return <CptsSectionLayout cptsId={cptsId} section={SNP_SECTION} sectionHref={snpPath(cptsId)} tabs={tabs} tab={tab} {...page} />;
}
