// Finds a GP of the CPTS's territory in the directory (name words, profession 10) and picks one of
// their practice sites: for a census declaration, the slots of unscheduled care, the
// professionals of a resource.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { searchDirectory, type Professional } from '../../directory-api';
import { professionalName } from '../../directory-labels';
import { problemMessage } from '../../problem-message';
import { useSubmission } from '../../use-submission';
import { addressLine } from '../directory/site-address';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';

const GP = '10';
const LIMIT = 10;

export interface PickedSite {
  professionalId: string;
  siteKey: string;
  /** « Dr Paul GIRARD — 12 Rue de la République, 13001 Marseille »; empty when not known yet. */
  label: string;
  /** « Dr Paul GIRARD », when picked in the directory. */
  name?: string;
}

function siteLabel(p: Professional, key: string): string {
  const site = p.sites.find((s) => s.key === key);
  return [professionalName(p), site ? addressLine(site) : key].filter(Boolean).join(' — ');
}

export function DoctorPicker({ cptsId, onPick }: { cptsId: string; onPick: (site: PickedSite) => void }) {
  const [words, setWords] = useState('');
  const [found, setFound] = useState<Professional[] | null>(null);
  const { busy, problem, run } = useSubmission();

  // A search inside another form: its own button, never the form's submission.
  const search = () =>
    run(async () => {
      const page = await searchDirectory({ q: words.trim(), profession: GP, cpts: cptsId, limit: LIMIT });
      setFound(page.items.filter((p): p is Professional => p.kind === 'professional'));
      return '';
    });
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  return (
    <div class="doctor-picker" data-testid="doctor-picker">
      <div class="tool-row">
        <TextField label="Médecin (nom)" hint="Médecins exerçant sur le territoire de la CPTS." value={words} onInput={(e) => setWords(e.currentTarget.value)} onKeyDown={onKeyDown} />
        <button type="button" class="btn btn--secondary" disabled={busy || !words.trim()} onClick={() => void search()}>
          Chercher
        </button>
      </div>
      <FormAlert>{problem ? problemMessage(problem) : null}</FormAlert>
      {found !== null && found.length === 0 && <p class="empty">Aucun médecin de ce nom sur le territoire.</p>}
      {found !== null && found.length > 0 && (
        <ul class="result-list" aria-label="Lieux d'exercice trouvés">
          {found.flatMap((p) =>
            p.sites.map((s) => (
              <li key={`${p.national_id}/${s.key}`}>
                <span>
                  {professionalName(p)}
                  <span class="result-list__sub">{addressLine(s) || s.key}</span>
                </span>
                <button
                  type="button"
                  class="btn btn--small btn--secondary"
                  aria-label={`Choisir ${siteLabel(p, s.key)}`}
                  onClick={() => {
                    onPick({ professionalId: p.national_id, siteKey: s.key, label: siteLabel(p, s.key), name: professionalName(p) });
                    setFound(null);
                  }}
                >
                  Choisir
                </button>
              </li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}
