// Client-side 404 for paths the router does not know.

import { ErrorView } from '../components/ErrorView';
import { useDocumentTitle } from '../document-title';

export function NotFoundPage() {
  useDocumentTitle('Page introuvable');
  return (
    <ErrorView
      problem={{
        type: 'about:blank',
        title: 'Page introuvable',
        status: 404,
        detail: "L'adresse demandée ne correspond à aucune page de Maillage.",
      }}
    />
  );
}
