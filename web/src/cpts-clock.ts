// Today where a CPTS is: the default and latest date of the forms about it. The server judges
// every date people type about a CPTS (consent, membership, validity) on its own day, in the time
// zone of its seat; the pages of a CPTS provide that zone from its profile. Outside them, the
// earlier of the browser's day and the UTC day (todayIso).

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { todayIso } from './directory-labels';
import { todayIn } from './snp-time';

/** The time zone of the CPTS whose pages these are (null outside them). */
export const CptsTimeZone = createContext<string | null>(null);

/** Today, "2026-11-24", where the CPTS of the page is. */
export function useCptsToday(): string {
  const zone = useContext(CptsTimeZone);
  return zone ? todayIn(zone) : todayIso();
}
