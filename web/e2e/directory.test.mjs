// Browser tests of the directory and the memberships, on the demo with a small RPPS extraction
// imported through the real importer (`maillage import rpps`): kinés in and around Marseille 2e
// and a GP. The coordinator of CPTS Marseille 2&3 adds a college, searches « kiné » near
// Marseille 2e Arrondissement, sees the results sorted by distance and on the map, opens one and
// registers them as a member; the memberships page lists them. A member (not coordinator) is
// offered no registration.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet as api, launchBrowser, normalizeSpaces, signedInPage as signIn, startServer } from './harness.mjs';
import { rppsActivity, startServerWithRpps } from './rpps-file.mjs';

const COORDINATOR = { email: 'coordination@demo.maillage.test', password: 'maillage-demo-coordination', name: 'Claire Martin' };
const MEMBER = { email: 'membre@demo.maillage.test', password: 'maillage-demo-membre', name: 'Marc Petit' };
const CPTS = 'CPTS Marseille 2&3';
const COLLEGE = 'Rééducation';

const KINE = 70;
const GP = 10;
const marseille = (arrondissement) => ({ postcode: `130${String(arrondissement).padStart(2, '0')}`, commune: `132${String(arrondissement).padStart(2, '0')}`, communeName: 'Marseille' });
// Distances from Marseille 2e: 3e ≈ 0.8 km, 1er ≈ 1.1 km, 7e ≈ 2.5 km; Aix-en-Provence ≈ 25 km.
const PEOPLE = [
  { rpps: '10000000101', lastName: 'ARNAUD', firstName: 'Camille', profession: KINE, street: 'de la République', ...marseille(2) },
  { rpps: '10000000102', lastName: 'BONNET', firstName: 'Julien', profession: KINE, street: 'Félix Pyat', ...marseille(3) },
  { rpps: '10000000103', lastName: 'CASTEL', firstName: 'Sophie', profession: KINE, street: 'de Rome', ...marseille(1) },
  { rpps: '10000000104', lastName: 'DURAND', firstName: 'Louis', profession: KINE, street: 'du Vallon des Auffes', ...marseille(7) },
  { rpps: '10000000105', lastName: 'FABRE', firstName: 'Emma', profession: KINE, street: 'Mignet', postcode: '13100', commune: '13001', communeName: 'Aix-en-Provence' },
  { rpps: '10000000106', lastName: 'GIRARD', firstName: 'Paul', profession: GP, street: 'de la République', ...marseille(2) },
].map((p, i) => rppsActivity({ ...p, site: `E2E-SITE-${i + 1}`, phone: `049100000${i + 1}` }));
const NEAR_KINES = ['ARNAUD', 'BONNET', 'CASTEL', 'DURAND'];
const REGISTERED = { id: '810000000102', name: 'Julien BONNET' };

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServerWithRpps(PEOPLE);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Registering someone twice is refused with a 409: that one is expected.
const ALLOWED_HTTP_ERRORS = [
  { path: '/api/session', status: 401 },
  { pattern: /^\/api\/cpts\/[0-9a-f]+\/memberships$/, status: 409 },
];

function signedInPage(t, account) {
  return signIn(browser, server.baseUrl, t, account, { allowHttpErrors: ALLOWED_HTTP_ERRORS });
}

test('a coordinator searches « kiné » near a commune, opens a result and registers them as a member', async (t) => {
  const { page, problems } = await signedInPage(t, COORDINATOR);

  // The CPTS's association gets a college, from its memberships page.
  await page.getByRole('banner').getByRole('link', { name: 'CPTS', exact: true }).click();
  await page.getByRole('link', { name: CPTS }).click();
  await page.getByRole('link', { name: /^Adhésions/ }).click();
  await page.waitForURL(/\/cpts\/[0-9a-f]+\/adhesions$/);
  const colleges = page.getByTestId('colleges');
  await colleges.getByLabel('Nouveau collège').fill(COLLEGE);
  await colleges.getByRole('button', { name: 'Ajouter le collège' }).click();
  await colleges.getByTestId('college-row').filter({ hasText: COLLEGE }).waitFor();

  // The search: « kiné », near Marseille 2e Arrondissement, within 10 km.
  await page.getByRole('banner').getByRole('link', { name: 'Annuaire' }).click();
  await page.waitForURL('**/annuaire');
  const form = page.getByTestId('directory-form');
  await form.getByLabel('Mots').fill('kiné');
  const near = form.getByRole('combobox', { name: 'Près de' });
  await near.pressSequentially('Marseille 2', { delay: 25 });
  await page.locator('[role="option"][data-code="13202"]').click();
  await form.getByTestId('directory-near').filter({ hasText: 'Marseille 2e Arrondissement' }).waitFor();
  await form.getByLabel('Rayon').selectOption('10');
  await form.getByRole('button', { name: 'Rechercher' }).click();
  await page.waitForURL(/\/annuaire\?.*pres=13202/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('q'), 'kiné');
  assert.equal(url.searchParams.get('rayon'), '10');

  // Kinés within 10 km only (not the GP, not Aix-en-Provence), nearest first, all on the map.
  const results = page.getByTestId('directory-result');
  await page.getByTestId('directory-count').filter({ hasText: `${NEAR_KINES.length} professionnels trouvés` }).waitFor();
  const names = await results.locator('.result-card__title').allInnerTexts();
  assert.deepEqual(names.map((n) => n.split(' ').pop()).sort(), [...NEAR_KINES].sort(), 'the four kinés near Marseille 2e');
  const distances = (await results.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-distance')))).map(Number);
  assert.deepEqual(distances, [...distances].sort((a, b) => a - b), `sorted by distance: ${distances}`);
  assert.equal(names[0], 'Camille ARNAUD', 'the kiné of Marseille 2e itself comes first');
  assert.ok(distances.at(-1) > 0 && distances.at(-1) <= 10);
  for (const text of await results.allInnerTexts()) assert.match(text, /Masseur-Kinésithérapeute/);
  await page.locator(`[data-testid="directory-map"][data-drawn="${NEAR_KINES.length}"]`).waitFor();

  // One result: their page, then the registration in CPTS Marseille 2&3 with the college.
  await results.getByRole('link', { name: REGISTERED.name }).click();
  await page.getByRole('heading', { level: 1, name: REGISTERED.name }).waitFor();
  assert.match(page.url(), new RegExp(`/annuaire/professionnels/${REGISTERED.id}$`));
  const register = page.getByTestId('register-member');
  await register.getByRole('button', { name: 'Inscrire comme adhérent' }).click();
  await register.getByLabel('CPTS').selectOption({ label: CPTS });
  await register.getByLabel('Collège').locator('option', { hasText: COLLEGE }).waitFor({ state: 'attached' });
  await register.getByLabel('Collège').selectOption({ label: COLLEGE });
  await register.getByLabel('Statut').selectOption('active');
  await register.getByRole('button', { name: "Enregistrer l'adhésion" }).click();
  const outcome = register.getByTestId('register-outcome');
  await outcome.filter({ hasText: `Adhésion enregistrée à ${CPTS}` }).waitFor();
  assert.match(normalizeSpaces(await outcome.innerText()), new RegExp(`active depuis le .*collège « ${COLLEGE} »`));
  await page.getByTestId('membership-badges').filter({ hasText: `${CPTS} : adhérent` }).waitFor();

  // The membership list of the CPTS shows them, active, in the college.
  await outcome.getByRole('link', { name: `Voir les adhésions de ${CPTS}` }).click();
  const row = page.locator(`[data-testid="member-row"][data-member="${REGISTERED.id}"]`);
  await row.waitFor();
  const cells = normalizeSpaces(await row.innerText());
  for (const expected of [REGISTERED.name, 'Masseur-Kinésithérapeute', 'Marseille 3e Arrondissement', COLLEGE, 'Active']) {
    assert.ok(cells.includes(expected), `${expected} in « ${cells} »`);
  }
  // The rate per profession counts them among the kinés of the territory (2e and 3e).
  const cptsId = /\/cpts\/([0-9a-f]+)\/adhesions$/.exec(page.url())[1];
  const rate = await api(page, `/api/cpts/${cptsId}/membership-rate`);
  const kines = rate.professions.find((p) => p.code === String(KINE));
  assert.equal(kines.members, 1);
  assert.equal(kines.professionals, 2, 'ARNAUD (2e) and BONNET (3e) practise in the territory');
  const rateRow = page.getByTestId('rate-table').locator('tbody tr', { hasText: 'Masseur-Kinésithérapeute' });
  assert.match(normalizeSpaces(await rateRow.innerText()), /2 1 50,0 %/);

  // Back on their page, the membership is shown, and a second registration in the same CPTS
  // is refused, in French.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: REGISTERED.name }).waitFor();
  await page.getByTestId('membership-badges').filter({ hasText: `${CPTS} : adhérent` }).waitFor();
  await register.getByRole('button', { name: 'Inscrire comme adhérent' }).click();
  await register.getByLabel('CPTS').selectOption({ label: CPTS });
  await register.getByRole('button', { name: "Enregistrer l'adhésion" }).click();
  await register.getByTestId('register-error').filter({ hasText: 'Déjà adhérent de cette CPTS' }).waitFor();
  await register.getByRole('button', { name: 'Annuler' }).click();

  // The search is in the URL: the back button returns to it, results included.
  await page.goBack();
  await page.getByTestId('directory-count').filter({ hasText: `${NEAR_KINES.length} professionnels trouvés` }).waitFor();
  assert.equal(await page.getByTestId('directory-form').getByLabel('Mots').inputValue(), 'kiné');
  await page.getByTestId('directory-result').filter({ hasText: REGISTERED.name }).getByTestId('membership-badges').waitFor();

  assert.deepEqual(problems, []);
});

test('a member (not coordinator) searches the directory but is offered no registration', async (t) => {
  const { page, problems } = await signedInPage(t, MEMBER);
  await page.getByRole('banner').getByRole('link', { name: 'Annuaire' }).click();
  const form = page.getByTestId('directory-form');
  await form.getByLabel('Mots').fill('arnaud');
  await form.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByTestId('directory-result').getByRole('link', { name: 'Camille ARNAUD' }).click();
  await page.getByRole('heading', { level: 1, name: 'Camille ARNAUD' }).waitFor();
  await page.getByTestId('practice-site').filter({ hasText: '13002 Marseille' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Inscrire comme adhérent' }).count(), 0);
  assert.equal(await page.getByTestId('register-member').count(), 0);
  assert.deepEqual(problems, []);
});
