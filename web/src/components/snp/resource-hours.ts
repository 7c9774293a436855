// Opening hours of a resource in words: « lun. 08:00–20:00, 14:00–19:00 · sam. 09:00–12:00 ».

import type { OpeningHours } from '../../snp-api';
import { weekdayLabel } from '../../snp-labels';

/** One entry per open weekday, in weekday order, its ranges in time order. */
export function hoursByDay(hours: OpeningHours[]): { weekday: number; label: string; ranges: string }[] {
  const days = [...new Set(hours.map((h) => h.weekday))].sort((a, b) => a - b);
  return days.map((weekday) => ({
    weekday,
    label: weekdayLabel(weekday),
    ranges: hours
      .filter((h) => h.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((h) => `${h.opens}–${h.closes}`)
      .join(', '),
  }));
}
