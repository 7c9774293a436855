// Grouped bars: one group per period (month, week…), one bar per series. An SVG drawn with
// attributes and classes only (no inline style: the CSP forbids it), described for screen readers
// by its title; pages put the table of the same figures next to it.

import { useId } from 'preact/hooks';
import { formatInteger } from '../../format';

export interface BarGroup {
  key: string;
  label: string;
  /** One value per series, in the order of `series`. */
  values: number[];
}

interface BarChartProps {
  /** What the chart shows, read before its figures: « Patients par mois d'inscription ». */
  title: string;
  /** The series' labels; colours come from the classes bar-chart__series-0, -1, -2. */
  series: string[];
  groups: BarGroup[];
  testId?: string;
}

const CHART = { width: 720, height: 260, left: 44, right: 8, top: 12, bottom: 28 };

/** A round top for the scale: 1, 2, 5, 10, 20, 50… at or above `max`. */
function scaleTop(max: number): number {
  for (let step = 1; ; step *= 10) {
    for (const m of [1, 2, 5]) if (m * step >= max) return m * step;
  }
}

export function BarChart({ title, series, groups, testId }: BarChartProps) {
  const titleId = useId();
  if (groups.length === 0) return null;
  const top = scaleTop(Math.max(1, ...groups.flatMap((g) => g.values)));
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const group = plotWidth / groups.length;
  const bar = Math.min(28, (group * 0.8) / series.length);
  const y = (value: number) => CHART.top + plotHeight - (value / top) * plotHeight;
  const summary = groups.map((g) => `${g.label} : ${series.map((s, i) => `${formatInteger(g.values[i])} ${s.toLowerCase()}`).join(', ')}`).join(' ; ');
  return (
    <figure class="bar-chart">
      <ul class="map-legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s}>
            <span class={`legend-swatch bar-chart__series-${i}`} /> {s}
          </li>
        ))}
      </ul>
      <svg class="bar-chart__svg" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={titleId} data-testid={testId}>
        <title id={titleId}>
          {title} — {summary}
        </title>
        {[0, top / 2, top].filter(Number.isInteger).map((tick) => (
          <g key={tick}>
            <line class="bar-chart__grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={y(tick)} y2={y(tick)} />
            <text class="bar-chart__axis" x={CHART.left - 6} y={y(tick) + 4} text-anchor="end">
              {formatInteger(tick)}
            </text>
          </g>
        ))}
        {groups.map((g, i) => {
          const x0 = CHART.left + i * group + (group - bar * series.length) / 2;
          return (
            <g key={g.key}>
              {g.values.map((value, j) => (
                <rect key={j} class={`bar-chart__series-${j}`} x={x0 + j * bar} y={y(value)} width={bar - 2} height={CHART.top + plotHeight - y(value)} />
              ))}
              <text class="bar-chart__axis" x={CHART.left + i * group + group / 2} y={CHART.height - 8} text-anchor="middle">
                {g.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
