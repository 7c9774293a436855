// Browser tests of the commune search and the commune page, against a real server.
// Run: MAILLAGE_FIXTURE_DB=/path/to/fixture.db node --test web/e2e/

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  highlightOption,
  launchBrowser,
  normalizeSpaces,
  searchCommune,
  startServer,
  watchPageErrors,
} from './harness.mjs';

const MARSEILLE_3 = '13203';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh page; the test fails if the page logged an error (CSP violations included). */
async function openPage(t, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = watchPageErrors(page);
  t.after(async () => {
    await context.close();
  });
  await page.goto(server.baseUrl + path);
  return { page, problems };
}

async function apiJson(path) {
  const response = await fetch(server.baseUrl + path);
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

test('search with the keyboard, open Marseille 3e and see its population and map', async (t) => {
  const expected = await apiJson(`/api/communes/${MARSEILLE_3}`);
  const { page, problems } = await openPage(t, '/');

  const input = page.getByRole('combobox', { name: 'Rechercher une commune' });
  assert.equal(await input.evaluate((el) => el === document.activeElement), true, 'search box has the focus');

  await searchCommune(page, 'marseille 3');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  const listboxId = await input.getAttribute('aria-controls');
  assert.equal(await page.locator(`[id="${listboxId}"]`).getAttribute('role'), 'listbox');

  // Escape closes the listbox; ArrowDown reopens it.
  await input.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('listbox').isVisible(), false);

  const option = await highlightOption(page, input, MARSEILLE_3);
  assert.match(normalizeSpaces(await option.innerText()), /Marseille 3e Arrondissement/);
  await input.press('Enter');

  await page.waitForURL(`**/communes/${MARSEILLE_3}`);
  const name = page.getByTestId('commune-name');
  await name.waitFor();
  assert.equal(normalizeSpaces(await name.innerText()), expected.name);

  const population = new Intl.NumberFormat('fr-FR').format(expected.population);
  const shown = normalizeSpaces(await page.getByTestId('commune-population').innerText());
  assert.equal(shown, normalizeSpaces(`${population} habitants`));

  const marker = page.locator('.leaflet-marker-icon.commune-marker');
  await marker.waitFor({ state: 'visible' });
  assert.equal(await page.locator('.leaflet-control-scale').isVisible(), true, 'scale control shown');

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('the commune page credits GeoNames, INSEE and La Poste', async (t) => {
  const { page, problems } = await openPage(t, `/communes/${MARSEILLE_3}`);
  await page.getByTestId('commune-name').waitFor();

  const footer = page.getByTestId('data-attribution');
  assert.equal(await footer.isVisible(), true);
  const credits = normalizeSpaces(await footer.innerText());
  assert.match(credits, /GeoNames \(CC BY 4\.0\)/);
  assert.match(credits, /INSEE/);
  assert.match(credits, /La Poste/);

  const mapCredits = page.locator('.leaflet-control-attribution');
  await mapCredits.waitFor({ state: 'visible' });
  assert.match(await mapCredits.innerText(), /GeoNames/);

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('an unknown commune code shows a French error message', async (t) => {
  const { page } = await openPage(t, '/communes/00000');
  const view = page.getByTestId('error-view');
  await view.waitFor({ state: 'visible' });
  const heading = normalizeSpaces(await view.getByRole('heading', { level: 1 }).innerText());
  assert.equal(heading, 'Commune introuvable');
  assert.match(normalizeSpaces(await view.innerText()), /erreur 404/i);
  assert.equal(await view.getByRole('link', { name: "Retour à l'accueil" }).isVisible(), true);
});

test('search with the mouse, then follow links between a PLM commune and its arrondissements', async (t) => {
  const { page, problems } = await openPage(t, '/');
  await searchCommune(page, 'lyon');
  await page.locator('[role="option"][data-code="69123"]').click();

  await page.waitForURL('**/communes/69123');
  await page.getByTestId('commune-name').waitFor();
  const first = page.getByRole('link', { name: 'Lyon 1er Arrondissement' });
  await first.click();

  await page.waitForURL('**/communes/69381');
  assert.equal(normalizeSpaces(await page.getByTestId('commune-name').innerText()), 'Lyon 1er Arrondissement');
  await page.getByRole('navigation', { name: "Fil d'Ariane" }).getByRole('link', { name: 'Lyon' }).click();
  await page.waitForURL('**/communes/69123');

  await page.goBack();
  await page.waitForURL('**/communes/69381');
  await page.getByTestId('commune-name').filter({ hasText: 'Lyon 1er Arrondissement' }).waitFor();

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('a search without match says so', async (t) => {
  const { page } = await openPage(t, '/');
  await searchCommune(page, 'qqzzxxww');
  const empty = page.getByTestId('search-empty');
  await empty.waitFor({ state: 'visible' });
  assert.equal(normalizeSpaces(await empty.innerText()), 'Aucune commune trouvée');
  assert.equal(await page.getByRole('combobox').getAttribute('aria-expanded'), 'false');
});

test('a slow answer to an older query never replaces the newer results', async (t) => {
  const { page } = await openPage(t, '/');
  // Hold the answer to "paris" until well after the answer to "lyon" is shown.
  await page.route(
    (url) => url.pathname === '/api/communes',
    async (route) => {
      if (new URL(route.request().url()).searchParams.get('q') === 'paris') {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
      }
      await route.continue().catch(() => {}); // the page may have aborted it meanwhile
    },
  );
  const input = page.getByRole('combobox', { name: 'Rechercher une commune' });
  const parisRequest = page.waitForRequest((request) => request.url().includes('q=paris'));
  await input.fill('paris');
  await parisRequest;
  await input.fill('lyon');
  await page.locator('[role="option"][data-code="69123"]').waitFor();
  await page.waitForTimeout(2_000);
  assert.equal(await page.locator('[role="option"][data-code="69123"]').count(), 1);
  assert.equal(await page.locator('[role="option"][data-code="75056"]').count(), 0);
});

test('the commune page explains a malformed INSEE code in French', async (t) => {
  const { page } = await openPage(t, '/communes/abc');
  const view = page.getByTestId('error-view');
  await view.waitFor({ state: 'visible' });
  const heading = normalizeSpaces(await view.getByRole('heading', { level: 1 }).innerText());
  assert.equal(heading, 'Code INSEE invalide');
});
