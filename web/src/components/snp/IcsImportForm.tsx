// Imports an agenda's iCalendar (.ics) file as slots: each event (recurring ones included) cut
// into slots of the given length. Shows what was created, updated and cancelled since the last
// import of the same agenda, or the line of a malformed file.

import { useState } from 'preact/hooks';
import type { Problem } from '../../api';
import { formatInteger } from '../../format';
import { icsErrorOf, importIcs, type IcsError, type IcsReport, type SlotMode } from '../../snp-api';
import { publishProblemMessage } from '../../snp-problems';
import { readTextFile } from '../../text-file';
import type { PickedSite } from '../mt/DoctorPicker';
import { CsvFileInput } from '../forms/CsvFileInput';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useCsvImport } from '../forms/use-csv-import';
import { ModeSelect } from './ModeSelect';

async function refusedOf(problem: Problem) {
  const error = icsErrorOf(problem);
  return error ? { total: 1, rows: [error] } : null;
}

export function IcsImportForm({ cptsId, site, onPublished }: { cptsId: string; site: PickedSite | null; onPublished: () => void }) {
  const [minutes, setMinutes] = useState('15');
  const [mode, setMode] = useState<SlotMode>('in_person');
  const state = useCsvImport<IcsReport, IcsError>(
    async (file) =>
      importIcs(cptsId, { professional_id: site?.professionalId ?? '', site_key: site?.siteKey ?? '', mode, slot_minutes: Number(minutes) }, file.name, await readTextFile(file)),
    refusedOf,
    onPublished,
  );
  const report = state.report;
  const refused = state.refused?.rows[0];

  return (
    <form class="inline-form" onSubmit={state.submit} aria-label="Importer un agenda (.ics)" data-testid="snp-ics-form">
      <h3 class="inline-form__title">Importer un agenda (iCalendar)</h3>
      <p class="inline-form__note">
        Le fichier .ics exporté de l'agenda : chaque événement (récurrences et exceptions comprises) devient des créneaux. Importer à
        nouveau le même agenda met les créneaux à jour ; les créneaux déjà réservés sont gardés.
      </p>
      <div class="inline-form__fields">
        <CsvFileInput id="snp-ics-file" label="Fichier .ics" accept=".ics,text/calendar" state={state} />
        <TextField label="Durée d'un créneau (minutes)" type="number" min={5} max={240} required value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        <ModeSelect value={mode} onChange={setMode} />
      </div>
      <FormAlert testId="snp-ics-error">
        {refused ? (refused.line ? `Fichier refusé, ligne ${refused.line} : ${refused.message}` : `Fichier refusé : ${refused.message}`) : state.problem ? publishProblemMessage(state.problem) : null}
      </FormAlert>
      <FormAlert kind="success" testId="snp-ics-report">
        {report &&
          `Agenda importé : ${formatInteger(report.created)} créé(s), ${formatInteger(report.updated)} mis à jour, ${formatInteger(report.cancelled)} annulé(s)` +
            (report.kept_booked > 0 ? `, ${formatInteger(report.kept_booked)} réservé(s) gardé(s)` : '') +
            '.'}
      </FormAlert>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={!site || !state.file || state.sending}>
          {state.sending ? 'Import en cours…' : "Importer l'agenda"}
        </button>
      </div>
    </form>
  );
}
