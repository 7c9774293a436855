// The week view of the slots: one column per day (Monday to Sunday, in the CPTS's zone), one row
// per practice site and professional, each slot a cell « HH:MM » marked libre, réservé (a link to
// the request when the caller may see it) or annulé. A publisher may cancel a free slot.

import { snpRequestPath } from '../../router';
import type { Planning, PlanningSite, Slot } from '../../snp-api';
import { SLOT_MODE_LABELS, SLOT_STATUS_LABELS } from '../../snp-labels';
import { dayHeading, localDate, localDateTime, localTime } from '../../snp-time';
import { Link } from '../Link';

interface WeekPlanningProps {
  cptsId: string;
  planning: Planning;
  days: string[];
  /** Cancels a free slot; absent for those who do not publish. */
  onCancel?: (slot: Slot) => void;
}

const siteId = (s: Pick<Slot, 'professional_id' | 'site_key'>) => `${s.professional_id}/${s.site_key}`;

/** The slots of each site, by local day, in time order. */
function slotsBySiteAndDay(planning: Planning): Map<string, Map<string, Slot[]>> {
  const out = new Map<string, Map<string, Slot[]>>();
  const sorted = [...planning.items].sort((a, b) => a.starts_at.localeCompare(b.starts_at));
  for (const slot of sorted) {
    const byDay = out.get(siteId(slot)) ?? new Map<string, Slot[]>();
    const day = localDate(slot.starts_at, planning.time_zone);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
    out.set(siteId(slot), byDay);
  }
  return out;
}

function SlotCell({ cptsId, slot, zone, onCancel }: { cptsId: string; slot: Slot; zone: string; onCancel?: (slot: Slot) => void }) {
  const time = localTime(slot.starts_at, zone);
  const label = (
    <>
      <span class="slot-cell__time">{time}</span> <span class="slot-cell__status">{SLOT_STATUS_LABELS[slot.status]}</span>
      {slot.mode === 'remote' && <span class="visually-hidden"> ({SLOT_MODE_LABELS.remote})</span>}
    </>
  );
  return (
    <li class={`slot-cell slot-cell--${slot.status}${slot.mode === 'remote' ? ' slot-cell--remote' : ''}`} data-testid="snp-slot" data-slot={slot.id} data-status={slot.status}>
      {slot.status === 'booked' && slot.request_id ? <Link href={snpRequestPath(cptsId, slot.request_id)}>{label}</Link> : <span>{label}</span>}
      {slot.status === 'free' && onCancel && (
        <button type="button" class="slot-cell__cancel" aria-label={`Annuler le créneau du ${localDateTime(slot.starts_at, zone)}`} onClick={() => onCancel(slot)}>
          ×
        </button>
      )}
    </li>
  );
}

function SiteHeading({ site }: { site: PlanningSite }) {
  return (
    <th scope="row" class="planning__site">
      {site.professional}
      <span class="cell-sub">
        {site.label}
        {site.commune && `, ${site.commune}`}
      </span>
    </th>
  );
}

export function WeekPlanning({ cptsId, planning, days, onCancel }: WeekPlanningProps) {
  const slots = slotsBySiteAndDay(planning);
  if (planning.sites.length === 0) return <p class="empty">Aucun créneau publié cette semaine.</p>;
  return (
    <div class="table-scroll">
      <table class="data-table planning" data-testid="snp-planning">
        <thead>
          <tr>
            <th scope="col">Lieu</th>
            {days.map((d) => (
              <th key={d} scope="col" data-day={d}>
                {dayHeading(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {planning.sites.map((site) => {
            const byDay = slots.get(siteId(site));
            return (
              <tr key={siteId(site)} data-testid="snp-planning-site" data-professional={site.professional_id} data-site={site.site_key}>
                <SiteHeading site={site} />
                {days.map((d) => (
                  <td key={d} data-day={d}>
                    <ul class="slot-cells">
                      {(byDay?.get(d) ?? []).map((slot) => (
                        <SlotCell key={slot.id} cptsId={cptsId} slot={slot} zone={planning.time_zone} onCancel={onCancel} />
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
