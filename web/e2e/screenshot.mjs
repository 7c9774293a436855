// Takes the README screenshots: the search with its autocomplete open, the commune page of
// Marseille 3e Arrondissement, the login page, the administration page, the audit log, the CPTS
// list, a CPTS's territory, the territory editor refusing a commune of another CPTS and the
// coverage dashboard (the server runs on the demo for the last ones). Not a test.
// Run: MAILLAGE_FIXTURE_DB=/path/to/fixture.db node web/e2e/screenshot.mjs

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { highlightOption, launchBrowser, repoRoot, searchCommune, startServer } from './harness.mjs';

const OUT_DIR = join(repoRoot, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const ADMIN = { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin' };
const MEMBER = { email: 'membre@demo.maillage.test', password: 'maillage-demo-membre' };

async function submitLogin(page, { email, password }) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Some activity to show: an API token, and audit entries of every outcome (a failed sign-in, a
 * member asking for the user list).
 */
async function recordVariedActivity(browser, baseUrl) {
  const admin = await browser.newContext({ baseURL: baseUrl });
  const session = await admin.request.post('/api/session', { data: ADMIN });
  const { csrf_token: csrfToken } = await session.json();
  const { items: cpts } = await (await admin.request.get('/api/cpts')).json();
  const vieuxPort = cpts.find((item) => item.name.includes('Vieux-Port'));
  const token = await admin.request.post('/api/tokens', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { name: 'Annuaire — logiciel de la MSP du Port', role: 'partner', cpts_id: vieuxPort.id, expires_in_days: 180 },
  });
  if (token.status() !== 201) throw new Error(`POST /api/tokens answered ${token.status()}`);
  await admin.close();

  const context = await browser.newContext({ baseURL: baseUrl });
  const failed = await context.request.post('/api/session', {
    data: { email: MEMBER.email, password: 'mot-de-passe-erroné' },
  });
  if (failed.status() !== 401) throw new Error(`failed sign-in answered ${failed.status()}`);
  const signedIn = await context.request.post('/api/session', { data: MEMBER });
  if (!signedIn.ok()) throw new Error(`member sign-in answered ${signedIn.status()}`);
  const denied = await context.request.get('/api/users');
  if (denied.status() !== 403) throw new Error(`GET /api/users as a member answered ${denied.status()}`);
  await context.close();
}

const server = await startServer({ demo: true, args: ['--demo'] });
let browser;
try {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await mkdir(OUT_DIR, { recursive: true });

  await page.goto(`${server.baseUrl}/`);
  await page.mouse.move(0, 0); // keep the pointer away from the options
  // A broad query first, to show a full list of suggestions with one highlighted.
  let input = await searchCommune(page, 'marseille');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await page.screenshot({ path: join(OUT_DIR, 'search.png') });

  input = await searchCommune(page, 'marseille 3');
  await highlightOption(page, input, '13203');
  await input.press('Enter');
  await page.waitForURL('**/communes/13203');
  await page.locator('.leaflet-marker-icon.commune-marker').waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle'); // tiles, when a tile layer is configured
  await page.screenshot({ path: join(OUT_DIR, 'commune.png') });

  // Login page, the form filled in.
  await page.goto(`${server.baseUrl}/connexion?retour=%2Fadministration`);
  await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
  await page.getByLabel('Mot de passe').fill(ADMIN.password);
  await page.screenshot({ path: join(OUT_DIR, 'login.png') });

  // Administration, right after creating an account: the one-time password is on screen.
  await recordVariedActivity(browser, server.baseUrl);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/administration');
  await page.getByTestId('user-row').first().waitFor();
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const form = page.getByTestId('user-create-form');
  await form.getByLabel('Adresse e-mail').fill('julie.bernard@msp-vieux-port.fr');
  await form.getByLabel('Nom affiché').fill('Dr Julie Bernard');
  await form.getByRole('button', { name: 'Créer le compte' }).click();
  await page.getByTestId('one-time-secret').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT_DIR, 'administration.png'), fullPage: true });

  // The audit log, as the administrator: every outcome is represented.
  await page.getByRole('banner').getByRole('link', { name: "Journal d'audit" }).click();
  await page.getByTestId('audit-table').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT_DIR, 'audit.png'), fullPage: true });

  // The CPTS list, the page of CPTS de Puisaye-Forterre (territory, map), the editor of the
  // Vieux-Port refusing Marseille 2e Arrondissement, and the coverage dashboard.
  await page.getByRole('banner').getByRole('link', { name: 'CPTS', exact: true }).click();
  await page.getByTestId('cpts-table').waitFor();
  await page.screenshot({ path: join(OUT_DIR, 'cpts-list.png') });
  await page.getByRole('link', { name: 'CPTS de Puisaye-Forterre' }).click();
  await page.getByTestId('territory-map').locator('.leaflet-interactive, canvas').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT_DIR, 'cpts-territory.png') });
  await page.getByRole('banner').getByRole('link', { name: 'CPTS', exact: true }).click();
  await page.getByRole('link', { name: 'CPTS Démo du Vieux-Port' }).click();
  const addCommune = page.getByRole('combobox', { name: 'Ajouter une commune' });
  await addCommune.fill('13202');
  await page.locator('[role="option"][data-code="13202"]').click();
  await page.getByRole('button', { name: "Ajouter l'arrondissement" }).click();
  await page.getByTestId('territory-refusal').filter({ hasText: 'Refusé' }).waitFor();
  await page.mouse.move(0, 0);
  await page.locator('section[aria-labelledby="editor-title"]').screenshot({ path: join(OUT_DIR, 'territory-editor.png') });
  await page.getByRole('banner').getByRole('link', { name: 'Couverture' }).click();
  await page.getByTestId('coverage-nation').waitFor();
  await page.getByLabel('Région', { exact: true }).selectOption('93');
  await page.getByLabel('Département', { exact: true }).selectOption('13');
  await page.getByTestId('coverage-map').locator('.leaflet-interactive, canvas').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByTestId('zones-blanches').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT_DIR, 'coverage.png'), fullPage: true });

  console.log(`Screenshots written to ${OUT_DIR}`);
} finally {
  await browser?.close();
  await server.stop();
}
