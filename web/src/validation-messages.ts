// French messages for the server's validation rules. Problems list their errors as
// `{field, rule, message}` with an English message: the interface shows these instead, by field
// and rule, then by rule alone, and falls back to the server's text for a rule it does not know.

import type { Problem, ProblemFieldError } from './api';

export const MIN_PASSWORD_LENGTH = 12;

const BY_FIELD_AND_RULE: Record<string, string> = {
  'email:required': 'Saisissez une adresse e-mail.',
  'email:format': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'email:unique': 'Un compte utilise déjà cette adresse e-mail.',
  'display_name:required': 'Saisissez le nom affiché.',
  'name:required': 'Saisissez un nom.',
  'name:unique': 'Ce nom est déjà utilisé.',
  'cpts_id:scope': 'Cette CPTS ne convient pas au rôle choisi.',
  'cpts_id:not_found': "Cette CPTS n'existe pas ou plus.",
  'role:format': 'Choisissez un rôle de la liste.',
  'current_password:required': 'Saisissez votre mot de passe actuel.',
  'current_password:incorrect': 'Le mot de passe actuel est incorrect.',
  'new_password:min_length': `Le nouveau mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
  'new_password:same_as_current': "Le nouveau mot de passe doit être différent de l'actuel.",
  'new_password:contains_email': 'Le nouveau mot de passe ne doit pas contenir votre adresse e-mail.',
  'siret:format': 'Le SIRET compte 14 chiffres.',
  'seat_commune:unknown_code': "Aucune commune actuelle n'a ce code INSEE.",
  'contact_email:format': 'Saisissez une adresse e-mail valide, par exemple contact@exemple.fr.',
  'website:format': "L'adresse doit commencer par https:// ou http://.",
  'effective_date:format': 'Saisissez une date.',
  'effective_date:required': 'Saisissez la date de cette étape.',
  'status:transition': "Cette étape n'est pas la suivante du cycle de vie : rechargez la page.",
  'status:date_order': "L'étape ne peut pas être datée avant l'étape précédente.",
  'member_id:one_membership_per_cpts': 'Déjà adhérent de cette CPTS : une seule adhésion par CPTS (voyez sa ligne dans les adhésions).',
  'member_id:unknown_code': "L'annuaire ne connaît pas (ou plus) ce professionnel ou cette structure.",
  'college_id:unknown_code': "Ce collège n'existe pas ou plus : rechargez la page.",
  'college_id:college_in_use': "Ce collège compte des adhérents : placez-les d'abord dans un autre collège.",
  'status:initial_status': "Une adhésion commence par une demande ou comme adhérent actif.",
  'on:date_future': 'La date ne peut pas être dans le futur.',
  'on:date_order': 'La date ne peut pas précéder le changement de statut précédent.',
  'paid_on:date_future': 'La date de paiement ne peut pas être dans le futur.',
  'on:format': 'Saisissez une date.',
  'paid_on:format': 'Saisissez une date de paiement valide.',
  'amount_cents:range': 'Saisissez un montant entre 0 et 100 000 €.',
  'amount_cents:required': 'Saisissez un montant.',
  'year:range': 'Les cotisations se saisissent de 2000 à l\'année prochaine.',
  // Médecin traitant: requests, workflow, census, settings.
  'last_name:duplicate_person': 'Cette personne attend déjà un médecin traitant dans cette CPTS : la coordination suit sa demande.',
  'birth_date:range': 'La date de naissance doit être postérieure au 1er janvier 1900.',
  'birth_date:date_future': 'La date de naissance ne peut pas être dans le futur.',
  'consent_on:date_future': 'Le consentement ne peut pas être daté dans le futur.',
  'consent_on:required': 'Saisissez la date à laquelle le patient a donné son consentement.',
  'commune_code:required': 'Choisissez la commune du patient dans la liste.',
  'commune_code:unknown_code': 'Choisissez la commune du patient dans la liste.',
  'postcode:postcode_not_of_commune': "Ce code postal n'est pas celui de la commune choisie.",
  'phone:format': 'Saisissez un numéro français : 10 chiffres, ou +33 et 9 chiffres.',
  'sex:one_of': 'Choisissez le sexe du patient.',
  'to:transition': "Cette étape n'est pas possible depuis le statut actuel : rechargez la page.",
  'to:actor': 'Seule la coordination de la CPTS peut enregistrer cette étape.',
  'to:reason_required': 'Indiquez le motif du refus.',
  'to:doctor_required': 'Choisissez le médecin à qui proposer la demande.',
  'valid_until:date_past': "La déclaration doit être valable au moins jusqu'à aujourd'hui.",
  'valid_until:required': "Saisissez la date jusqu'à laquelle la déclaration est valable.",
  'age_max:range': "L'âge maximum doit être compris entre 0 et 120 ans et pas inférieur à l'âge minimum.",
  'retention_days:range': 'Saisissez une durée de conservation entre 0 et 3 650 jours.',
  'delays:range': 'Chaque délai compte de 1 à 365 jours.',
  // Soins non programmés: resources, slots, patterns.
  'finess:unknown_structure': "Aucune structure de l'annuaire n'a ce numéro FINESS.",
  'commune_code:unknown_commune': 'Choisissez la commune dans la liste.',
  'professionals:unknown_professional': "Un des professionnels n'est plus dans l'annuaire.",
  'hours:hours': 'Chaque plage a un jour, une heure d’ouverture et une heure de fermeture plus tardive.',
  'site_key:unknown_site': "L'annuaire ne connaît pas ce lieu d'exercice : choisissez-le à nouveau.",
  'start:past': 'Un créneau commence dans le futur.',
  'weekdays:required': 'Cochez au moins un jour.',
  'weekdays:weekday': 'Cochez des jours de la semaine.',
  'reason_text:required': 'Précisez le motif quand il est « Autre ».',
  'request_id:unknown_request': "Cette demande n'existe plus ou ne vous est pas visible.",
  'to:range': 'La fin de la période précède son début.',
};

const BY_RULE: Record<string, string> = {
  required: 'Ce champ est obligatoire.',
  format: "Cette valeur n'a pas le format attendu.",
  unique: 'Cette valeur est déjà utilisée.',
  scope: 'Cette CPTS ne convient pas au rôle choisi.',
  min_length: 'Cette valeur est trop courte.',
  max_length: 'Cette valeur est trop longue.',
  incorrect: 'Cette valeur est incorrecte.',
  integer: 'Saisissez un nombre entier.',
  increasing: 'Les seuils doivent être croissants : taille 2 < taille 3 < taille 4.',
  unknown_code: "Ce code n'existe pas dans le référentiel.",
  date_future: 'La date ne peut pas être dans le futur.',
  one_of: 'Choisissez une valeur de la liste.',
  // Médecin traitant: why a doctor's census declaration does not take the patient.
  census_missing: "Ce lieu d'exercice n'a pas de déclaration au recensement.",
  census_expired: 'La déclaration de ce médecin a expiré : mettez à jour le recensement.',
  census_not_accepting: 'Ce médecin ne prend pas de nouveaux patients.',
  census_full: "Ce médecin n'a plus de place.",
  census_priority_only: 'Ce médecin ne prend que des patients prioritaires.',
  census_age: "L'âge du patient est hors de la tranche acceptée par ce médecin.",
  census_commune: 'Ce médecin ne prend pas de patients de cette commune.',
  unknown_request: "Cette demande n'existe plus dans la CPTS.",
  transition: "Cette demande n'attend plus de proposition : rechargez la page.",
  // Soins non programmés: slots and requests.
  slot_taken: "Ce créneau vient d'être réservé pour un autre patient : choisissez-en un autre.",
  slot_overlaps: 'Ce professionnel a déjà un créneau qui commence à cette heure-là.',
  slot_booked: 'Ce créneau est réservé : annulez ou réorientez d’abord la demande.',
  not_open: 'Cette demande est close : elle ne peut plus être orientée.',
};

/** "must be between 1 and 366" → "Saisissez une valeur entre 1 et 366." */
function rangeMessage(message: string): string {
  const bounds = /(-?\d+)\D+(-?\d+)/.exec(message);
  return bounds ? `Saisissez une valeur entre ${bounds[1]} et ${bounds[2]}.` : 'Cette valeur est hors des limites acceptées.';
}

export function ruleMessage(error: Pick<ProblemFieldError, 'field' | 'rule'> & { message?: string }): string {
  const known = BY_FIELD_AND_RULE[`${error.field}:${error.rule}`] ?? BY_RULE[error.rule];
  if (known) return known;
  if (error.rule === 'range') return rangeMessage(error.message ?? '');
  return error.message || 'Cette valeur est invalide.';
}

/** The French message for `field` in a problem's errors, if the server named that field. */
export function fieldMessage(problem: Problem | null, field: string): string | undefined {
  const error = problem?.errors?.find((e) => e.field === field);
  return error ? ruleMessage(error) : undefined;
}
