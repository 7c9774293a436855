// The request on its orientation screen: the reason, the urgency and the time before which the
// patient must be seen (in the CPTS's zone), the status, where the patient was oriented (the
// booked slot, with a link to its week in the planning) and the outcome.

import { snpPath } from '../../router';
import type { SnpRequest } from '../../snp-api';
import { ORIENTATION_LABELS, OUTCOME_LABELS, SLOT_MODE_LABELS, reasonLabel, urgencyLabel } from '../../snp-labels';
import { isoWeek, localDate, localDateTime, localTime } from '../../snp-time';
import { FactRow } from '../FactRow';
import { Link } from '../Link';
import { SnpStatusBadge } from './SnpStatusBadge';

interface RequestFactsProps {
  cptsId: string;
  request: SnpRequest;
  timeZone: string;
  /** Whether the caller may open the planning (the booked slot links to its week). */
  planning: boolean;
}

export function RequestFacts({ cptsId, request: r, timeZone, planning }: RequestFactsProps) {
  const slot = r.slot;
  return (
    <section class="panel" aria-labelledby="snp-request-title">
      <h2 id="snp-request-title" class="panel__title">
        Demande
      </h2>
      <dl class="facts" data-testid="snp-request-facts">
        <FactRow label="Motif">
          {reasonLabel(r.reason_code)}
          {r.reason_text && <span class="facts__sub">{r.reason_text}</span>}
        </FactRow>
        <FactRow label="Délai">
          {urgencyLabel(r.urgency)}
          <span class={r.overdue ? 'facts__sub snp-overdue' : 'facts__sub'}>à voir avant {localDateTime(r.due_at, timeZone)}</span>
        </FactRow>
        <FactRow label="Statut">
          <SnpStatusBadge request={r} />
        </FactRow>
        {r.orientation && (
          <FactRow label="Orientation">
            <span data-testid="snp-orientation">
              {slot ? (
                <>
                  {localDateTime(slot.starts_at, timeZone)}–{localTime(slot.ends_at, timeZone)}
                  {slot.professional && `, ${slot.professional.name}`}
                  <span class="facts__sub">
                    {slot.site && `${slot.site.label}, ${slot.site.commune} · `}
                    {SLOT_MODE_LABELS[slot.mode]}
                    {r.within_window === false && ' · hors délai'}
                  </span>
                  {planning && (
                    <span class="facts__sub">
                      <Link href={snpPath(cptsId, 'planning', `?semaine=${isoWeek(localDate(slot.starts_at, timeZone))}`)}>Voir dans le planning</Link>
                    </span>
                  )}
                </>
              ) : (
                ORIENTATION_LABELS[r.orientation]
              )}
            </span>
          </FactRow>
        )}
        {r.outcome && (
          <FactRow label="Issue">
            {OUTCOME_LABELS[r.outcome]}
            {r.outcome_at && <span class="facts__sub">le {localDateTime(r.outcome_at, timeZone)}</span>}
          </FactRow>
        )}
        <FactRow label="Saisie">{localDateTime(r.created_at, timeZone)}</FactRow>
      </dl>
    </section>
  );
}
