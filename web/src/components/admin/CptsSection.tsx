// CPTS of the platform: the list and a form to create one.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { createCpts, type Cpts } from '../../admin-api';
import { toProblem, type Problem } from '../../api';
import { formatDate } from '../../format';
import { problemMessage } from '../../problem-message';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

interface CptsSectionProps {
  items: Cpts[];
  loading: boolean;
  problem: Problem | null;
  onCreated: (cpts: Cpts) => void;
}

function CptsCreateForm({ onCreated }: { onCreated: (cpts: Cpts) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setCreated('');
    setProblem(null);
    if (!name.trim()) return setError('Saisissez le nom de la CPTS.');
    setError(undefined);
    setSubmitting(true);
    try {
      const cpts = await createCpts(name.trim());
      onCreated(cpts);
      setCreated(`La CPTS « ${cpts.name} » a été créée.`);
      setName('');
    } catch (caught) {
      const failure = toProblem(caught);
      setProblem(failure);
      setError(fieldMessage(failure, 'name'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form class="inline-form inline-form--row" noValidate onSubmit={onSubmit} aria-label="Nouvelle CPTS">
      <TextField
        label="Nom de la nouvelle CPTS"
        autocomplete="off"
        required
        value={name}
        error={error}
        onInput={(event) => setName(event.currentTarget.value)}
      />
      <button type="submit" class="btn" disabled={submitting}>
        {submitting ? 'Création…' : 'Créer la CPTS'}
      </button>
      <FormAlert>{problem && !error ? problemMessage(problem) : ''}</FormAlert>
      <FormAlert kind="success">{created}</FormAlert>
    </form>
  );
}

export function CptsSection({ items, loading, problem, onCreated }: CptsSectionProps) {
  return (
    <section class="panel" aria-labelledby="cpts-title" data-testid="cpts-section">
      <div class="panel__header">
        <div>
          <h2 id="cpts-title" class="panel__title">
            CPTS
          </h2>
          <p class="panel__lead">Les communautés professionnelles territoriales de santé hébergées par Maillage.</p>
        </div>
      </div>
      {loading && <p class="loading loading--inline">Chargement des CPTS…</p>}
      {problem && <FormAlert>{problemMessage(problem)}</FormAlert>}
      {!loading && !problem && items.length === 0 && <p class="empty">Aucune CPTS pour l'instant.</p>}
      {items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack">
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Créée le</th>
                <th scope="col">Identifiant</th>
              </tr>
            </thead>
            <tbody>
              {items.map((cpts) => (
                <tr key={cpts.id}>
                  <td class="strong">{cpts.name}</td>
                  <td class="nowrap" data-label="Créée le">
                    <time dateTime={cpts.created_at}>{formatDate(cpts.created_at)}</time>
                  </td>
                  <td data-label="Identifiant">
                    <code class="identifier">{cpts.id}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CptsCreateForm onCreated={onCreated} />
    </section>
  );
}
