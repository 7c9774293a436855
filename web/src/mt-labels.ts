// French labels of the médecin-traitant procedure: statuses and their badges, priority groups,
// sources, census channels, and the workflow steps each actor may take (the server's rules, see
// docs/api.md, "Médecin traitant").

import type { CensusChannel, MtFlag, MtSource, MtStatus } from './mt-api';

export const MT_STATUS_LABELS: Record<MtStatus, string> = {
  nouvelle: 'Nouvelle',
  qualifiee: 'Qualifiée',
  proposee: 'Proposée',
  acceptee: 'Acceptée',
  declaree: 'Déclarée',
  cloturee: 'Clôturée',
  refusee: 'Refusée',
  sans_solution: 'Sans solution',
  abandonnee: 'Abandonnée',
};

/** Every status, in workflow order. */
export const MT_STATUSES = Object.keys(MT_STATUS_LABELS) as MtStatus[];

/** The statuses a request waits in (the default view of the queue). */
export const OPEN_STATUSES: MtStatus[] = ['nouvelle', 'qualifiee', 'proposee', 'acceptee', 'declaree', 'refusee', 'sans_solution'];

export function mtStatusLabel(status: string): string {
  return MT_STATUS_LABELS[status as MtStatus] ?? status;
}

/** The badge colour of a status (classes of styles.css). */
export function mtStatusClass(status: MtStatus): string {
  switch (status) {
    case 'acceptee':
    case 'declaree':
    case 'cloturee':
      return 'badge badge--success';
    case 'refusee':
    case 'sans_solution':
      return 'badge badge--warning';
    case 'abandonnee':
      return 'badge badge--danger';
    default:
      return 'badge badge--neutral';
  }
}

export const PRIORITY_GROUP_LABELS: Record<string, string> = {
  ald: 'ALD',
  age_70: '70 ans et plus',
  child: 'Enfant',
  precarity: 'Précarité / C2S',
  pregnancy: 'Grossesse',
  leaving_hospital: "Sortie d'hospitalisation",
  disability: 'Handicap',
  none: 'Sans priorité',
};

export function priorityGroupLabel(group: string): string {
  return PRIORITY_GROUP_LABELS[group] ?? group;
}

/** The flags entered with a request, as checkboxes (age groups come from the birth date). */
export const MT_FLAGS: { flag: MtFlag; label: string }[] = [
  { flag: 'ald', label: 'Affection de longue durée (ALD)' },
  { flag: 'precarity', label: 'Précarité ou C2S' },
  { flag: 'pregnancy', label: 'Grossesse' },
  { flag: 'leaving_hospital', label: "Sortie d'hospitalisation" },
  { flag: 'disability', label: 'Situation de handicap' },
];

export const MT_SOURCE_LABELS: Record<MtSource, string> = {
  coordination: 'Coordination de la CPTS',
  member: 'Professionnel membre',
  partner: 'Partenaire',
  pharmacy: 'Pharmacie',
  hospital: 'Établissement de santé',
  social_service: 'Service social',
  cpam: 'Liste de la CPAM',
};

export const CENSUS_CHANNEL_LABELS: Record<CensusChannel, string> = {
  self: 'Par le médecin',
  phone: 'Téléphone',
  mail: 'Courrier ou e-mail',
  meeting: 'Réunion',
};

export type MtActor = 'coordination' | 'doctor';

/** « Dr Paul Girard » for the doctor of a suggestion, an assignment or a declaration. */
export function doctorLabel(d: { first_name: string; last_name: string }): string {
  return `Dr ${[d.first_name, d.last_name].filter(Boolean).join(' ')}`;
}

/** True while the coordination may propose the request to a doctor. */
export function canBeProposed(status: MtStatus): boolean {
  return status === 'qualifiee' || status === 'refusee';
}

/** The button of a step: "Accepter", "Qualifier"… */
export function stepLabel(from: MtStatus, to: MtStatus, actor: MtActor): string {
  switch (to) {
    case 'qualifiee':
      return from === 'sans_solution' ? 'Remettre dans la file' : 'Qualifier';
    case 'acceptee':
      return actor === 'doctor' ? 'Accepter' : 'Acceptée par le médecin';
    case 'refusee':
      return actor === 'doctor' ? 'Refuser' : 'Refusée par le médecin';
    case 'declaree':
      return 'Déclaration faite';
    case 'cloturee':
      return 'Clôturer';
    case 'sans_solution':
      return 'Sans solution pour l’instant';
    case 'abandonnee':
      return 'Abandonner';
    default:
      return mtStatusLabel(to);
  }
}
