// The taille thresholds (administrators): the minimum population of tailles 2, 3 and 4.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { formatDateTime } from '../../format';
import { problemMessage } from '../../problem-message';
import { getTailleThresholds, putTailleThresholds, type TailleThresholds } from '../../territory-api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

const KEYS = ['taille2', 'taille3', 'taille4'] as const;

export function TailleSection() {
  const [current, setCurrent] = useState<TailleThresholds | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');

  const show = (t: TailleThresholds) => {
    setCurrent(t);
    setValues(Object.fromEntries(KEYS.map((k) => [k, String(t[k])])));
  };
  useEffect(() => {
    void getTailleThresholds().then(show).catch((e) => setProblem(toProblem(e)));
  }, []);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved('');
    try {
      const [taille2, taille3, taille4] = KEYS.map((k) => Number.parseInt(values[k] ?? '', 10));
      show(await putTailleThresholds({ taille2, taille3, taille4 }));
      setSaved('Seuils enregistrés : les tailles affichées en tiennent compte.');
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
        Population minimale des tailles 2, 3 et 4. Une CPTS dont la population égale un seuil passe dans la taille
        supérieure : 40 000 habitants exactement font une taille 2 ; 175 000 exactement restent en taille 3 (seuil de la
        taille 4 : 175 001).
        {current?.updated_at && ` Modifiés le ${formatDateTime(current.updated_at)} par ${current.updated_by}.`}
      </p>
      <form class="inline-form inline-form--row" onSubmit={submit} noValidate aria-label="Seuils de taille">
        {KEYS.map((k, i) => (
          <TextField
            key={k}
            label={`Taille ${i + 2} à partir de`}
            inputMode="numeric"
            value={values[k] ?? ''}
            error={problem?.errors?.find((e) => e.field === k) ? 'Les seuils doivent être croissants et positifs.' : undefined}
            onInput={(event) => setValues({ ...values, [k]: event.currentTarget.value })}
          />
        ))}
        <button type="submit" class="btn">
          Enregistrer les seuils
        </button>
      </form>
      <FormAlert>{problem && !problem.errors?.length ? problemMessage(problem) : ''}</FormAlert>
      <FormAlert kind="success">{saved}</FormAlert>
    </section>
  );
}
