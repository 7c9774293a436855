// The colleges of a CPTS's association: each with its number of memberships, renamed in place,
// deleted after confirmation (the API refuses a college that memberships use: its refusal is
// shown), and a form to add one.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { formatInteger, pluralize } from '../../format';
import { createCollege, deleteCollege, renameCollege, type College } from '../../membership-api';
import { problemMessage } from '../../problem-message';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { useConfirm } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

interface CollegesSectionProps {
  cptsId: string;
  colleges: College[] | null;
  onChanged: () => void;
}

/** Why a college could not be deleted, naming it and its memberships when they are the reason. */
function removalMessage(college: College, problem: Problem): string {
  if (!problem.errors?.some((e) => e.rule === 'college_in_use')) return problemMessage(problem);
  const members = (problem as { members?: unknown }).members;
  const count = typeof members === 'number' ? members : college.members;
  return `Suppression refusée : le collège « ${college.name} » compte ${formatInteger(count)} ${pluralize(count, 'adhésion', 'adhésions')}. Placez-${count > 1 ? 'les' : 'la'} d'abord dans un autre collège.`;
}

interface CollegeRowProps {
  cptsId: string;
  college: College;
  onChanged: () => void;
  /** A refused deletion, in French ('' clears it). */
  onRefusal: (message: string) => void;
}

function CollegeRow({ cptsId, college, onChanged, onRefusal }: CollegeRowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(college.name);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { confirm, dialog } = useConfirm();

  const rename = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await renameCollege(cptsId, college.id, name.trim());
      setEditing(false);
      onChanged();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const remove = async () => {
    onRefusal('');
    const ok = await confirm({
      title: `Supprimer le collège « ${college.name} » ?`,
      message: 'Le collège disparaît de la liste de la CPTS.',
      confirmLabel: 'Supprimer',
      danger: true,
    });
    if (!ok) return;
    try {
      await deleteCollege(cptsId, college.id);
      onChanged();
    } catch (error) {
      onRefusal(removalMessage(college, toProblem(error)));
    }
  };

  return (
    <li data-testid="college-row">
      {dialog}
      {editing ? (
        <form class="tool-row" onSubmit={rename} aria-label={`Renommer le collège ${college.name}`}>
          <TextField label="Nouveau nom" value={name} required maxLength={100} error={problem ? problemMessage(problem) : undefined} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="btn btn--small">
            Enregistrer
          </button>
          <button type="button" class="btn btn--small btn--secondary" onClick={() => setEditing(false)}>
            Annuler
          </button>
        </form>
      ) : (
        <>
          <span>
            <span class="strong">{college.name}</span>
            <span class="result-list__sub">
              {formatInteger(college.members)} {pluralize(college.members, 'adhésion', 'adhésions')}
            </span>
          </span>
          <span class="row-actions row-actions--inline">
            <button type="button" class="btn btn--small btn--secondary" onClick={() => setEditing(true)}>
              Renommer
            </button>
            <button type="button" class="btn btn--small btn--danger-outline" onClick={() => void remove()}>
              Supprimer
            </button>
          </span>
        </>
      )}
    </li>
  );
}

export function CollegesSection({ cptsId, colleges, onChanged }: CollegesSectionProps) {
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState('');
  const { busy, problem, run } = useSubmission();

  const add = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      await createCollege(cptsId, name.trim());
      setName('');
      onChanged();
      return '';
    });
  };

  return (
    <section class="panel" aria-labelledby="colleges-title" data-testid="colleges">
      <div>
        <h2 id="colleges-title" class="panel__title">
          Collèges
        </h2>
        <p class="panel__lead">Les collèges de l'association, où chaque adhérent est placé.</p>
      </div>
      <FormAlert testId="college-refusal">{refusal}</FormAlert>
      {colleges === null && <p class="loading loading--inline">Chargement des collèges…</p>}
      {colleges !== null && colleges.length === 0 && <p class="empty">Aucun collège pour l'instant.</p>}
      {colleges !== null && colleges.length > 0 && (
        <ul class="result-list">
          {colleges.map((c) => (
            <CollegeRow key={`${c.id}:${c.name}`} cptsId={cptsId} college={c} onChanged={onChanged} onRefusal={setRefusal} />
          ))}
        </ul>
      )}
      <form class="tool-row" onSubmit={add} aria-label="Ajouter un collège">
        <TextField
          label="Nouveau collège"
          placeholder="Par exemple : Paramédicaux"
          value={name}
          required
          maxLength={100}
          error={fieldMessage(problem, 'name')}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn--secondary" disabled={busy}>
          Ajouter le collège
        </button>
      </form>
      <FormAlert>{problem && !fieldMessage(problem, 'name') ? problemMessage(problem) : null}</FormAlert>
    </section>
  );
}
