// French labels and texts for the directory and the memberships: common professions, capacity
// of a practice site, membership statuses, names of professionals, distances and amounts.

import type { AcceptsNewPatients, Coded, PracticeSite, Professional } from './directory-api';
import { formatDay, formatInteger } from './format';
import type { MembershipStatus } from './membership-api';

/** The professions offered in the search form (RPPS/ADELI codes); any other code can be typed. */
export const COMMON_PROFESSIONS: readonly { code: string; label: string }[] = [
  { code: '10', label: 'Médecin' },
  { code: '60', label: 'Infirmier' },
  { code: '70', label: 'Masseur-kinésithérapeute' },
  { code: '21', label: 'Pharmacien' },
  { code: '40', label: 'Chirurgien-dentiste' },
  { code: '50', label: 'Sage-femme' },
  { code: '91', label: 'Orthophoniste' },
  { code: '93', label: 'Psychologue' },
];

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  demande: 'Demande',
  active: 'Active',
  suspendue: 'Suspendue',
  radiee: 'Radiée',
};

export function membershipStatusLabel(status: string): string {
  return MEMBERSHIP_STATUS_LABELS[status as MembershipStatus] ?? status;
}

/** The badge colour of a status (classes of styles.css). */
export function membershipStatusClass(status: string): string {
  switch (status) {
    case 'active':
      return 'badge badge--success';
    case 'demande':
      return 'badge badge--warning';
    case 'radiee':
      return 'badge badge--danger';
    default:
      return 'badge badge--neutral';
  }
}

/**
 * The transitions a coordinator may record from a status (the server's rules, see docs/api.md):
 * a struck-off membership is final.
 */
export const NEXT_STATUSES: Record<MembershipStatus, MembershipStatus[]> = {
  demande: ['active', 'radiee'],
  active: ['suspendue', 'radiee'],
  suspendue: ['active', 'radiee'],
  radiee: [],
};

/** The verb of a transition, for buttons: "Accepter", "Suspendre"… */
export function transitionLabel(from: MembershipStatus, to: MembershipStatus): string {
  if (to === 'active') return from === 'demande' ? 'Accepter' : 'Réactiver';
  if (to === 'radiee') return from === 'demande' ? 'Refuser' : 'Radier';
  if (to === 'suspendue') return 'Suspendre';
  return membershipStatusLabel(to);
}

/** A code's label, else its code, else ''. */
export function codedLabel(coded: Coded | null | undefined): string {
  return coded?.label || coded?.code || '';
}

/** "Dr Hélène Martin", "Hélène MARTIN" as the file spells it, civility first when given. */
export function professionalName(p: Pick<Professional, 'civility' | 'first_name' | 'last_name'>): string {
  const civility = p.civility ? abbreviateCivility(p.civility) : '';
  return [civility, p.first_name, p.last_name].filter(Boolean).join(' ');
}

function abbreviateCivility(civility: string): string {
  const known: Record<string, string> = { docteur: 'Dr', professeur: 'Pr', madame: 'Mme', monsieur: 'M.' };
  return known[civility.toLowerCase()] ?? civility;
}

/** 2.34 → "à 2,3 km"; 0.4 → "à 400 m"; 0 → "dans la commune" (distances are between commune points). */
export function distanceLabel(km: number): string {
  return km < 0.05 ? 'dans la commune' : `à ${formatDistance(km)}`;
}

/** 2.34 → "2,3 km"; 0.4 → "400 m". */
export function formatDistance(km: number): string {
  if (km < 1) return `${formatInteger(Math.round(km * 10) * 100)} m`;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(km)} km`;
}

/** What a site says about new médecin-traitant patients; null when it says nothing. */
export function acceptsLabel(accepts: AcceptsNewPatients): string | null {
  if (accepts === null || accepts === undefined) return null;
  if (accepts === true) return 'Accepte de nouveaux patients';
  if (accepts === false) return "N'accepte pas de nouveaux patients";
  if (accepts <= 0) return "N'accepte pas de nouveaux patients";
  return `Accepte ${formatInteger(accepts)} ${accepts > 1 ? 'nouveaux patients' : 'nouveau patient'}`;
}

/** True when the site takes new patients (yes, or a positive number). */
export function acceptsNew(accepts: AcceptsNewPatients): boolean {
  return accepts === true || (typeof accepts === 'number' && accepts > 0);
}

/** The capacity badges of a site: new patients, unscheduled care, extended hours. */
export function capacityBadges(site: PracticeSite): { text: string; kind: 'success' | 'warning' | 'neutral'; title?: string }[] {
  const badges: { text: string; kind: 'success' | 'warning' | 'neutral'; title?: string }[] = [];
  const accepts = acceptsLabel(site.accepts_new_patients);
  if (accepts) {
    badges.push({
      text: accepts,
      kind: acceptsNew(site.accepts_new_patients) ? 'success' : 'warning',
      title: site.accepts_updated_at ? `Mis à jour le ${formatDay(site.accepts_updated_at)}` : undefined,
    });
  }
  if (site.snp) badges.push({ text: 'Soins non programmés', kind: 'neutral' });
  if (site.extended_hours) badges.push({ text: 'Horaires élargis', kind: 'neutral' });
  return badges;
}

/** "12,50" or "12.5" or "12" euros → 1250 cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number.parseFloat(cleaned) * 100);
}

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 1250 → "12,50 €". */
export function formatEuros(cents: number): string {
  return euroFormat.format(cents / 100);
}

/**
 * Today as an ISO date (YYYY-MM-DD), the default and latest date of the forms: the earlier of the
 * browser's day and the UTC day. The server refuses a date after today where the CPTS is; for a
 * browser in the CPTS's zone that day is never before this one.
 */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}
