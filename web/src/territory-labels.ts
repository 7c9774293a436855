// French labels for CPTS statuses, territory elements and territory rules.

import type { CptsStatus, ElementKind, Violation } from './territory-api';

export const STATUS_LABELS: Record<CptsStatus, string> = {
  projet: 'Projet',
  lettre_intention_validee: "Lettre d'intention validée",
  projet_sante_valide: 'Projet de santé validé',
  contrat_signe: 'Contrat signé',
  dissoute: 'Dissoute',
};

/** The lifecycle, in order (dissolution apart). */
export const STATUS_ORDER: readonly CptsStatus[] = ['projet', 'lettre_intention_validee', 'projet_sante_valide', 'contrat_signe'];

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as CptsStatus] ?? status;
}

export const ELEMENT_KIND_LABELS: Record<ElementKind, string> = {
  commune: 'Commune entière',
  arrondissement: 'Arrondissement municipal',
  postcode_part: 'Partie (code postal)',
};

function elementText(v: { code: string; postcode: string | null }, name?: string): string {
  const base = name ? `${name} (${v.code})` : v.code;
  return v.postcode ? `${base}, code postal ${v.postcode}` : base;
}

/** A refusal in French, naming the commune or part and the CPTS that holds it. */
export function violationMessage(v: Violation, name?: string): string {
  const what = elementText(v, name);
  const holder = v.holder ? v.holder.name : '';
  switch (v.rule) {
    case 'commune_taken':
      return `Refusé : la commune ${what} appartient déjà à la ${holder}.`;
    case 'part_taken':
      return `Refusé : ${what} appartient déjà à la ${holder}.`;
    case 'whole_and_parts':
      return `Refusé : ${what} — une commune est soit entière dans une CPTS, soit partagée en parties ; elle est déjà engagée dans la ${holder}.`;
    case 'postcode_not_of_commune':
      return `Refusé : ${what} — ce code postal n'appartient pas à la commune.`;
    case 'not_divisible':
      return `Refusé : ${what} — cette commune ne peut pas être partagée ainsi (un seul code postal, ou partage par arrondissement).`;
    case 'unknown_commune':
      return `Refusé : aucune commune ni aucun arrondissement actuel n'a le code ${v.code}.`;
    default:
      return `Refusé : ${v.message}`;
  }
}
