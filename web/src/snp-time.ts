// Times of unscheduled care: UTC instants shown in the CPTS's zone (the `time_zone` of the
// answers), calendar days "YYYY-MM-DD" and ISO weeks "2026-W48" for the planning.

/** The zone used before an answer gives the CPTS's own. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(key: string, options: Intl.DateTimeFormatOptions, locale = 'fr-FR'): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The local calendar day of an instant in `timeZone`: "2026-11-24". */
export function localDate(iso: string | Date, timeZone: string): string {
  const date = typeof iso === 'string' ? valid(iso) : iso;
  if (!date) return String(iso).slice(0, 10);
  return format(`day:${timeZone}`, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA').format(date);
}

/** "14:30" in `timeZone`. */
export function localTime(iso: string, timeZone: string): string {
  const date = valid(iso);
  return date ? format(`time:${timeZone}`, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date) : iso;
}

/** « lun. 24 nov. 14:30 » in `timeZone`. */
export function localDateTime(iso: string, timeZone: string): string {
  const date = valid(iso);
  if (!date) return iso;
  const day = format(`dt:${timeZone}`, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(date);
  return `${day} ${localTime(iso, timeZone)}`;
}

/** Today in `timeZone`. */
export function todayIn(timeZone: string): string {
  return localDate(new Date(), timeZone);
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "2026-11-24" plus `days`. */
export function addDays(day: string, days: number): string {
  const date = utcDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(day: string): number {
  return ((utcDay(day).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week of `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

/** "2026-11-24" → "2026-W48" (ISO 8601: the week of its Thursday). */
export function isoWeek(day: string): string {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const year = thursday.slice(0, 4);
  const week = Math.floor((utcDay(thursday).getTime() - utcDay(`${year}-01-01`).getTime()) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** "2026-W48" → its Monday; null for another text. */
export function mondayOfWeek(week: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const number = Number(match[2]);
  if (number < 1 || number > 53) return null;
  const monday = addDays(mondayOf(`${match[1]}-01-04`), (number - 1) * 7);
  return isoWeek(monday) === week ? monday : null;
}

/** The 7 days of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** A calendar day as a column heading: « lun. 24 nov. ». */
export function dayHeading(day: string): string {
  return format('heading', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(utcDay(day));
}
