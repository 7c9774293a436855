// The planning of unscheduled-care slots (/cpts/:id/snp/planning?semaine=2026-W48): the week
// view by site (days in the CPTS's zone), previous and next week, and for publishers the forms
// to publish slots and the cancellation of a free slot.

import { useState } from 'preact/hooks';
import { useConfirm } from '../components/ConfirmDialog';
import { FormAlert } from '../components/forms/FormAlert';
import { RequireSession } from '../components/RequireSession';
import { PublishPanel } from '../components/snp/PublishPanel';
import { SnpLayout } from '../components/snp/SnpLayout';
import { WeekPlanning } from '../components/snp/WeekPlanning';
import { formatDay, formatInteger, pluralize } from '../format';
import { canEditCpts, canSnp } from '../permissions';
import { navigate, snpPath, useQueryString } from '../router';
import type { Session } from '../session-api';
import { cancelSlot, getPlanning, type Slot } from '../snp-api';
import { publishProblemMessage, snpProblemMessage } from '../snp-problems';
import { DEFAULT_TIME_ZONE, addDays, isoWeek, localDateTime, mondayOf, mondayOfWeek, todayIn, weekDays } from '../snp-time';
import { useApiValue } from '../use-api';
import { useSubmission } from '../use-submission';

function PlanningView({ cptsId, session }: { cptsId: string; session: Session }) {
  const query = useQueryString();
  const monday = mondayOfWeek(new URLSearchParams(query).get('semaine') ?? '') ?? mondayOf(todayIn(DEFAULT_TIME_ZONE));
  const days = weekDays(monday);
  const [version, setVersion] = useState(0);
  // The answer with its week: the previous week's stays shown only until the new one arrives.
  const planning = useApiValue(async (signal) => ({ monday, planning: await getPlanning(cptsId, days[0], days[6], signal) }), [cptsId, monday, version]);
  const publisher = canSnp(session, cptsId, 'snp_slot_publish');
  const cancel = useSubmission();
  const { confirm, dialog } = useConfirm();
  const goTo = (day: string) => navigate(snpPath(cptsId, 'planning', `?semaine=${isoWeek(day)}`));
  const value = planning.value?.monday === monday ? planning.value.planning : null;
  const free = value?.items.filter((s) => s.status === 'free').length ?? 0;
  const booked = value?.items.filter((s) => s.status === 'booked').length ?? 0;

  const cancelFree = async (slot: Slot) => {
    const zone = value?.time_zone ?? DEFAULT_TIME_ZONE;
    const ok = await confirm({
      title: 'Annuler ce créneau ?',
      message: `Le créneau du ${localDateTime(slot.starts_at, zone)} ne sera plus proposé aux patients.`,
      confirmLabel: 'Annuler le créneau',
      danger: true,
    });
    if (!ok) return;
    await cancel.run(async () => {
      await cancelSlot(cptsId, slot.id);
      setVersion((v) => v + 1);
      return '';
    });
  };

  return (
    <SnpLayout
      cptsId={cptsId}
      session={session}
      tab="planning"
      eyebrow="Soins non programmés — planning"
      lead="Les créneaux de soins non programmés publiés par les professionnels du territoire, semaine par semaine."
    >
      <section class="panel" aria-labelledby="snp-week-title">
        <div class="panel__header">
          <h2 id="snp-week-title" class="panel__title" data-testid="snp-week">
            Semaine du {formatDay(days[0])} au {formatDay(days[6])}
          </h2>
          <div class="inline-form__actions">
            <button type="button" class="btn btn--secondary btn--small" onClick={() => goTo(addDays(monday, -7))}>
              Semaine précédente
            </button>
            <button type="button" class="btn btn--secondary btn--small" onClick={() => goTo(todayIn(value?.time_zone ?? DEFAULT_TIME_ZONE))}>
              Cette semaine
            </button>
            <button type="button" class="btn btn--secondary btn--small" onClick={() => goTo(addDays(monday, 7))}>
              Semaine suivante
            </button>
          </div>
        </div>
        {value && (
          <p class="panel__lead" role="status">
            {formatInteger(free)} {pluralize(free, 'créneau libre', 'créneaux libres')}, {formatInteger(booked)}{' '}
            {pluralize(booked, 'réservé', 'réservés')} · heures de {value.time_zone}
            {value.truncated && ' · trop de créneaux cette semaine : seuls les premiers sont affichés'}
          </p>
        )}
        <FormAlert>{planning.problem ? snpProblemMessage(planning.problem) : cancel.problem ? publishProblemMessage(cancel.problem) : null}</FormAlert>
        {!value && !planning.problem && <p class="loading loading--inline">Chargement du planning…</p>}
        {value && <WeekPlanning cptsId={cptsId} planning={value} days={days} onCancel={publisher ? (slot) => void cancelFree(slot) : undefined} />}
        {dialog}
      </section>
      {publisher && (
        <PublishPanel cptsId={cptsId} self={!canEditCpts(session, cptsId)} version={version} onPublished={() => setVersion((v) => v + 1)} />
      )}
    </SnpLayout>
  );
}

export function SnpPlanningPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canSnp(session, cptsId, 'snp_planning_view')}>
      {(session) => <PlanningView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
