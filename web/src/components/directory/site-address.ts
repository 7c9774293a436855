// One-line addresses of practice sites and structures: "12 Rue de la République, 13002 Marseille".

import type { PracticeSite, Structure } from '../../directory-api';

export function addressLine(place: Pick<PracticeSite | Structure, 'address' | 'postcode' | 'commune'>): string {
  const town = [place.postcode, place.commune?.label || place.commune?.code].filter(Boolean).join(' ');
  return [place.address, town].filter(Boolean).join(', ');
}
