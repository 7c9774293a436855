// Takes the README screenshots: the search with its autocomplete open, the commune page of
// Marseille 3e Arrondissement, the login page, the administration page, the audit log, the CPTS
// list, a CPTS's territory, the territory editor refusing a commune of another CPTS, the
// coverage dashboard, the directory search, a CPTS's memberships and its médecin-traitant queue
// (the server runs on the demo, with the synthetic directory of `maillage generate directory`
// imported). Not a test.
// Run: MAILLAGE_FIXTURE_DB=/path/to/fixture.db node web/e2e/screenshot.mjs

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { highlightOption, launchBrowser, repoRoot, searchCommune, startServer } from './harness.mjs';

const OUT_DIR = join(repoRoot, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const ADMIN = { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin' };
const MEMBER = { email: 'membre@demo.maillage.test', password: 'maillage-demo-membre' };
const COORDINATOR = { email: 'coordination@demo.maillage.test', password: 'maillage-demo-coordination' };

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

/**
 * Memberships of CPTS Marseille 2&3 to show, recorded by its coordinator through the API: three
 * colleges, members found in the directory (active with a fee paid or due, a pending request, a
 * suspension). Returns the CPTS's id.
 */
async function recordMemberships(browser, baseUrl) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const session = await context.request.post('/api/session', { data: COORDINATOR });
  const headers = { 'X-CSRF-Token': (await session.json()).csrf_token };
  const { items: cpts } = await (await context.request.get('/api/cpts')).json();
  const id = cpts.find((item) => item.name === 'CPTS Marseille 2&3').id;
  const send = async (method, path, data) => {
    const response = await context.request.fetch(`/api/cpts/${id}${path}`, { method, headers, data });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}`);
    return response.json();
  };
  const colleges = {};
  for (const name of ['Médecins', 'Paramédicaux', 'Pharmaciens']) colleges[name] = (await send('POST', '/colleges', { name })).id;
  const find = async (profession, count) =>
    (await (await context.request.get(`/api/directory?cpts=${id}&profession=${profession}&limit=${count}`)).json()).items;
  const year = new Date().getFullYear();
  const register = (p, college, status) =>
    send('POST', '/memberships', { member_kind: 'professional', member_id: p.national_id, college_id: colleges[college], status, on: `${year}-01-15` });
  // The first rows of the list: fees paid or due, pending requests, a suspension.
  const shown = [
    ...(await find(10, 2)).map((p, i) => ({ p, college: 'Médecins', status: 'active', fee: 5000, paid: i === 0 })),
    ...(await find(70, 3)).map((p, i) => ({ p, college: 'Paramédicaux', status: i === 2 ? 'demande' : 'active', fee: 3000, paid: i === 0 })),
    ...(await find(21, 1)).map((p) => ({ p, college: 'Pharmaciens', status: 'active', fee: 5000, paid: false, suspend: true })),
  ];
  for (const { p, college, status, fee, paid, suspend } of shown) {
    const m = await register(p, college, status);
    if (status === 'active') await send('PUT', `/memberships/${m.id}/fees/${year}`, { amount_cents: fee, paid_on: paid ? `${year}-02-01` : null });
    if (suspend) await send('POST', `/memberships/${m.id}/status`, { status: 'suspendue', on: `${year}-03-01`, note: 'Cessation temporaire' });
  }
  // Enough active members for a membership rate: a share of each profession of the territory.
  const shares = [[10, 'Médecins', 0.45], [70, 'Paramédicaux', 0.6], [60, 'Paramédicaux', 0.3], [21, 'Pharmaciens', 0.7], [50, 'Paramédicaux', 0.5], [91, 'Paramédicaux', 0.25]];
  const taken = new Set(shown.map(({ p }) => p.national_id));
  for (const [profession, college, share] of shares) {
    const { total } = await (await context.request.get(`/api/directory?cpts=${id}&profession=${profession}&limit=1`)).json();
    for (const p of await find(profession, Math.min(100, Math.round(total * share)))) {
      if (!taken.has(p.national_id)) await register(p, college, 'active');
    }
  }
  await context.close();
  return id;
}

// The demo's synthetic directory, generated for the demo territories and loaded through the
// importers, as scripts/run does.
const directoryDir = await mkdtemp(join(tmpdir(), 'maillage-screenshots-'));
const server = await startServer({
  demo: true,
  args: ['--demo'],
  before: [
    ['generate', 'directory', '--out', directoryDir, '--cpts-territories'],
    ['import', 'rpps', join(directoryDir, 'rpps.txt')],
    ['import', 'finess', join(directoryDir, 'finess.csv')],
    ['demo'], // again, with the directory: the médecin-traitant census and patients
  ],
});
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

  // The directory: kinés near Marseille 2e Arrondissement, listed and on the map; then the
  // memberships of CPTS Marseille 2&3, as its coordinator (fees included).
  const cptsId = await recordMemberships(browser, server.baseUrl);
  const coordinator = await browser.newContext({ viewport: { width: 1280, height: 1400 }, locale: 'fr-FR', deviceScaleFactor: 1 });
  const coordinatorPage = await coordinator.newPage();
  await coordinatorPage.goto(`${server.baseUrl}/connexion`);
  await submitLogin(coordinatorPage, COORDINATOR);
  await coordinatorPage.getByTestId('current-user').waitFor();
  await coordinatorPage.goto(`${server.baseUrl}/annuaire?q=kin%C3%A9&pres=13202&rayon=5`);
  await coordinatorPage.locator('[data-testid="directory-map"][data-drawn]').waitFor();
  await coordinatorPage.waitForLoadState('networkidle');
  await coordinatorPage.mouse.move(0, 0);
  await coordinatorPage.screenshot({ path: join(OUT_DIR, 'annuaire.png') });
  await coordinatorPage.goto(`${server.baseUrl}/cpts/${cptsId}/adhesions`);
  await coordinatorPage.getByTestId('member-row').first().waitFor();
  // The fees due of the year, rather than every member.
  await coordinatorPage.getByLabel(/^Cotisation \d+ non payée$/).check();
  await coordinatorPage.getByRole('status').filter({ hasText: /^\d+ adhésions?$/ }).filter({ hasText: /^[1-9] / }).waitFor();
  await coordinatorPage.getByTestId('rate-chart').waitFor();
  await coordinatorPage.mouse.move(0, 0);
  await coordinatorPage.screenshot({ path: join(OUT_DIR, 'adhesions.png'), fullPage: true });

  // The médecin-traitant queue of CPTS Démo du Vieux-Port: the demo's patients with their priority
  // groups and steps, as its coordinator.
  const { items: cptsList } = await (await coordinatorPage.request.get(`${server.baseUrl}/api/cpts`)).json();
  const vieuxPort = cptsList.find((c) => c.name === 'CPTS Démo du Vieux-Port');
  await coordinatorPage.getByTestId('cpts-switcher').selectOption(vieuxPort.id);
  await coordinatorPage.getByRole('banner').getByRole('link', { name: 'Médecin traitant' }).click();
  await coordinatorPage.getByTestId('mt-queue-count').filter({ hasText: /demandes/ }).waitFor();
  await coordinatorPage.waitForLoadState('networkidle');
  await coordinatorPage.mouse.move(0, 0);
  await coordinatorPage.screenshot({ path: join(OUT_DIR, 'medecin-traitant.png') });

  // Soins non programmés: the orientation screen of the demo's waiting request (its proposed
  // slots), then the week's planning by site with the booked slot.
  const snpBase = `${server.baseUrl}/api/cpts/${vieuxPort.id}/snp`;
  const { items: snpRequests } = await (await coordinatorPage.request.get(`${snpBase}/requests?status=nouvelle`)).json();
  await coordinatorPage.goto(`${server.baseUrl}/cpts/${vieuxPort.id}/snp/demandes/${snpRequests[0].id}`);
  await coordinatorPage.getByTestId('snp-proposal').first().waitFor();
  await coordinatorPage.waitForLoadState('networkidle');
  await coordinatorPage.mouse.move(0, 0);
  await coordinatorPage.screenshot({ path: join(OUT_DIR, 'snp-orientation.png'), fullPage: true });
  await coordinatorPage.goto(`${server.baseUrl}/cpts/${vieuxPort.id}/snp/planning`);
  await coordinatorPage.getByTestId('snp-slot').first().waitFor();
  await coordinatorPage.waitForLoadState('networkidle');
  await coordinatorPage.mouse.move(0, 0);
  await coordinatorPage.screenshot({ path: join(OUT_DIR, 'snp-planning.png') });
  await coordinator.close();

  console.log(`Screenshots written to ${OUT_DIR}`);
} finally {
  await browser?.close();
  await server.stop();
  await rm(directoryDir, { recursive: true, force: true });
}
