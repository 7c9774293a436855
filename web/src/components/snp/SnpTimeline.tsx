// A request's timeline: each dated step (status from → to), its detail (orientation, slot,
// outcome, note) and who recorded it.

import type { SnpEvent } from '../../snp-api';
import { SNP_STATUS_LABELS } from '../../snp-labels';
import { localDateTime } from '../../snp-time';
import { eventDetail } from './snp-texts';

export function SnpTimeline({ events, timeZone }: { events: SnpEvent[]; timeZone: string }) {
  return (
    <section class="panel" aria-labelledby="snp-timeline-title">
      <h2 id="snp-timeline-title" class="panel__title">
        Historique
      </h2>
      <div class="table-scroll">
        <table class="data-table data-table--stack data-table--compact" data-testid="snp-timeline">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Étape</th>
              <th scope="col">Détail</th>
              <th scope="col">Par</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={i} data-testid="snp-event">
                <td data-label="Date" class="nowrap">
                  {localDateTime(e.at, timeZone)}
                </td>
                <td data-label="Étape">{e.from ? `${SNP_STATUS_LABELS[e.from]} → ${SNP_STATUS_LABELS[e.to]}` : `Saisie (${SNP_STATUS_LABELS[e.to].toLowerCase()})`}</td>
                <td data-label="Détail">{e.detail ? eventDetail(e.detail, timeZone) : <span class="muted">—</span>}</td>
                <td data-label="Par">{e.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
