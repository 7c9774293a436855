// Bars by month of entry: patients registered, oriented, and who found a médecin traitant. An SVG
// drawn with attributes and classes only (no inline style: the CSP forbids it), described for
// screen readers by its title; the table of the same figures follows it on the page.

import { useId } from 'preact/hooks';
import { formatInteger } from '../../format';
import type { MtCounts } from '../../mt-api';

const SERIES: { key: keyof MtCounts; label: string }[] = [
  { key: 'registered', label: 'Inscrits' },
  { key: 'oriented', label: 'Orientés' },
  { key: 'found', label: 'Ont trouvé un médecin traitant' },
];

const CHART = { width: 720, height: 260, left: 44, right: 8, top: 12, bottom: 28 };

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" → "nov. 2026". */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
}

/** A round top for the scale: 1, 2, 5, 10, 20, 50… at or above `max`. */
function scaleTop(max: number): number {
  for (let step = 1; ; step *= 10) {
    for (const m of [1, 2, 5]) if (m * step >= max) return m * step;
  }
}

export function MonthChart({ months }: { months: (MtCounts & { month: string })[] }) {
  const titleId = useId();
  if (months.length === 0) return null;
  const top = scaleTop(Math.max(1, ...months.map((m) => m.registered)));
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const group = plotWidth / months.length;
  const bar = Math.min(28, (group * 0.8) / SERIES.length);
  const y = (value: number) => CHART.top + plotHeight - (value / top) * plotHeight;
  const summary = months
    .map((m) => `${monthLabel(m.month)} : ${SERIES.map((s) => `${formatInteger(m[s.key])} ${s.label.toLowerCase()}`).join(', ')}`)
    .join(' ; ');
  return (
    <figure class="month-chart">
      <ul class="map-legend" aria-hidden="true">
        {SERIES.map((s, i) => (
          <li key={s.key}>
            <span class={`legend-swatch month-chart__series-${i}`} /> {s.label}
          </li>
        ))}
      </ul>
      <svg class="month-chart__svg" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={titleId} data-testid="mt-month-chart">
        <title id={titleId}>Patients par mois d'inscription — {summary}</title>
        {[0, top / 2, top].filter(Number.isInteger).map((tick) => (
          <g key={tick}>
            <line class="month-chart__grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={y(tick)} y2={y(tick)} />
            <text class="month-chart__axis" x={CHART.left - 6} y={y(tick) + 4} text-anchor="end">
              {formatInteger(tick)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x0 = CHART.left + i * group + (group - bar * SERIES.length) / 2;
          return (
            <g key={m.month}>
              {SERIES.map((s, j) => (
                <rect
                  key={s.key}
                  class={`month-chart__series-${j}`}
                  x={x0 + j * bar}
                  y={y(m[s.key])}
                  width={bar - 2}
                  height={CHART.top + plotHeight - y(m[s.key])}
                />
              ))}
              <text class="month-chart__axis" x={CHART.left + i * group + group / 2} y={CHART.height - 8} text-anchor="middle">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
