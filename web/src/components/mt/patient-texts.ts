// How a request names its patient: « Jeanne DUPONT », or « Identité purgée » once the retention
// period removed the identity (the request keeps only what the indicators count).

import type { MtRequest } from '../../mt-api';

export function patientName(request: Pick<MtRequest, 'patient' | 'purged_at'>): string {
  const { first_name: first, last_name: last } = request.patient;
  if (request.purged_at || (!first && !last)) return 'Identité purgée';
  return [first, last?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ');
}

/** « Femme, 76 ans à l'inscription ». */
export function patientSummary(request: Pick<MtRequest, 'patient'>): string {
  return `${request.patient.sex === 'F' ? 'Femme' : 'Homme'}, ${request.patient.age_at_entry} ans à l'inscription`;
}
