// The weekly patterns published in the CPTS, with « Supprimer » (its free future slots are
// cancelled with it; booked ones stay).

import { formatDay } from '../../format';
import { deletePattern, listPatterns, type Pattern } from '../../snp-api';
import { SLOT_MODE_LABELS, weekdayLabel } from '../../snp-labels';
import { publishProblemMessage, snpProblemMessage } from '../../snp-problems';
import { useApiValue } from '../../use-api';
import { useSubmission } from '../../use-submission';
import { useConfirm } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';

function describe(p: Pattern): string {
  const days = p.weekdays.map(weekdayLabel).join(', ');
  return `${days} à ${p.start_time}, ${p.slot_count} × ${p.slot_minutes} min, ${SLOT_MODE_LABELS[p.mode].toLowerCase()}`;
}

export function PatternList({ cptsId, version, onDeleted }: { cptsId: string; version: number; onDeleted: () => void }) {
  const patterns = useApiValue((signal) => listPatterns(cptsId, signal), [cptsId, version]);
  const { busy, problem, run } = useSubmission();
  const { confirm, dialog } = useConfirm();
  const items = patterns.value?.items ?? [];

  const remove = async (p: Pattern) => {
    const ok = await confirm({
      title: 'Supprimer la semaine type ?',
      message: `${p.professional ?? p.professional_id} : ${describe(p)}. Ses créneaux libres à venir seront annulés ; les créneaux réservés restent.`,
      confirmLabel: 'Supprimer',
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      await deletePattern(cptsId, p.id);
      onDeleted();
      return '';
    });
  };

  if (items.length === 0 && !patterns.problem) return null;
  return (
    <div class="snp-patterns">
      <h3 class="inline-form__title">Semaines types en cours</h3>
      <FormAlert>{patterns.problem ? snpProblemMessage(patterns.problem) : problem ? publishProblemMessage(problem) : null}</FormAlert>
      <ul class="result-list" data-testid="snp-patterns">
        {items.map((p) => (
          <li key={p.id}>
            <span>
              {p.professional ?? p.professional_id}
              <span class="result-list__sub">
                {describe(p)} — du {formatDay(p.valid_from)} au {formatDay(p.valid_until)}
                {p.exceptions.length > 0 && `, sauf ${p.exceptions.map(formatDay).join(', ')}`}
              </span>
            </span>
            <button type="button" class="btn btn--small btn--danger-outline" disabled={busy} onClick={() => void remove(p)}>
              Supprimer
            </button>
          </li>
        ))}
      </ul>
      {dialog}
    </div>
  );
}
