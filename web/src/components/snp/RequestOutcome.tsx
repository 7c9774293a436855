// What happened after the orientation: the patient was seen, not seen, or sent elsewhere (the
// request is then closed); or the request is cancelled (the patient no longer needs it; its slot
// is released). One note serves every button; it is kept in the timeline.

import { useState } from 'preact/hooks';
import { cancelSnpRequest, recordSnpOutcome, type Outcome, type SnpRequest } from '../../snp-api';
import { OUTCOME_LABELS } from '../../snp-labels';
import { snpProblemMessage } from '../../snp-problems';
import { useSubmission } from '../../use-submission';
import { useConfirm } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

export function RequestOutcome({ cptsId, request, onChanged }: { cptsId: string; request: SnpRequest; onChanged: (r: SnpRequest) => void }) {
  const [note, setNote] = useState('');
  const { busy, problem, message, run } = useSubmission();
  const { confirm, dialog } = useConfirm();
  const outcome = request.actions?.includes('outcome') ?? false;
  const cancel = request.actions?.includes('cancel') ?? false;
  if (!outcome && !cancel) return null;

  const record = (o: Outcome) =>
    run(async () => {
      onChanged(await recordSnpOutcome(cptsId, request.id, o, note.trim() || undefined));
      setNote('');
      return `Issue enregistrée : ${OUTCOME_LABELS[o].toLowerCase()}.`;
    });
  const cancelRequest = async () => {
    const ok = await confirm({
      title: 'Annuler la demande ?',
      message: request.slot ? 'Le créneau réservé sera libéré pour un autre patient.' : 'La demande ne sera plus à orienter.',
      confirmLabel: "Confirmer l'annulation",
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      onChanged(await cancelSnpRequest(cptsId, request.id, note.trim() || undefined));
      setNote('');
      return 'Demande annulée.';
    });
  };

  return (
    <section class="panel" aria-labelledby="snp-outcome-title" data-testid="snp-outcome">
      <h2 id="snp-outcome-title" class="panel__title">
        Suite
      </h2>
      <div class="form">
        <TextField label="Note" hint="Gardée dans l'historique." maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <div class="inline-form__actions">
          {outcome &&
            (Object.keys(OUTCOME_LABELS) as Outcome[]).map((o) => (
              <button key={o} type="button" class={o === 'seen' ? 'btn' : 'btn btn--secondary'} disabled={busy} onClick={() => void record(o)}>
                {OUTCOME_LABELS[o]}
              </button>
            ))}
          {cancel && (
            <button type="button" class="btn btn--danger-outline" disabled={busy} onClick={() => void cancelRequest()}>
              Annuler la demande
            </button>
          )}
        </div>
        <FormAlert>{problem ? snpProblemMessage(problem) : null}</FormAlert>
        <FormAlert kind="success">{message}</FormAlert>
      </div>
      {dialog}
    </section>
  );
}
