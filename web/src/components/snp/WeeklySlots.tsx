// Slots published and booked per ISO week (bars), with the requests and those oriented within
// their window (table).

import { formatDay, formatInteger } from '../../format';
import type { SnpIndicators } from '../../snp-api';
import { mondayOfWeek } from '../../snp-time';
import { BarChart } from '../charts/BarChart';
import { FigureTable } from '../charts/FigureTable';

/** "2026-W48" → « sem. 48 ». */
function weekLabel(week: string): string {
  return `sem. ${Number(week.slice(-2))}`;
}

export function WeeklySlots({ weeks }: { weeks: SnpIndicators['weeks'] }) {
  if (weeks.length === 0) return <p class="empty">Aucune semaine dans la période.</p>;
  return (
    <>
      <BarChart
        title="Créneaux publiés et réservés par semaine"
        series={['Publiés', 'Réservés']}
        groups={weeks.map((w) => ({ key: w.week, label: weekLabel(w.week), values: [w.published, w.booked] }))}
        testId="snp-weeks-chart"
      />
      <FigureTable
        heading="Semaine"
        columns={['Créneaux publiés', 'Réservés', 'Demandes', 'Orientées dans le délai']}
        rows={weeks.map((w) => {
          const monday = mondayOfWeek(w.week);
          return {
            key: w.week,
            label: weekLabel(w.week),
            sub: monday ? `du ${formatDay(monday)}` : undefined,
            cells: [w.published, w.booked, w.requests, w.within].map(formatInteger),
          };
        })}
        testId="snp-weeks"
      />
    </>
  );
}
