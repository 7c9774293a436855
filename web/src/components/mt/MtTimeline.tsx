// A request's timeline: each dated step, from → to, the doctor concerned, the reason given and
// who recorded it.

import { formatDateTime } from '../../format';
import type { MtEvent } from '../../mt-api';
import { mtStatusLabel } from '../../mt-labels';
import { DoctorName } from './DoctorName';

export function MtTimeline({ events }: { events: MtEvent[] }) {
  return (
    <section class="panel" aria-labelledby="mt-timeline-title">
      <h2 id="mt-timeline-title" class="panel__title">
        Historique
      </h2>
      <div class="table-scroll">
        <table class="data-table data-table--stack data-table--compact" data-testid="mt-timeline">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Étape</th>
              <th scope="col">Médecin</th>
              <th scope="col">Motif</th>
              <th scope="col">Par</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={i} data-testid="mt-event">
                <td data-label="Date" class="nowrap">
                  {formatDateTime(e.at)}
                </td>
                <td data-label="Étape">{e.from ? `${mtStatusLabel(e.from)} → ${mtStatusLabel(e.to)}` : `Inscription (${mtStatusLabel(e.to).toLowerCase()})`}</td>
                <td data-label="Médecin">{e.professional_id ? <DoctorName professionalId={e.professional_id} /> : <span class="muted">—</span>}</td>
                <td data-label="Motif">{e.reason ?? <span class="muted">—</span>}</td>
                <td data-label="Par">{e.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
