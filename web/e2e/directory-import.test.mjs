// Browser test of the directory imports in Administration: an administrator sends a FINESS file
// (etalab layout, Latin-1, one malformed line), sees the import's report with the rejected line
// named, and the import in the list of past imports.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, normalizeSpaces, signedInPage, startServer } from './harness.mjs';

const ADMIN = { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin', name: 'Agnès Durand' };

// Latin-1 bytes, as the extraction is published.
const FINESS = Buffer.from(
  [
    'finess;etalab;111;2026-05-12',
    'structureet;130786049;130043664;HOPITAL EUROPEEN;Hôpital Européen;;;6;R;DESIREE CLARY;;;055;13;BOUCHES-DU-RHONE;13003 MARSEILLE;0413427000;;365;Établissement de Soins Pluridisciplinaire;;;;;;;;;;;;',
    'structureet;130000001;130000002;MSP DU PANIER;;;;1;PL;DE LENCHE;;;055;13;BOUCHES-DU-RHONE;13002 MARSEILLE;;;603;Maison de santé (L.6223-3);;;;;;;;;;;;',
    'structureet;130000003;TRONQUEE',
    'geolocalisation;130786049;893400.0;6248100.0;1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93;2026-05-04',
    '',
  ].join('\n'),
  'latin1',
);

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer({ demo: true, args: ['--demo'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an administrator imports a FINESS file and reads its report', async (t) => {
  const { page, problems } = await signedInPage(browser, server.baseUrl, t, ADMIN);
  await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
  const section = page.getByTestId('directory-import-section');
  await section.getByRole('heading', { name: 'Annuaire : imports RPPS et FINESS' }).waitFor();
  await section.getByLabel('Source', { exact: true }).selectOption('finess');
  await section.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'etalab_cs1100507_13.csv', mimeType: 'text/csv', buffer: FINESS });
  await section.getByRole('button', { name: 'Importer' }).click();

  const report = section.getByTestId('directory-import-report');
  await report.getByTestId('import-counts').waitFor();
  const counts = normalizeSpaces(await report.getByTestId('import-counts').innerText());
  assert.match(counts, /structures créées 2/i);
  assert.match(counts, /lignes rejetées 1/i);
  assert.match(normalizeSpaces(await report.innerText()), /encodage latin-1/);
  const rejected = normalizeSpaces(await report.getByTestId('import-rejections').innerText());
  assert.match(rejected, /^Lignes rejetées Ligne Motif 4 a structureet record has at least 20 fields/i);

  const past = section.getByTestId('past-imports');
  await past.getByRole('cell', { name: 'etalab_cs1100507_13.csv' }).waitFor();
  assert.match(normalizeSpaces(await past.innerText()), /FINESS etalab_cs1100507_13\.csv 4 2 0 0 1 Agnès Durand/i);
  assert.deepEqual(problems, []);
});
