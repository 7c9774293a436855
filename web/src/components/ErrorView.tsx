// French error view built from an RFC 9457 problem (404, validation, server or network errors).

import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from '../api';
import { Link } from './Link';

function headingFor(status: number, subject: string): string {
  if (status === 404) return `${subject} introuvable`;
  if (status === 0) return 'Serveur injoignable';
  if (status === 400 || status === 422) return 'Requête invalide';
  if (status === 401) return 'Connexion requise';
  if (status === 403) return 'Accès refusé';
  if (status === 429) return 'Trop de requêtes';
  if (status >= 500) return 'Erreur du serveur';
  return 'Une erreur est survenue';
}

interface ErrorViewProps {
  problem: Problem;
  /** What was looked for, capitalised: "Page", "Commune"… (feminine nouns read well here). */
  subject?: string;
}

export function ErrorView({ problem, subject = 'Page' }: ErrorViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const heading = headingFor(problem.status, subject);
  const showTitle = problem.title && problem.title !== heading;
  return (
    <section class="error-view" role="alert" aria-labelledby="error-view-title" data-testid="error-view">
      <p class="error-view__status">{problem.status > 0 ? `Erreur ${problem.status}` : 'Erreur réseau'}</p>
      <h1 id="error-view-title" tabIndex={-1} ref={headingRef}>
        {heading}
      </h1>
      {showTitle && <p class="error-view__title">{problem.title}</p>}
      {problem.detail && <p class="error-view__detail">{problem.detail}</p>}
      {problem.errors && problem.errors.length > 0 && (
        <ul class="error-view__errors">
          {problem.errors.map((error) => (
            <li key={`${error.field}-${error.rule}`}>
              <code>{error.field}</code> : {error.message}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/" class="button">
          Retour à l'accueil
        </Link>
      </p>
    </section>
  );
}
