// The territory editor's tools: add a commune or a part, an EPCI, a département, a radius, a
// list of codes. Every change answers the whole territory, so population and taille update at
// once; a refusal lists each broken rule with the commune or part and the CPTS that holds it.

import { pluralize } from '../../format';
import type { TerritorySelection } from '../../territory-api';
import { FormAlert } from '../forms/FormAlert';
import { AddAroundForm } from './AddAroundForm';
import { AddCommuneForm } from './AddCommuneForm';
import { AddDepartementForm } from './AddDepartementForm';
import { AddEpciForm } from './AddEpciForm';
import { PasteCodesForm } from './PasteCodesForm';

interface TerritoryEditorProps {
  onAdd: (selection: TerritorySelection) => Promise<boolean>;
  /** The refusals of the last addition, in French. */
  refusals: string[];
  /** Another failure, or the confirmation of the last change, in French. */
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
        (Paris, Lyon et Marseille par arrondissement). Chaque ajout est tout ou rien, daté et tracé.
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
          <>
            <p>Rien n'a été ajouté : {pluralize(refusals.length, 'un élément est refusé', 'des éléments sont refusés')}.</p>
            <ul class="refusals">
              {refusals.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          </>
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
