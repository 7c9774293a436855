// The names of the CPTS a user can see, by id: those of the user's roles, and for
// administrators (who hold no CPTS role) every CPTS, fetched once per page load.

import { useEffect, useState } from 'preact/hooks';
import { cptsChoices, isAdmin } from './permissions';
import type { Session } from './session-api';
import { listCptsWithFigures } from './territory-api';

let everyCpts: Promise<{ id: string; name: string }[]> | null = null;

function loadEveryCpts(): Promise<{ id: string; name: string }[]> {
  everyCpts ??= listCptsWithFigures().then(
    (answer) => answer.items.map(({ id, name }) => ({ id, name })),
    () => {
      everyCpts = null; // try again next time
      return [];
    },
  );
  return everyCpts;
}

/** The CPTS the user can pick (roles' CPTS; every CPTS for administrators), by name. */
export function useVisibleCpts(session: Session): { id: string; name: string }[] {
  const own = cptsChoices(session).map(({ id, name }) => ({ id, name }));
  const admin = isAdmin(session);
  const [all, setAll] = useState<{ id: string; name: string }[] | null>(null);
  useEffect(() => {
    if (!admin) return undefined;
    let current = true;
    void loadEveryCpts().then((list) => current && setAll(list));
    return () => {
      current = false;
    };
  }, [admin]);
  if (!admin || !all) return own;
  return [...all].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** CPTS names by id, for the memberships shown in the directory. */
export function useCptsNames(session: Session): Map<string, string> {
  return new Map(useVisibleCpts(session).map((c) => [c.id, c.name]));
}
