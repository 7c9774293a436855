// The membership rate of a CPTS's territory per profession (active members ÷ professionals
// practising in the territory), the indicator ARS and CPAM look at: a table and a bar chart (SVG).

import { formatInteger, formatShare } from '../../format';
import { getMembershipRate, type ProfessionRate } from '../../membership-api';
import { problemMessage } from '../../problem-message';
import { useApiValue } from '../../use-api';
import { FormAlert } from '../forms/FormAlert';

const CHART = { width: 720, row: 26, label: 220, bar: 330 };

function rateText(rate: number | null): string {
  return rate === null ? '—' : formatShare(rate);
}

/** Horizontal bars, one per profession practising in the territory, 0 to 100 %. */
function RateChart({ professions }: { professions: ProfessionRate[] }) {
  const rows = professions.filter((p) => p.rate !== null);
  if (rows.length === 0) return null;
  const height = rows.length * CHART.row + 4;
  return (
    <svg
      class="rate-chart"
      viewBox={`0 0 ${CHART.width} ${height}`}
      role="img"
      aria-label="Taux d'adhésion par profession, de 0 à 100 %"
      data-testid="rate-chart"
    >
      {rows.map((p, i) => {
        const y = i * CHART.row + 2;
        const width = Math.max(0, Math.min(1, p.rate ?? 0)) * CHART.bar;
        return (
          <g key={p.code}>
            <text class="rate-chart__label" x={CHART.label - 8} y={y + 16} text-anchor="end">
              {p.label.length > 30 ? `${p.label.slice(0, 29)}…` : p.label}
            </text>
            <rect class="rate-chart__track" x={CHART.label} y={y + 4} width={CHART.bar} height={CHART.row - 8} rx={3} />
            <rect class="rate-chart__bar" x={CHART.label} y={y + 4} width={width} height={CHART.row - 8} rx={3} />
            <text class="rate-chart__value" x={CHART.label + CHART.bar + 8} y={y + 16}>
              {rateText(p.rate)} ({formatInteger(p.members)}/{formatInteger(p.professionals)})
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function MembershipRateSection({ cptsId, version }: { cptsId: string; version: number }) {
  const { value: rate, problem } = useApiValue((signal) => getMembershipRate(cptsId, signal), [cptsId, version]);

  return (
    <section class="panel" aria-labelledby="rate-title" data-testid="membership-rate">
      <div>
        <h2 id="rate-title" class="panel__title">
          Taux d'adhésion du territoire
        </h2>
        <p class="panel__lead">
          Adhérents actifs ÷ professionnels exerçant sur le territoire de la CPTS, par profession. Les adhérents qui
          n'exercent pas sur le territoire sont comptés à part.
        </p>
      </div>
      <FormAlert>{problem ? problemMessage(problem) : null}</FormAlert>
      {!rate && !problem && <p class="loading loading--inline">Calcul du taux d'adhésion…</p>}
      {rate && rate.elements === 0 && <p class="empty">La CPTS n'a pas encore de territoire.</p>}
      {rate && rate.elements > 0 && rate.professions.length === 0 && <p class="empty">Aucun professionnel de l'annuaire n'exerce sur le territoire.</p>}
      {rate && rate.professions.length > 0 && (
        <>
          <div class="table-scroll">
            <table class="data-table data-table--compact" data-testid="rate-table">
              <thead>
                <tr>
                  <th scope="col">Profession</th>
                  <th scope="col" class="num">
                    Professionnels du territoire
                  </th>
                  <th scope="col" class="num">
                    Adhérents
                  </th>
                  <th scope="col" class="num">
                    Taux
                  </th>
                  <th scope="col" class="num">
                    Adhérents hors territoire
                  </th>
                </tr>
              </thead>
              <tbody>
                {rate.professions.map((p) => (
                  <tr key={p.code}>
                    <td>{p.label}</td>
                    <td class="num">{formatInteger(p.professionals)}</td>
                    <td class="num">{formatInteger(p.members)}</td>
                    <td class="num">{rateText(p.rate)}</td>
                    <td class="num">{formatInteger(p.members_outside)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr class="strong">
                  <td>Toutes professions</td>
                  <td class="num">{formatInteger(rate.total.professionals)}</td>
                  <td class="num">{formatInteger(rate.total.members)}</td>
                  <td class="num">{rateText(rate.total.rate)}</td>
                  <td class="num">{formatInteger(rate.total.members_outside)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <RateChart professions={rate.professions} />
        </>
      )}
      {rate && (rate.structures.members > 0 || rate.structures.members_outside > 0) && (
        <p class="muted">
          Structures adhérentes : {formatInteger(rate.structures.members)} sur le territoire,{' '}
          {formatInteger(rate.structures.members_outside)} hors du territoire.
        </p>
      )}
    </section>
  );
}
