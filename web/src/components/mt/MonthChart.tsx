// Bars by month of entry: patients registered, oriented, and who found a médecin traitant.

import type { MtCounts } from '../../mt-api';
import { BarChart } from '../charts/BarChart';

const SERIES: { key: keyof MtCounts; label: string }[] = [
  { key: 'registered', label: 'Inscrits' },
  { key: 'oriented', label: 'Orientés' },
  { key: 'found', label: 'Ont trouvé un médecin traitant' },
];

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" → "nov. 2026". */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
}

export function MonthChart({ months }: { months: (MtCounts & { month: string })[] }) {
  return (
    <BarChart
      title="Patients par mois d'inscription"
      series={SERIES.map((s) => s.label)}
      groups={months.map((m) => ({ key: m.month, label: monthLabel(m.month), values: SERIES.map((s) => m[s.key]) }))}
      testId="mt-month-chart"
    />
  );
}
