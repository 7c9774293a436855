// The batch allocation (/cpts/:id/medecin-traitant/repartition), for the coordination: computes
// the best assignment of every request waiting for a doctor (most priority patients, then most
// patients, then least distance, within every doctor's places and criteria), to review and
// confirm. Nothing is saved until « Confirmer les propositions ».

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { FormAlert } from '../components/forms/FormAlert';
import { AllocationReview } from '../components/mt/AllocationReview';
import { DEFAULT_DISTANCE_KM, DistanceSelect } from '../components/mt/DistanceSelect';
import { MtLayout } from '../components/mt/MtLayout';
import { RequireSession } from '../components/RequireSession';
import { formatInteger, pluralize } from '../format';
import { getMtAllocation, type MtAllocation } from '../mt-api';
import { canMt } from '../permissions';
import { problemMessage } from '../problem-message';
import type { Session } from '../session-api';
import { useSubmission } from '../use-submission';

function AllocationView({ cptsId, session }: { cptsId: string; session: Session }) {
  const [maxKm, setMaxKm] = useState(DEFAULT_DISTANCE_KM);
  const [allocation, setAllocation] = useState<MtAllocation | null>(null);
  /** Bumped on every computation: a new review starts with every line checked. */
  const [run, setRun] = useState(0);
  const compute = useSubmission();
  const [confirmed, setConfirmed] = useState('');

  const calculate = (after = '') =>
    compute.run(async () => {
      setAllocation(await getMtAllocation(cptsId, maxKm));
      setRun((n) => n + 1);
      setConfirmed(after);
      return '';
    });
  const onSubmit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void calculate();
  };
  const onConfirmed = (proposed: number) =>
    void calculate(`${formatInteger(proposed)} ${pluralize(proposed, 'demande proposée', 'demandes proposées')} aux médecins.`);

  return (
    <MtLayout
      cptsId={cptsId}
      session={session}
      tab="repartition"
      eyebrow="Médecin traitant — répartition"
      lead="Propose un médecin à chaque patient qualifié en attente : d'abord le plus de patients prioritaires, puis le plus de patients, puis la plus petite distance totale, dans la limite des places déclarées au recensement."
    >
      <section class="panel" aria-labelledby="mt-allocation-title">
        <h2 id="mt-allocation-title" class="panel__title">
          Calcul
        </h2>
        <form class="tool-row" onSubmit={onSubmit} aria-label="Calculer la répartition">
          <DistanceSelect value={maxKm} onChange={setMaxKm} />
          <button type="submit" class="btn" disabled={compute.busy}>
            {compute.busy ? 'Calcul…' : 'Calculer la répartition'}
          </button>
        </form>
        <FormAlert>{compute.problem ? problemMessage(compute.problem) : null}</FormAlert>
        <FormAlert kind="success" testId="mt-allocation-confirmed">
          {confirmed}
        </FormAlert>
      </section>
      {allocation && <AllocationReview key={run} cptsId={cptsId} allocation={allocation} onConfirmed={onConfirmed} />}
    </MtLayout>
  );
}

export function MtAllocationPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canMt(session, cptsId, 'mt_coordinate')}>
      {(session) => <AllocationView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
