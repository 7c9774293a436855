// The taille thresholds (administrators): the minimum population of tailles 2, 3 and 4, with the
// ranges they make, recomputed as one types.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { formatDateTime, formatInteger } from '../../format';
import { problemMessage } from '../../problem-message';
import { getTailleThresholds, putTailleThresholds, type TailleThresholds } from '../../territory-api';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

const KEYS = ['taille2', 'taille3', 'taille4'] as const;
type Thresholds = Record<(typeof KEYS)[number], number>;

/** "40 000" or "40000" → 40000; NaN when not a whole number. */
function parseCount(text: string): number {
  const digits = text.replace(/[\s\u00a0\u202f.]/g, '');
  return /^\d+$/.test(digits) ? Number.parseInt(digits, 10) : Number.NaN;
}

/** The population range of each taille, and the boundary rule, for increasing thresholds. */
function TailleRanges({ t }: { t: Thresholds }) {
  const n = formatInteger;
  return (
    <div aria-live="polite">
      <ul class="taille-ranges">
        <li>Taille 1 : moins de {n(t.taille2)} habitants</li>
        <li>
          Taille 2 : de {n(t.taille2)} à {n(t.taille3 - 1)}
        </li>
        <li>
          Taille 3 : de {n(t.taille3)} à {n(t.taille4 - 1)}
        </li>
        <li>Taille 4 : {n(t.taille4)} habitants et plus</li>
      </ul>
      <p class="muted">
        Un seuil est la population minimale de sa taille : une CPTS de {n(t.taille2)} habitants exactement est de taille 2 ;{' '}
        {n(t.taille4 - 1)} exactement reste en taille 3.
      </p>
    </div>
  );
}

export function TailleSection() {
  const [current, setCurrent] = useState<TailleThresholds | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');
  const [notNumbers, setNotNumbers] = useState<string[]>([]);
  const typed = Object.fromEntries(KEYS.map((k) => [k, parseCount(values[k] ?? '')])) as Thresholds;
  const valid = KEYS.every((k) => typed[k] > 0) && typed.taille2 < typed.taille3 && typed.taille3 < typed.taille4;

  const show = (t: TailleThresholds) => {
    setCurrent(t);
    setValues(Object.fromEntries(KEYS.map((k) => [k, formatInteger(t[k])])));
  };
  useEffect(() => {
    getTailleThresholds()
      .then(show)
      .catch((e) => setProblem(toProblem(e)));
  }, []);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved('');
    const wrong = KEYS.filter((k) => Number.isNaN(typed[k]));
    setNotNumbers(wrong);
    if (wrong.length > 0) return;
    try {
      show(await putTailleThresholds(typed));
      setSaved('Seuils enregistrés : les tailles des CPTS en tiennent compte dès maintenant.');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section class="panel" aria-labelledby="taille-title" data-testid="taille-section">
      <h2 id="taille-title" class="panel__title">
        Seuils de taille des CPTS
      </h2>
      <p class="panel__lead">
        La taille (1 à 4) d'une CPTS dépend de la population de son territoire. Chaque seuil est la population à partir
        de laquelle commence la taille.
        {current?.updated_at && ` Modifiés le ${formatDateTime(current.updated_at)} par ${current.updated_by ?? '—'}.`}
      </p>
      <form class="inline-form" onSubmit={submit} noValidate aria-label="Seuils de taille">
        <div class="inline-form__fields">
          {KEYS.map((k, i) => (
            <TextField
              key={k}
              label={`Taille ${i + 2} à partir de (habitants)`}
              inputMode="numeric"
              value={values[k] ?? ''}
              error={notNumbers.includes(k) ? "Saisissez un nombre entier d'habitants." : fieldMessage(problem, k)}
              onInput={(event) => setValues({ ...values, [k]: event.currentTarget.value })}
            />
          ))}
        </div>
        {valid ? (
          <TailleRanges t={typed} />
        ) : (
          current &&
          !problem?.errors?.length && <p class="inline-form__note">Les seuils doivent être des nombres entiers croissants : taille 2 &lt; taille 3 &lt; taille 4.</p>
        )}
        <p class="inline-form__actions">
          <button type="submit" class="btn">
            Enregistrer les seuils
          </button>
        </p>
        <FormAlert>{problem && !problem.errors?.length ? problemMessage(problem) : ''}</FormAlert>
        <FormAlert kind="success">{saved}</FormAlert>
      </form>
    </section>
  );
}
