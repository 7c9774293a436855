// Publishes a weekly pattern: slots on some weekdays from a start time, of a given length and
// number, from one date to another, except on some dates. The server materializes the slots
// (those already taken at a time are skipped and counted).

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useCptsToday } from '../../cpts-clock';
import { formatInteger, pluralize } from '../../format';
import { createPattern, type SlotMode } from '../../snp-api';
import { WEEKDAY_LABELS } from '../../snp-labels';
import { publishProblemMessage } from '../../snp-problems';
import { addDays } from '../../snp-time';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import type { PickedSite } from '../mt/DoctorPicker';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { parseExceptionDates } from './exception-dates';
import { ModeSelect } from './ModeSelect';

const FIELDS = ['weekdays', 'start_time', 'slot_minutes', 'slot_count', 'valid_from', 'valid_until', 'exceptions', 'mode'];
const DEFAULT_WEEKS = 12;

/** The dates and the start time are local where the CPTS is; it starts on today there. */
export function PatternForm({ cptsId, site, onPublished }: { cptsId: string; site: PickedSite | null; onPublished: () => void }) {
  const today = useCptsToday();
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [count, setCount] = useState('4');
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState(() => addDays(today, DEFAULT_WEEKS * 7));
  const [exceptions, setExceptions] = useState('');
  const [mode, setMode] = useState<SlotMode>('in_person');
  const { busy, problem, message, run } = useSubmission();
  const error = (field: string) => fieldMessage(problem, field);
  const toggle = (day: number, on: boolean) => setWeekdays((days) => (on ? [...days, day].sort() : days.filter((d) => d !== day)));

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!site) return;
    void run(async () => {
      const answer = await createPattern(cptsId, {
        professional_id: site.professionalId,
        site_key: site.siteKey,
        mode,
        weekdays,
        start_time: start,
        slot_minutes: Number(minutes),
        slot_count: Number(count),
        valid_from: from,
        valid_until: until,
        exceptions: parseExceptionDates(exceptions),
      });
      onPublished();
      const skipped = answer.skipped > 0 ? ` ; ${formatInteger(answer.skipped)} déjà occupé${answer.skipped > 1 ? 's' : ''}, laissé${answer.skipped > 1 ? 's' : ''} de côté` : '';
      return `Semaine type enregistrée : ${formatInteger(answer.created)} ${pluralize(answer.created, 'créneau publié', 'créneaux publiés')}${skipped}.`;
    });
  };

  return (
    <form class="inline-form" onSubmit={submit} aria-label="Semaine type" data-testid="snp-pattern-form">
      <h3 class="inline-form__title">Semaine type</h3>
      <fieldset class={['check-group', error('weekdays') ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
        <legend class="field__label">Jours</legend>
        <div class="directory-form__checks">
          {WEEKDAY_LABELS.map((label, i) => (
            <label key={label} class="check">
              <input type="checkbox" checked={weekdays.includes(i + 1)} onChange={(e) => toggle(i + 1, e.currentTarget.checked)} />
              {label}
            </label>
          ))}
        </div>
        {error('weekdays') && <p class="field__error">{error('weekdays')}</p>}
      </fieldset>
      <div class="inline-form__fields">
        <TextField label="Premier créneau à" type="time" required value={start} error={error('start_time')} onInput={(e) => setStart(e.currentTarget.value)} />
        <TextField label="Durée d'un créneau (minutes)" type="number" min={5} max={240} required value={minutes} error={error('slot_minutes')} onInput={(e) => setMinutes(e.currentTarget.value)} />
        <TextField label="Créneaux par jour" type="number" min={1} max={48} required value={count} error={error('slot_count')} onInput={(e) => setCount(e.currentTarget.value)} />
        <ModeSelect value={mode} onChange={setMode} error={error('mode')} />
        <TextField label="Du" type="date" required value={from} error={error('valid_from')} onInput={(e) => setFrom(e.currentTarget.value)} />
        <TextField label="Au" type="date" required value={until} error={error('valid_until')} onInput={(e) => setUntil(e.currentTarget.value)} />
      </div>
      <TextField
        label="Sauf les"
        hint="Jours sans créneaux (congés, fériés) : 25/12/2026 01/01/2027…"
        value={exceptions}
        error={error('exceptions')}
        onInput={(e) => setExceptions(e.currentTarget.value)}
      />
      <FormAlert>{problem && !FIELDS.some((f) => error(f)) ? publishProblemMessage(problem) : null}</FormAlert>
      <FormAlert kind="success" testId="snp-pattern-created">
        {message}
      </FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={busy || !site || weekdays.length === 0}>
          Enregistrer la semaine type
        </button>
      </div>
    </form>
  );
}
