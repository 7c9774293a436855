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
  /** A heading chosen by the caller, instead of the one derived from the status. */
  heading?: string;
  /** A French explanation written by the caller; the server's detail is then shown as a technical note. */
  message?: string;
}

export function ErrorView({ problem, subject = 'Page', heading: headingOverride, message }: ErrorViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const heading = headingOverride ?? headingFor(problem.status, subject);
  // The heading already renders the status in French; the detail says what went wrong.
  const serverText = problem.detail || (problem.title !== heading ? problem.title : '');
  const explanation = message ?? serverText;
  const technical = message && serverText && serverText !== message ? serverText : '';
  return (
    <section class="error-view" aria-labelledby="error-view-title" data-testid="error-view">
      <p class="error-view__status">{problem.status > 0 ? `Erreur ${problem.status}` : 'Erreur réseau'}</p>
      <h1 id="error-view-title" tabIndex={-1} ref={headingRef}>
        {heading}
      </h1>
      {explanation && <p class="error-view__detail">{explanation}</p>}
      {technical && <p class="error-view__technical">Détail technique : {technical}</p>}
      {/* A single field error repeats the detail; list them when there are several. */}
      {problem.errors && problem.errors.length > 1 && (
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
