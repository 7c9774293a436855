// The refusals of unscheduled care in French: a 409 names its rule either at the top of the
// problem (`{rule}`) or in its `errors`; both are read here.

import type { Problem } from './api';
import { problemMessage } from './problem-message';
import { ruleMessage } from './validation-messages';

/** The rule a refusal names (`slot_taken`, `slot_overlaps`…), if any. */
export function ruleOf(problem: Problem | null): string | null {
  if (!problem) return null;
  const top = (problem as Problem & { rule?: unknown }).rule;
  if (typeof top === 'string') return top;
  return problem.errors?.[0]?.rule ?? null;
}

/** One French sentence for a failed unscheduled-care call. */
export function snpProblemMessage(problem: Problem): string {
  const rule = ruleOf(problem);
  if (rule && !problem.errors?.length) return ruleMessage({ field: '', rule, message: problem.detail ?? '' });
  return problemMessage(problem);
}

/** A refused publication: a member publishes only for the professional linked to their account. */
export function publishProblemMessage(problem: Problem): string {
  if (problem.status === 403) {
    return "Un professionnel publie ses propres créneaux seulement : votre compte doit être lié à votre fiche de l'annuaire (par un administrateur).";
  }
  return snpProblemMessage(problem);
}
