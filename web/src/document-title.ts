// Keeps document.title in sync with the page shown ("Marseille — Maillage").

import { useEffect } from 'preact/hooks';

const PRODUCT = 'Maillage';

export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — ${PRODUCT}` : `${PRODUCT} — Système d'information des CPTS`;
  }, [title]);
}
