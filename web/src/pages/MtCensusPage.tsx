// The census of doctors' capacity (/cpts/:id/medecin-traitant/recensement): for the coordination,
// every declaration with its freshness and a form to record one (a declaration made by phone, by
// mail, at a meeting); for a member doctor, the form alone, for their own practice sites.

import { useState } from 'preact/hooks';
import { FormAlert } from '../components/forms/FormAlert';
import { CensusForm } from '../components/mt/CensusForm';
import { CensusTable } from '../components/mt/CensusTable';
import { MtLayout } from '../components/mt/MtLayout';
import { RequireSession } from '../components/RequireSession';
import { formatInteger, pluralize } from '../format';
import { listCensus, type CensusEntry } from '../mt-api';
import { canMt } from '../permissions';
import { problemMessage } from '../problem-message';
import type { Session } from '../session-api';
import { useApiValue } from '../use-api';

function CensusList({ cptsId, version, onEdit }: { cptsId: string; version: number; onEdit: (entry: CensusEntry) => void }) {
  const census = useApiValue((signal) => listCensus(cptsId, signal), [cptsId, version]);
  const items = census.value?.items ?? null;
  const expired = items?.filter((e) => !e.valid).length ?? 0;
  return (
    <section class="panel" aria-labelledby="census-title">
      <div>
        <h2 id="census-title" class="panel__title">
          Déclarations {items !== null && <span class="count">{formatInteger(items.length)}</span>}
        </h2>
        <p class="panel__lead">
          Les plus anciennes d'abord.
          {expired > 0 && ` ${formatInteger(expired)} ${pluralize(expired, 'déclaration expirée', 'déclarations expirées')} : à mettre à jour.`}
        </p>
      </div>
      <FormAlert>{census.problem ? problemMessage(census.problem) : null}</FormAlert>
      {items === null && !census.problem && <p class="loading loading--inline">Chargement du recensement…</p>}
      {items !== null && <CensusTable entries={items} onEdit={onEdit} />}
    </section>
  );
}

function CensusView({ cptsId, session }: { cptsId: string; session: Session }) {
  const coordination = canMt(session, cptsId, 'mt_coordinate');
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<CensusEntry | null>(null);
  const edit = (entry: CensusEntry) => {
    setEditing(entry);
    document.getElementById('census-form-title')?.scrollIntoView({ block: 'start' });
  };
  return (
    <MtLayout
      cptsId={cptsId}
      session={session}
      tab="recensement"
      eyebrow="Médecin traitant — recensement"
      lead={
        coordination
          ? 'Les médecins du territoire qui prennent de nouveaux patients médecin traitant, combien, et à quelles conditions.'
          : 'Déclarez si vous prenez de nouveaux patients médecin traitant, combien et à quelles conditions, pour chacun de vos lieux d’exercice.'
      }
    >
      <section class="panel" aria-labelledby="census-form-title">
        <h2 id="census-form-title" class="panel__title" tabIndex={-1}>
          {editing ? 'Mettre à jour une déclaration' : 'Nouvelle déclaration'}
        </h2>
        <CensusForm
          key={editing ? `${editing.professional_id}/${editing.site_key}` : 'new'}
          cptsId={cptsId}
          initial={editing ? { site: { professionalId: editing.professional_id, siteKey: editing.site_key, label: '' }, entry: editing } : null}
          channel={coordination ? 'phone' : 'self'}
          onSaved={() => setVersion((v) => v + 1)}
        />
        {editing && (
          <p>
            <button type="button" class="btn btn--secondary" onClick={() => setEditing(null)}>
              Nouvelle déclaration
            </button>
          </p>
        )}
      </section>
      <CensusList cptsId={cptsId} version={version} onEdit={edit} />
    </MtLayout>
  );
}

export function MtCensusPage({ cptsId }: { cptsId: string }) {
  return (
    <RequireSession allow={(session) => canMt(session, cptsId, 'mt_census_edit')}>
      {(session) => <CensusView cptsId={cptsId} session={session} />}
    </RequireSession>
  );
}
