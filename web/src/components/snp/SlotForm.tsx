// Publishes slots by hand: a day, a start time, a duration, how many consecutive slots, in person
// or remote. 409 slot_overlaps when the professional already has a slot starting at one of them.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useCptsToday } from '../../cpts-clock';
import { formatInteger, pluralize } from '../../format';
import { createSlots, type SlotMode } from '../../snp-api';
import { publishProblemMessage } from '../../snp-problems';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import type { PickedSite } from '../mt/DoctorPicker';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { ModeSelect } from './ModeSelect';

const FIELDS = ['date', 'start', 'duration_minutes', 'count', 'mode'];

/** The day and the start are local where the CPTS is; the day starts on today there. */
export function SlotForm({ cptsId, site, onPublished }: { cptsId: string; site: PickedSite | null; onPublished: () => void }) {
  const today = useCptsToday();
  const [date, setDate] = useState(today);
  const [start, setStart] = useState('');
  const [duration, setDuration] = useState('15');
  const [count, setCount] = useState('1');
  const [mode, setMode] = useState<SlotMode>('in_person');
  const { busy, problem, message, run } = useSubmission();
  const error = (field: string) => fieldMessage(problem, field);

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!site) return;
    void run(async () => {
      const { items } = await createSlots(cptsId, {
        professional_id: site.professionalId,
        site_key: site.siteKey,
        date,
        start,
        duration_minutes: Number(duration),
        count: Number(count),
        mode,
      });
      onPublished();
      return `${formatInteger(items.length)} ${pluralize(items.length, 'créneau publié', 'créneaux publiés')}.`;
    });
  };

  return (
    <form class="inline-form" onSubmit={submit} aria-label="Ajouter des créneaux" data-testid="snp-slot-form">
      <h3 class="inline-form__title">Ajouter des créneaux</h3>
      <div class="inline-form__fields">
        <TextField label="Jour" type="date" required value={date} error={error('date')} onInput={(e) => setDate(e.currentTarget.value)} />
        <TextField label="Début" type="time" required value={start} error={error('start')} onInput={(e) => setStart(e.currentTarget.value)} />
        <TextField label="Durée (minutes)" type="number" min={5} max={240} required value={duration} error={error('duration_minutes')} onInput={(e) => setDuration(e.currentTarget.value)} />
        <TextField label="Nombre de créneaux" hint="À la suite." type="number" min={1} max={48} required value={count} error={error('count')} onInput={(e) => setCount(e.currentTarget.value)} />
        <ModeSelect value={mode} onChange={setMode} error={error('mode')} />
      </div>
      <FormAlert>{problem && !FIELDS.some((f) => error(f)) ? publishProblemMessage(problem) : null}</FormAlert>
      <FormAlert kind="success" testId="snp-slots-published">
        {message}
      </FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={busy || !site}>
          Publier les créneaux
        </button>
      </div>
    </form>
  );
}
