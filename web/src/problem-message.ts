// One French sentence for a failed API call, for forms and inline messages (ErrorView is the
// full-page counterpart). The server's own texts are English: they only appear, as a technical
// detail, when nothing better is known.

import type { Problem } from './api';
import { ruleMessage } from './validation-messages';

export function problemMessage(problem: Problem): string {
  const detail = problem.detail || (problem.title !== 'Erreur' ? problem.title : '');
  if (problem.status === 0) return 'Serveur injoignable : vérifiez votre connexion réseau puis réessayez.';
  if (problem.status === 401) return 'Votre session a expiré : reconnectez-vous.';
  if (problem.status === 403) return "Vous n'avez pas les droits nécessaires pour cette action.";
  if (problem.status === 429) return 'Trop de requêtes. Réessayez dans quelques instants.';
  if (problem.status >= 500) return `Erreur du serveur (${problem.status}). Réessayez dans quelques instants.`;
  if (problem.errors?.length) return problem.errors.map(ruleMessage).join(' ');
  if (problem.status === 404) return "Cet élément n'existe pas ou plus : rechargez la page.";
  if (problem.status === 409) return "L'opération est en conflit avec l'état actuel des données : rechargez la page.";
  return detail ? `La requête a été refusée (erreur ${problem.status}) : ${detail}` : `La requête a été refusée (erreur ${problem.status}).`;
}
