// Adding a list of communes by INSEE code, pasted or read from a file (any separator, any column).

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatInteger, pluralize } from '../../format';
import type { TerritorySelection } from '../../territory-api';
import { readTextFile } from '../../text-file';

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;

/** The distinct INSEE codes found in pasted text or a CSV file. */
function codesIn(text: string): string[] {
  return [...new Set(text.split(/[\s;,"'|]+/).filter((t) => INSEE_CODE.test(t)).map((t) => t.toUpperCase()))];
}

export function PasteCodesForm({ onAdd }: { onAdd: (selection: TerritorySelection) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const codes = codesIn(text);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (codes.length > 0 && (await onAdd({ communes: codes }))) setText('');
  };
  const readFile = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) setText(await readTextFile(file));
  };

  return (
    <form class="territory-tool" onSubmit={submit} aria-label="Ajouter une liste de codes INSEE">
      <div class="field">
        <label class="field__label" for="paste-codes">
          Ajouter une liste de codes INSEE
        </label>
        <p id="paste-codes-hint" class="field__hint">
          Collez les codes (séparés par des espaces, virgules, points-virgules ou retours à la ligne) ou lisez-les dans un
          fichier.
        </p>
        <textarea
          id="paste-codes"
          class="field__input"
          rows={3}
          aria-describedby="paste-codes-hint"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div class="tool-row">
        <input type="file" accept=".csv,.txt,text/csv,text/plain" aria-label="Fichier de codes INSEE" onChange={readFile} />
        <button type="submit" class="btn btn--secondary" disabled={codes.length === 0}>
          {codes.length > 0 ? `Ajouter ${formatInteger(codes.length)} ${pluralize(codes.length, 'code')}` : 'Ajouter les codes'}
        </button>
      </div>
    </form>
  );
}
