// French labels for CPTS statuses, territory elements and territory rules.

import type { CptsStatus, ElementKind, ImportRowError, Violation } from './territory-api';

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

/** "la CPTS Marseille 2&3", also for a CPTS whose name does not start with "CPTS". */
function holderText(holder: Violation['holder']): string {
  if (!holder) return 'une autre CPTS';
  return /^CPTS\b/i.test(holder.name) ? `la ${holder.name}` : `la CPTS ${holder.name}`;
}

/** Why a commune or part was refused (`name`: its name, when known), in French. */
function violationText(v: Violation, name?: string): string {
  const what = elementText(v, name);
  const holder = holderText(v.holder);
  switch (v.rule) {
    case 'commune_taken':
    case 'part_taken': // an arrondissement, or a (commune, postcode) part
      return `${v.postcode ? 'la partie' : 'la commune'} ${what} appartient déjà à ${holder}`;
    case 'whole_and_parts':
      return `${what} : une commune est soit entière dans une CPTS, soit partagée (par arrondissement ou par code postal) ; elle est déjà engagée dans ${holder}`;
    case 'postcode_not_of_commune':
      return `${what} : ce code postal n'appartient pas à la commune`;
    case 'not_divisible':
      return `${what} : cette commune ne se partage pas ainsi (un seul code postal, ou partage par arrondissement)`;
    case 'unknown_commune':
      return `aucune commune ni aucun arrondissement actuel n'a le code ${v.code}`;
    default:
      return `${what} : ${v.message}`;
  }
}

/**
 * A refusal in French, naming the commune or part and the CPTS that holds it: « Refusé : la
 * commune Marseille 2e Arrondissement (13202) appartient déjà à la CPTS Marseille 2&3. »
 */
export function violationMessage(v: Violation, name?: string): string {
  return `Refusé : ${violationText(v, name)}.`;
}

/** Why a row of a bulk import was refused, in French (the server's text only as a detail). */
export function importRowMessage(row: ImportRowError, name?: string): string {
  switch (row.rule) {
    case 'format':
      return `format invalide (${row.message})`;
    case 'required':
      return /no rows/.test(row.message) ? 'le fichier ne contient aucune ligne' : 'le nom de la CPTS ou le code INSEE manque';
    case 'max_length':
      return 'nom de CPTS trop long (200 caractères au plus)';
    case 'population_without_postcode':
      return 'une population ne se saisit que pour une partie de commune (avec son code postal)';
    case 'cpts_dissolved':
      return `${row.cpts_name} est dissoute : elle ne peut plus recevoir de communes`;
    default: {
      const holder = row.holder ? { id: '', name: row.holder } : null;
      const text = violationText({ rule: row.rule, code: row.code ?? '', postcode: row.postcode, holder, message: row.message }, name);
      return row.holder_line ? `${text} (ligne ${row.holder_line} du fichier)` : text;
    }
  }
}
