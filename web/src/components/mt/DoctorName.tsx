// The name of a directory professional known only by national id (census, proposals, timeline),
// linking to their page, with the address of one of their practice sites. Each professional is
// fetched once per page load; the id stands in until the answer arrives (or if it fails).

import { useEffect, useState } from 'preact/hooks';
import { getProfessional, type Professional } from '../../directory-api';
import { professionalName } from '../../directory-labels';
import { professionalPath } from '../../router';
import { addressLine } from '../directory/site-address';
import { Link } from '../Link';

const known = new Map<string, Promise<Professional | null>>();

function loadProfessional(id: string): Promise<Professional | null> {
  let answer = known.get(id);
  if (!answer) {
    answer = getProfessional(id).catch(() => {
      known.delete(id); // try again on the next page
      return null;
    });
    known.set(id, answer);
  }
  return answer;
}

interface DoctorNameProps {
  professionalId: string;
  /** The practice site whose address is shown under the name. */
  siteKey?: string | null;
}

export function DoctorName({ professionalId, siteKey }: DoctorNameProps) {
  const [professional, setProfessional] = useState<Professional | null>(null);
  useEffect(() => {
    let current = true;
    void loadProfessional(professionalId).then((p) => current && setProfessional(p));
    return () => {
      current = false;
    };
  }, [professionalId]);
  const site = professional?.sites.find((s) => s.key === siteKey);
  return (
    <span class="doctor-name">
      <Link href={professionalPath(professionalId)}>{professional ? professionalName(professional) : professionalId}</Link>
      {site && <span class="cell-sub">{addressLine(site)}</span>}
    </span>
  );
}
