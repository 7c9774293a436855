// Commune page (/communes/:code): loads GET /api/communes/{code} and shows its details.

import { useEffect, useState } from 'preact/hooks';
import { ApiError, getCommune, isAbortError, type CommuneDetail, type Problem } from '../api';
import { Arrondissements } from '../components/Arrondissements';
import { CommuneFacts } from '../components/CommuneFacts';
import { CommuneHeader } from '../components/CommuneHeader';
import { CommuneLocation } from '../components/CommuneLocation';
import { ErrorView } from '../components/ErrorView';
import { FormerNames } from '../components/FormerNames';
import { Link } from '../components/Link';
import { PostcodeTable } from '../components/PostcodeTable';
import { useDocumentTitle } from '../document-title';
import { communePath } from '../router';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; commune: CommuneDetail }
  | { status: 'failed'; problem: Problem };

function useCommune(code: string): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    getCommune(code, controller.signal)
      .then((commune) => setState({ status: 'loaded', commune }))
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        const problem =
          error instanceof ApiError
            ? error.problem
            : { type: 'about:blank', title: 'Erreur inattendue', status: 0, detail: String(error) };
        setState({ status: 'failed', problem });
      });
    return () => controller.abort();
  }, [code]);
  return state;
}

export function CommunePage({ code }: { code: string }) {
  const state = useCommune(code);
  useDocumentTitle(
    state.status === 'loaded' ? state.commune.name : state.status === 'failed' ? 'Erreur' : 'Commune',
  );

  if (state.status === 'loading') {
    return (
      <p class="loading" role="status" aria-live="polite">
        Chargement de la commune…
      </p>
    );
  }
  if (state.status === 'failed') {
    const { problem } = state;
    if (problem.status === 404) {
      return (
        <ErrorView problem={problem} subject="Commune" message={`Aucune commune ne porte le code INSEE « ${code} ».`} />
      );
    }
    if (problem.status === 400) {
      return (
        <ErrorView
          problem={problem}
          heading="Code INSEE invalide"
          message={`« ${code} » n'est pas un code INSEE : il compte 5 caractères, par exemple 13203 ou 2A004.`}
        />
      );
    }
    return <ErrorView problem={problem} subject="Commune" />;
  }

  const { commune } = state;
  return (
    <article class="commune" data-code={commune.code}>
      <nav class="breadcrumb" aria-label="Fil d'Ariane">
        <ol>
          <li>
            <Link href="/">Accueil</Link>
          </li>
          {commune.parent && (
            <li>
              <Link href={communePath(commune.parent.code)}>{commune.parent.name}</Link>
            </li>
          )}
          <li aria-current="page">{commune.name}</li>
        </ol>
      </nav>
      <CommuneHeader commune={commune} />
      <div class="commune__layout">
        <div class="commune__main">
          <CommuneFacts commune={commune} />
          <PostcodeTable details={commune.postcode_details} postcodes={commune.postcodes} />
          {commune.arrondissements.length > 0 && <Arrondissements items={commune.arrondissements} />}
          {commune.former_names.length > 0 && <FormerNames items={commune.former_names} />}
        </div>
        <aside class="commune__aside" aria-label="Localisation">
          <CommuneLocation commune={commune} />
        </aside>
      </div>
    </article>
  );
}
