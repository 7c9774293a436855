// Browser tests of territories and coverage, on the demo (`maillage demo`): the coordinator adds
// an EPCI to her CPTS and sees its population and taille update, then tries a commune held by
// another CPTS and reads the refusal naming it; the coverage dashboard of a département.
// Expected figures are read from the API (the referential), never typed.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet as api, launchBrowser, normalizeSpaces, signedInPage as signIn, startServer } from './harness.mjs';

const ADMIN = { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin', name: 'Agnès Durand' };
const COORDINATOR = { email: 'coordination@demo.maillage.test', password: 'maillage-demo-coordination', name: 'Claire Martin' };
const VIEUX_PORT = 'CPTS Démo du Vieux-Port';
const HOLDER = 'CPTS Marseille 2&3';

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

// A refused addition answers 409, a refused bulk import 409: those are expected.
const ALLOWED_HTTP_ERRORS = [
  { path: '/api/session', status: 401 },
  { pattern: /^\/api\/cpts\/[0-9a-f]+\/territory\/additions$/, status: 409 },
  { path: '/api/territory-imports', status: 409 },
];

function signedInPage(t, account) {
  return signIn(browser, server.baseUrl, t, account, { allowHttpErrors: ALLOWED_HTTP_ERRORS });
}

/** "1 234 567" (any spaces) → 1234567. */
function integerIn(text) {
  return Number.parseInt(normalizeSpaces(text).replace(/\D/g, ''), 10);
}

function tailleOf(population, t) {
  if (population >= t.taille4) return 4;
  if (population >= t.taille3) return 3;
  if (population >= t.taille2) return 2;
  return 1;
}

test('a coordinator adds an EPCI, sees population and taille update, and is refused a commune of another CPTS', async (t) => {
  const { page, problems } = await signedInPage(t, COORDINATOR);

  // What the referential says: the EPCI of Châteaurenard (13027) and its members' populations.
  const commune = await api(page, '/api/communes/13027');
  const epci = await api(page, `/api/epci/${commune.epci.siren}`);
  const epciPopulation = epci.members.reduce((sum, m) => sum + (m.population ?? 0), 0);
  const thresholds = await api(page, '/api/settings/taille');

  await page.getByRole('banner').getByRole('link', { name: 'CPTS', exact: true }).click();
  await page.getByRole('link', { name: VIEUX_PORT }).click();
  const population = page.getByTestId('territory-population');
  await population.waitFor();
  const before = integerIn(await population.innerText());
  assert.ok(before > 0, 'the demo gives the Vieux-Port two arrondissements');
  assert.equal(integerIn(await page.getByTestId('territory-taille').innerText()), tailleOf(before, thresholds));

  await page.getByLabel('Ajouter un EPCI (intercommunalité)').fill('Terre de Provence');
  await page.getByRole('button', { name: `Ajouter l'EPCI ${epci.name}` }).click();
  await page.getByTestId('territory-message').filter({ hasText: `${epci.members.length} éléments ajoutés` }).waitFor();
  const expected = before + epciPopulation;
  await page.waitForFunction(
    ([n]) => document.querySelector('[data-testid="territory-population"]').innerText.replace(/\D/g, '') === String(n),
    [expected],
  );
  assert.equal(integerIn(await page.getByTestId('territory-taille').innerText()), tailleOf(expected, thresholds));
  assert.equal(await page.getByTestId('territory-elements').getByRole('row').count(), 2 + epci.members.length + 1);

  // Marseille 2e arrondissement belongs to another CPTS: refused, naming it and its holder.
  const taken = await api(page, '/api/communes/13202');
  const search = page.getByRole('combobox', { name: 'Ajouter une commune' });
  await search.fill('13202');
  await page.locator('[role="option"][data-code="13202"]').click();
  await page.getByRole('button', { name: "Ajouter l'arrondissement" }).click();
  const refusal = page.getByTestId('territory-refusal');
  await refusal.filter({ hasText: HOLDER }).waitFor();
  assert.ok(
    normalizeSpaces(await refusal.innerText()).includes(`Refusé : la commune ${taken.name} (13202) appartient déjà à la ${HOLDER}`),
    await refusal.innerText(),
  );
  // Nothing changed.
  assert.equal(integerIn(await population.innerText()), expected);
  assert.deepEqual(problems, []);
});

test('the coverage dashboard shows a département with its zones blanches', async (t) => {
  const { page, problems } = await signedInPage(t, COORDINATOR);
  const coverage = await api(page, '/api/coverage?level=departement&code=13&limit=1');

  await page.getByRole('banner').getByRole('link', { name: 'Couverture' }).click();
  await page.getByTestId('coverage-nation').waitFor();
  await page.getByLabel('Région', { exact: true }).selectOption('93');
  await page.getByLabel('Département', { exact: true }).selectOption('13');
  const figures = page.getByTestId('coverage-departement');
  await figures.waitFor();
  assert.match(normalizeSpaces(await figures.innerText()), new RegExp(normalizeSpaces(new Intl.NumberFormat('fr-FR').format(coverage.population))));
  const rows = page.getByTestId('zones-blanches').getByRole('row');
  await rows.nth(1).waitFor();
  assert.match(normalizeSpaces(await rows.nth(1).innerText()), new RegExp(coverage.zones_blanches.items[0].code));
  await page.getByTestId('coverage-map').waitFor();
  assert.deepEqual(problems, []);
});

test('leaving a map just after it was drawn raises no error (late animation frames are ignored)', async (t) => {
  const { page, problems } = await signIn(browser, server.baseUrl, t, COORDINATOR);
  // Animation frames a second late: a map drawn, then replaced before its next frame, is the
  // race a busy machine sees when a région is followed quickly by a département.
  await page.addInitScript(() => {
    const late = new Map();
    let next = 1;
    window.requestAnimationFrame = (callback) => {
      const id = next++;
      late.set(id, setTimeout(() => callback(performance.now()), 1000));
      return id;
    };
    window.cancelAnimationFrame = (id) => clearTimeout(late.get(id));
  });
  await page.goto(`${server.baseUrl}/couverture`);
  await page.getByLabel('Région', { exact: true }).selectOption('93');
  await page.getByTestId('coverage-map').locator('xpath=..').getByText(HOLDER).waitFor();
  await page.getByLabel('Département', { exact: true }).selectOption('13');
  await page.getByTestId('coverage-map').locator('xpath=..').getByText(HOLDER).waitFor();
  await page.waitForTimeout(2500);
  assert.deepEqual(problems, []);
});

test('a bulk import of territories that takes a commune held by another CPTS is refused line by line', async (t) => {
  const { page, problems } = await signedInPage(t, ADMIN);
  await page.goto(`${server.baseUrl}/couverture`);
  const form = page.getByRole('form', { name: 'Importer des territoires' });
  // 13202 (Marseille 2e) belongs to CPTS Marseille 2&3 in the demo.
  await form.getByLabel('Fichier CSV des territoires').setInputFiles({
    name: 'territoires.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('cpts_name;insee_code\nCPTS Essai;13202\n', 'utf8'),
  });
  await form.getByRole('button', { name: 'Importer' }).click();
  const errors = page.getByTestId('import-errors');
  await errors.getByRole('row').nth(1).waitFor();
  assert.match(normalizeSpaces(await errors.innerText()), new RegExp(`2 .*CPTS Essai.*13202.*${HOLDER}`));
  assert.deepEqual(problems, []);
});
