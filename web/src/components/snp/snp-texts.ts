// How an unscheduled-care request names its orientation in lists, and the details of its
// timeline in French.

import type { SnpRequest } from '../../snp-api';
import { ORIENTATION_LABELS, OUTCOME_LABELS } from '../../snp-labels';
import { localDateTime } from '../../snp-time';

/** « mar. 25 nov. 14:30 · Dr Paul GIRARD » for a booked slot, « Urgences »…, or « — » when not oriented yet. */
export function orientationText(r: Pick<SnpRequest, 'orientation' | 'slot'>, timeZone: string): string {
  if (!r.orientation) return '—';
  if (r.orientation === 'slot' && r.slot) return [localDateTime(r.slot.starts_at, timeZone), r.slot.professional?.name].filter(Boolean).join(' · ');
  return ORIENTATION_LABELS[r.orientation];
}

/**
 * A timeline detail as the server words it (« slot 12 at 2026-11-24T08:00:00Z — note »,
 * « urgences — note », « seen ») in French: « Créneau du mar. 24 nov. 09:00 — note ».
 */
export function eventDetail(detail: string, timeZone: string): string {
  const [head, ...rest] = detail.split(' — ');
  const note = rest.length ? ` — ${rest.join(' — ')}` : '';
  const slot = /^slot \S+ at (\S+)$/.exec(head);
  if (slot) return `Créneau du ${localDateTime(slot[1], timeZone)}${note}`;
  const label = (ORIENTATION_LABELS as Record<string, string>)[head] ?? (OUTCOME_LABELS as Record<string, string>)[head];
  return label ? `${label}${note}` : detail;
}
