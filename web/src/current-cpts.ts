// The CPTS the user is working in, chosen in the header and remembered in localStorage.
// Pages that show one CPTS's data read it with useCurrentCpts().

import { cptsChoices, type CptsChoice } from './permissions';
import { useSignedIn } from './session';
import { createStore, useStore } from './store';

const STORAGE_KEY = 'maillage.current-cpts';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled
  }
}

const chosenId = createStore<string | null>(readStored());

export function chooseCpts(id: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage disabled: the choice lasts until the page is reloaded.
  }
  chosenId.set(id);
}

export interface CurrentCpts {
  /** The CPTS of the user's roles; empty for administrators and platform-wide funders. */
  choices: CptsChoice[];
  /** The chosen CPTS, or the first one when nothing (valid) was chosen; null without choices. */
  current: CptsChoice | null;
}

export function useCurrentCpts(): CurrentCpts {
  const session = useSignedIn();
  const id = useStore(chosenId);
  const choices = session ? cptsChoices(session) : [];
  const current = choices.find((choice) => choice.id === id) ?? choices[0] ?? null;
  return { choices, current };
}
