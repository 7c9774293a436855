// French labels of unscheduled care (soins non programmés): resource kinds, reasons, urgency
// windows, sources, statuses, orientations, outcomes, slot modes and statuses, weekdays.

import type { Orientation, Outcome, ResourceKind, SlotMode, SlotStatus, SnpRequestStatus, SnpSource, Urgency } from './snp-api';

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  cabinet_horaires_elargis: 'Cabinet à horaires élargis',
  msp: 'Maison de santé pluriprofessionnelle',
  centre_sante: 'Centre de santé',
  centre_snp: 'Centre de soins non programmés',
  maison_medicale_garde: 'Maison médicale de garde',
  sos_medecins: 'SOS Médecins',
  autre: 'Autre',
};

/** The coded reasons of a request, in the order of the form. */
export const REASON_LABELS: Record<string, string> = {
  fievre: 'Fièvre',
  douleur: 'Douleur',
  traumatologie: 'Traumatologie bénigne',
  respiratoire: 'Symptômes respiratoires',
  orl: 'ORL',
  digestif: 'Troubles digestifs',
  urinaire: 'Symptômes urinaires',
  cutane: 'Problème cutané',
  renouvellement: 'Renouvellement de traitement',
  autre: 'Autre',
};

export function reasonLabel(code: string): string {
  return REASON_LABELS[code] ?? code;
}

/** The urgency windows, with the access key of their radio button in the intake form. */
export const URGENCIES: { value: Urgency; label: string; short: string; accessKey: string }[] = [
  { value: 'same_day', label: "Aujourd'hui", short: "Aujourd'hui", accessKey: 'a' },
  { value: 'h24', label: 'Dans les 24 heures', short: '24 h', accessKey: '2' },
  { value: 'h48', label: 'Dans les 48 heures', short: '48 h', accessKey: '4' },
];

export function urgencyLabel(urgency: string): string {
  return URGENCIES.find((u) => u.value === urgency)?.short ?? urgency;
}

export const SNP_SOURCE_LABELS: Record<SnpSource, string> = {
  coordination: 'Coordination de la CPTS',
  regulation: 'Régulation (SAS, centre 15)',
  pharmacy: 'Pharmacie',
  member: 'Professionnel membre',
  partner: 'Partenaire',
};

export function snpSourceLabel(source: string): string {
  return SNP_SOURCE_LABELS[source as SnpSource] ?? source;
}

export const SNP_STATUS_LABELS: Record<SnpRequestStatus, string> = {
  nouvelle: 'À orienter',
  orientee: 'Orientée',
  cloturee: 'Clôturée',
  annulee: 'Annulée',
};

export function snpStatusClass(status: SnpRequestStatus): string {
  switch (status) {
    case 'orientee':
      return 'badge badge--success';
    case 'annulee':
      return 'badge badge--danger';
    case 'cloturee':
      return 'badge badge--neutral';
    default:
      return 'badge badge--warning';
  }
}

export const ORIENTATION_LABELS: Record<Orientation, string> = {
  slot: 'Créneau réservé',
  urgences: 'Urgences',
  teleconsultation: 'Téléconsultation',
  pharmacien: 'Pharmacien',
  autre: 'Autre orientation',
};

/** The orientations without a slot, offered as an alternative on the orientation screen. */
export const OTHER_ORIENTATIONS: Exclude<Orientation, 'slot'>[] = ['urgences', 'teleconsultation', 'pharmacien', 'autre'];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  seen: 'Vu',
  not_seen: 'Non vu',
  redirected: 'Réorienté',
};

export const SLOT_MODE_LABELS: Record<SlotMode, string> = {
  in_person: 'Au cabinet',
  remote: 'Téléconsultation',
};

export const SLOT_STATUS_LABELS: Record<SlotStatus, string> = {
  free: 'libre',
  booked: 'réservé',
  cancelled: 'annulé',
};

/** ISO weekdays 1 (lundi) … 7 (dimanche). */
export const WEEKDAY_LABELS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export function weekdayLabel(weekday: number): string {
  return WEEKDAY_LABELS[weekday - 1] ?? String(weekday);
}
