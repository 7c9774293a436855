// The frame of a CPTS's section pages (médecin traitant, soins non programmés): breadcrumb,
// heading, and the tabs of the section the caller's roles open. Loads the CPTS's profile for its
// name; a page inside a tab (one request) gets the section as an extra breadcrumb step.

import type { ComponentChildren } from 'preact';
import { useDocumentTitle } from '../../document-title';
import { CptsTimeZone } from '../../cpts-clock';
import { cptsPath } from '../../router';
import { getCptsProfile } from '../../territory-api';
import { useApiValue } from '../../use-api';
import { ErrorView } from '../ErrorView';
import { Link } from '../Link';

export interface SectionTab {
  key: string;
  label: string;
  href: string;
}

export interface CptsSectionLayoutProps {
  cptsId: string;
  /** The section's name, as in the breadcrumb and the tabs' label: « Médecin traitant ». */
  section: string;
  /** Where the section starts (its first tab). */
  sectionHref: string;
  /** The tabs the caller may open; shown when there are several. */
  tabs: SectionTab[];
  /** The tab of this page; null for a page under the first tab (one request). */
  tab: string | null;
  /** The heading; the CPTS's name when omitted. */
  title?: string;
  eyebrow: string;
  lead?: ComponentChildren;
  children: ComponentChildren;
}

export function CptsSectionLayout({ cptsId, section, sectionHref, tabs, tab, title, eyebrow, lead, children }: CptsSectionLayoutProps) {
  const { value: cpts, problem } = useApiValue((signal) => getCptsProfile(cptsId, signal), [cptsId]);
  const heading = title ?? cpts?.name ?? '';
  useDocumentTitle(cpts ? `${title ?? eyebrow} — ${cpts.name}` : eyebrow);
  if (problem) return <ErrorView problem={problem} subject="CPTS" />;
  if (!cpts) return <p class="loading">Chargement…</p>;
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
                <Link href={sectionHref}>{section}</Link>
              </li>
              <li aria-current="page">{heading}</li>
            </>
          ) : (
            <li aria-current="page">{section}</li>
          )}
        </ol>
      </nav>
      <header class="page-intro">
        <p class="page-intro__eyebrow">{eyebrow}</p>
        <h1 class="page-intro__title">{heading}</h1>
        {lead && <div class="page-intro__lead">{lead}</div>}
      </header>
      {tabs.length > 1 && (
        <nav class="tabs" aria-label={section}>
          <ul class="tabs__list">
            {tabs.map((t) => (
              <li key={t.key}>
                <Link href={t.href} class="tabs__link" aria-current={t.key === tab ? 'page' : undefined}>
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <CptsTimeZone.Provider value={cpts.time_zone}>{children}</CptsTimeZone.Provider>
    </div>
  );
}
