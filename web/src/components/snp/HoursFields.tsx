// The opening hours of a resource as rows « weekday, opens, closes », as many as needed (two
// ranges on one day are two rows).

import { useId } from 'preact/hooks';
import type { OpeningHours } from '../../snp-api';
import { WEEKDAY_LABELS } from '../../snp-labels';

interface HoursFieldsProps {
  hours: OpeningHours[];
  onChange: (hours: OpeningHours[]) => void;
  error?: string;
}

export function HoursFields({ hours, onChange, error }: HoursFieldsProps) {
  const id = useId();
  const update = (i: number, change: Partial<OpeningHours>) => onChange(hours.map((h, j) => (j === i ? { ...h, ...change } : h)));
  const next = hours.length > 0 ? Math.min(7, hours[hours.length - 1].weekday + 1) : 1;
  return (
    <fieldset class={['check-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')} data-testid="snp-hours">
      <legend class="field__label">Horaires d'ouverture</legend>
      {hours.length === 0 && <p class="field__hint">Aucun horaire : ajoutez une plage par jour d'ouverture.</p>}
      {hours.map((h, i) => (
        <div key={i} class="hours-row">
          <label class="visually-hidden" for={`${id}-day-${i}`}>
            Jour de la plage {i + 1}
          </label>
          <select id={`${id}-day-${i}`} class="field__input field__select" value={h.weekday} onChange={(e) => update(i, { weekday: Number(e.currentTarget.value) })}>
            {WEEKDAY_LABELS.map((label, d) => (
              <option key={label} value={d + 1}>
                {label}
              </option>
            ))}
          </select>
          <label for={`${id}-opens-${i}`}>de</label>
          <input id={`${id}-opens-${i}`} type="time" class="field__input" required value={h.opens} onInput={(e) => update(i, { opens: e.currentTarget.value })} />
          <label for={`${id}-closes-${i}`}>à</label>
          <input id={`${id}-closes-${i}`} type="time" class="field__input" required value={h.closes} onInput={(e) => update(i, { closes: e.currentTarget.value })} />
          <button type="button" class="btn btn--small btn--ghost" aria-label={`Retirer la plage ${i + 1}`} onClick={() => onChange(hours.filter((_, j) => j !== i))}>
            Retirer
          </button>
        </div>
      ))}
      <p>
        <button type="button" class="btn btn--small btn--secondary" onClick={() => onChange([...hours, { weekday: next, opens: '08:00', closes: '20:00' }])}>
          Ajouter une plage
        </button>
      </p>
      {error && <p class="field__error">{error}</p>}
    </fieldset>
  );
}
