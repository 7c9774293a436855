// The patient of a request (médecin traitant, soins non programmés): birth date (or its year once
// purged) and age, commune and postcode, phone and how to reach them; the request adds its own
// rows (priorities, referrer, consent…) as children.

import type { ComponentChildren } from 'preact';
import { formatDay } from '../../format';
import type { MtPatient } from '../../mt-api';
import { formatPhone } from '../directory/SiteDetails';
import { FactRow } from '../FactRow';
import { patientSummary } from '../mt/patient-texts';

interface PatientPanelProps {
  patient: MtPatient;
  /** The id prefix of the panel's title, and the test id of its list. */
  idPrefix: string;
  children?: ComponentChildren;
}

export function PatientPanel({ patient: p, idPrefix, children }: PatientPanelProps) {
  return (
    <section class="panel" aria-labelledby={`${idPrefix}-patient-title`}>
      <h2 id={`${idPrefix}-patient-title`} class="panel__title">
        Patient
      </h2>
      <dl class="facts" data-testid={`${idPrefix}-patient`}>
        <FactRow label="Naissance">
          {p.birth_date ? formatDay(p.birth_date) : `${p.birth_year} (date purgée)`}
          <span class="facts__sub">{patientSummary({ patient: p })}</span>
        </FactRow>
        <FactRow label="Commune">
          {p.commune ?? p.commune_code}
          {p.postcode && ` (${p.postcode})`}
        </FactRow>
        <FactRow label="Téléphone">{p.phone ? <a href={`tel:${p.phone}`}>{formatPhone(p.phone)}</a> : <span class="muted">—</span>}</FactRow>
        <FactRow label="Comment le joindre">{p.contact ?? <span class="muted">—</span>}</FactRow>
        {children}
      </dl>
    </section>
  );
}
