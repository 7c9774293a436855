// Writes a small RPPS/ADELI extraction in the official layout (the 52 columns of
// PS_LibreAcces_Personne_activite, `|`-separated with a trailing `|`, see ../shared/brief/FORMATS.md
// and tests/support/rpps_file.cpp), for browser tests that need directory data.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './harness.mjs';

/** The 52 columns, in the official order. */
export const RPPS_HEADER = [
  "Type d'identifiant PP", 'Identifiant PP', 'Identification nationale PP', "Code civilité d'exercice",
  "Libellé civilité d'exercice", 'Code civilité', 'Libellé civilité', "Nom d'exercice", "Prénom d'exercice",
  'Code profession', 'Libellé profession', 'Code catégorie professionnelle', 'Libellé catégorie professionnelle',
  'Code type savoir-faire', 'Libellé type savoir-faire', 'Code savoir-faire', 'Libellé savoir-faire',
  'Code mode exercice', 'Libellé mode exercice', 'Numéro SIRET site', 'Numéro SIREN site', 'Numéro FINESS site',
  'Numéro FINESS établissement juridique', 'Identifiant technique de la structure', 'Raison sociale site',
  'Enseigne commerciale site', 'Complément destinataire (coord. structure)',
  'Complément point géographique (coord. structure)', 'Numéro Voie (coord. structure)',
  'Indice répétition voie (coord. structure)', 'Code type de voie (coord. structure)',
  'Libellé type de voie (coord. structure)', 'Libellé Voie (coord. structure)',
  'Mention distribution (coord. structure)', 'Bureau cedex (coord. structure)', 'Code postal (coord. structure)',
  'Code commune (coord. structure)', 'Libellé commune (coord. structure)', 'Code pays (coord. structure)',
  'Libellé pays (coord. structure)', 'Téléphone (coord. structure)', 'Téléphone 2 (coord. structure)',
  'Télécopie (coord. structure)', 'Adresse e-mail (coord. structure)', 'Code Département (structure)',
  'Libellé Département (structure)', 'Ancien identifiant de la structure', "Autorité d'enregistrement",
  "Code secteur d'activité", "Libellé secteur d'activité", 'Code section tableau pharmaciens',
  'Libellé section tableau pharmaciens',
];

const PROFESSIONS = {
  10: 'Médecin',
  70: 'Masseur-Kinésithérapeute',
};

/**
 * One activity line of a liberal professional practising at a cabinet.
 * @param {{ rpps: string, lastName: string, firstName: string, profession: 10 | 70, site: string,
 *   street: string, postcode: string, commune: string, communeName: string, phone: string }} p
 */
export function rppsActivity(p) {
  return {
    "Type d'identifiant PP": '8',
    'Identifiant PP': p.rpps,
    'Identification nationale PP': `8${p.rpps}`,
    "Libellé civilité d'exercice": p.profession === 10 ? 'Docteur' : '',
    "Nom d'exercice": p.lastName,
    "Prénom d'exercice": p.firstName,
    'Code profession': String(p.profession),
    'Libellé profession': PROFESSIONS[p.profession],
    'Code catégorie professionnelle': 'C',
    'Libellé catégorie professionnelle': 'Civil',
    'Code mode exercice': 'L',
    'Libellé mode exercice': 'Libéral',
    'Identifiant technique de la structure': p.site,
    'Raison sociale site': `Cabinet ${p.lastName}`,
    'Numéro Voie (coord. structure)': '12',
    'Libellé type de voie (coord. structure)': 'Rue',
    'Libellé Voie (coord. structure)': p.street,
    'Code postal (coord. structure)': p.postcode,
    'Code commune (coord. structure)': p.commune,
    'Libellé commune (coord. structure)': p.communeName,
    'Code pays (coord. structure)': '99000',
    'Libellé pays (coord. structure)': 'France',
    'Téléphone (coord. structure)': p.phone,
    'Code Département (structure)': p.commune.slice(0, 2),
    "Autorité d'enregistrement": 'CNOMK',
  };
}

/** Writes the extraction (UTF-8, a header row, every line ending with `|`). */
export async function writeRppsFile(path, rows) {
  const line = (valueOf) => `${RPPS_HEADER.map(valueOf).join('|')}|\n`;
  const text = line((column) => column) + rows.map((row) => line((column) => row[column] ?? '')).join('');
  await writeFile(path, text, 'utf8');
  return path;
}

/**
 * Starts a demo server (`maillage demo`, `serve --demo`) whose directory holds `rows`, imported
 * from an extraction written to a temporary folder (removed once imported).
 * @returns {ReturnType<typeof startServer>}
 */
export async function startServerWithRpps(rows) {
  const dir = await mkdtemp(join(tmpdir(), 'maillage-e2e-rpps-'));
  try {
    const file = await writeRppsFile(join(dir, 'PS_LibreAcces_Personne_activite.txt'), rows);
    return await startServer({ demo: true, args: ['--demo'], before: [['import', 'rpps', file]] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
