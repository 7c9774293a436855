// The earliest suitable slots for a request (its urgency window, the patient's commune, the
// profession and mode wanted), earliest first, each with « Réserver ». The first button takes
// the focus, so that the slot can be booked from the keyboard while the patient is on the phone.
// A slot booked meanwhile by someone else (409 slot_taken) is said in French and the proposals
// are searched again.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { formatDistance } from '../../directory-labels';
import { ruleOf, snpProblemMessage } from '../../snp-problems';
import { orientSnpRequest, searchSlotsFor, type SlotProposal, type SnpRequest } from '../../snp-api';
import { SLOT_MODE_LABELS } from '../../snp-labels';
import { localDateTime } from '../../snp-time';
import { useApiValue } from '../../use-api';
import { useSubmission } from '../../use-submission';
import { FormAlert } from '../forms/FormAlert';

interface SlotProposalsProps {
  cptsId: string;
  request: SnpRequest;
  onBooked: (request: SnpRequest) => void;
}

/** « Cabinet GIRARD, Marseille · 1,2 km », or « Téléconsultation ». */
function where(p: SlotProposal): string {
  if (p.slot.mode === 'remote' || p.distance_km === null) return SLOT_MODE_LABELS.remote;
  return `${p.site.label || p.site.address}, ${p.site.commune} · ${formatDistance(p.distance_km)}`;
}

export function SlotProposals({ cptsId, request, onBooked }: SlotProposalsProps) {
  const [round, setRound] = useState(0);
  const search = useApiValue((signal) => searchSlotsFor(cptsId, request.id, signal), [cptsId, request.id, round]);
  const { busy, problem, run } = useSubmission();
  const [taken, setTaken] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const items = search.value?.items ?? null;
  const zone = search.value?.time_zone;

  useEffect(() => first.current?.focus(), [items]);

  const book = (p: SlotProposal) =>
    run(async () => {
      setTaken(false);
      try {
        onBooked(await orientSnpRequest(cptsId, request.id, { orientation: 'slot', slot_id: p.slot.id }));
      } catch (error) {
        if (error instanceof ApiError && ruleOf(error.problem) === 'slot_taken') {
          setTaken(true);
          setRound((r) => r + 1);
          return '';
        }
        throw error;
      }
      return '';
    });

  return (
    <section class="panel" aria-labelledby="snp-proposals-title" data-testid="snp-proposals">
      <div>
        <h2 id="snp-proposals-title" class="panel__title">
          Créneaux proposés
        </h2>
        <p class="panel__lead">
          Les premiers créneaux libres dans le délai de la demande
          {search.value && zone && `, jusqu'au ${localDateTime(search.value.until, zone)}`}, les plus tôt d'abord.
        </p>
      </div>
      <FormAlert testId="snp-slot-taken">
        {taken ? "Ce créneau vient d'être réservé pour un autre patient : les créneaux encore libres sont affichés ci-dessous." : null}
      </FormAlert>
      <FormAlert>{search.problem ? snpProblemMessage(search.problem) : problem ? snpProblemMessage(problem) : null}</FormAlert>
      {items === null && !search.problem && <p class="loading loading--inline">Recherche des créneaux…</p>}
      {items !== null && items.length === 0 && (
        <p class="empty" data-testid="snp-no-slot">
          Aucun créneau libre dans le délai : orientez le patient autrement ci-dessous.
        </p>
      )}
      {items !== null && zone && items.length > 0 && (
        <ol class="slot-proposals" aria-label="Créneaux, les plus tôt d'abord">
          {items.map((p, i) => (
            <li key={p.slot.id} class="slot-proposals__item" data-testid="snp-proposal" data-slot={p.slot.id}>
              <span class="slot-proposals__when">{localDateTime(p.slot.starts_at, zone)}</span>
              <span class="slot-proposals__who">
                {p.professional.name}
                <span class="cell-sub">{p.professional.profession}</span>
              </span>
              <span class="slot-proposals__where">{where(p)}</span>
              <button
                type="button"
                class="btn btn--small"
                ref={i === 0 ? first : undefined}
                disabled={busy}
                aria-label={`Réserver ${localDateTime(p.slot.starts_at, zone)}, ${p.professional.name}`}
                onClick={() => void book(p)}
              >
                Réserver
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
