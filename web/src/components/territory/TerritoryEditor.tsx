// The territory editor's tools: add a commune or a part, an EPCI, a département, a radius, a
// list of codes. Every change answers the whole territory, so population and taille update at
// once; a refusal lists each broken rule with the commune or part and the CPTS that holds it.

import type { TerritorySelection, Violation } from '../../territory-api';
import { violationMessage } from '../../territory-labels';
import { FormAlert } from '../forms/FormAlert';
import { AddAroundForm, AddDepartementForm, PasteCodesForm } from './AddAreaForms';
import { AddCommuneForm } from './AddCommuneForm';
import { AddEpciForm } from './AddEpciForm';

interface TerritoryEditorProps {
  onAdd: (selection: TerritorySelection) => Promise<boolean>;
  refusals: Violation[];
  /** Other failures, and confirmations, in French. */
  error: string;
  message: string;
}

export function TerritoryEditor({ onAdd, refusals, error, message }: TerritoryEditorProps) {
  return (
    <section class="panel" aria-labelledby="editor-title">
      <h2 id="editor-title" class="panel__title">
        Modifier le territoire
      </h2>
      <p class="panel__lead">
        Une commune appartient à une seule CPTS ; une commune à plusieurs codes postaux peut être partagée par code postal
        (Paris, Lyon et Marseille par arrondissement). Chaque modification est datée et tracée.
      </p>
      <div class="territory-tools">
        <AddCommuneForm onAdd={onAdd} />
        <AddEpciForm onAdd={onAdd} />
        <AddDepartementForm onAdd={onAdd} />
        <AddAroundForm onAdd={onAdd} />
        <PasteCodesForm onAdd={onAdd} />
      </div>
      <FormAlert testId="territory-refusal">
        {refusals.length > 0 ? (
          <ul class="refusals">
            {refusals.slice(0, 20).map((v, i) => (
              <li key={i}>{violationMessage(v)}</li>
            ))}
            {refusals.length > 20 && <li>… et {refusals.length - 20} autres refus.</li>}
          </ul>
        ) : (
          error
        )}
      </FormAlert>
      <FormAlert kind="success" testId="territory-message">
        {message}
      </FormAlert>
    </section>
  );
}
