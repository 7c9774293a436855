// Orienting a request elsewhere than to a slot (urgences, téléconsultation, pharmacien, autre),
// with a note kept in its timeline.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { orientSnpRequest, type Orientation, type SnpRequest } from '../../snp-api';
import { ORIENTATION_LABELS, OTHER_ORIENTATIONS } from '../../snp-labels';
import { snpProblemMessage } from '../../snp-problems';
import { useSubmission } from '../../use-submission';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

export function OtherOrientationForm({ cptsId, request, onOriented }: { cptsId: string; request: SnpRequest; onOriented: (r: SnpRequest) => void }) {
  const [orientation, setOrientation] = useState<Orientation | ''>('');
  const [note, setNote] = useState('');
  const { busy, problem, run } = useSubmission();

  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!orientation) return;
    void run(async () => {
      onOriented(await orientSnpRequest(cptsId, request.id, { orientation, note: note.trim() || undefined }));
      setNote('');
      return '';
    });
  };

  return (
    <section class="panel" aria-labelledby="snp-other-title">
      <h2 id="snp-other-title" class="panel__title">
        Autre orientation
      </h2>
      <form class="tool-row" onSubmit={submit} aria-label="Autre orientation" data-testid="snp-other-orientation">
        <SelectField label="Orienter vers" required value={orientation} onChange={(e) => setOrientation(e.currentTarget.value as Orientation | '')}>
          <option value="">Choisir…</option>
          {OTHER_ORIENTATIONS.map((o) => (
            <option key={o} value={o}>
              {ORIENTATION_LABELS[o]}
            </option>
          ))}
        </SelectField>
        <TextField label="Note" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="btn btn--secondary" disabled={busy || !orientation}>
          Enregistrer l'orientation
        </button>
      </form>
      <FormAlert>{problem ? snpProblemMessage(problem) : null}</FormAlert>
    </section>
  );
}
