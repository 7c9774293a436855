// Browser tests of accounts, roles and audit: login and logout, the CPTS switcher, route
// guards, the administration page and the audit log, against a real server in demo mode.
// Run: MAILLAGE_FIXTURE_DB=/path/to/fixture.db node --test web/e2e/

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EXPECTED_HTTP_ERRORS, launchBrowser, normalizeSpaces, startServer, watchPageErrors } from './harness.mjs';

const DEMO = {
  admin: { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin', name: 'Agnès Durand' },
  coordinator: {
    email: 'coordination@demo.maillage.test',
    password: 'maillage-demo-coordination',
    name: 'Claire Martin',
  },
  member: { email: 'membre@demo.maillage.test', password: 'maillage-demo-membre', name: 'Dr Marc Petit' },
};
const VIEUX_PORT = 'CPTS Démo du Vieux-Port';
const CALANQUES = 'CPTS Démo des Calanques';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer({ args: ['--demo'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A fresh browser context (no cookie) on `path`; the test fails if the page logged an error
 * (CSP violations included) other than the expected HTTP errors.
 */
async function openPage(t, path, allowHttpErrors = EXPECTED_HTTP_ERRORS) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = watchPageErrors(page, { allowHttpErrors });
  t.after(async () => {
    await context.close();
  });
  await page.goto(server.baseUrl + path);
  return { page, problems };
}

/** Fills and submits the login form, which must be on screen. */
async function submitLogin(page, { email, password }) {
  const form = page.getByTestId('login-form');
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByLabel('Mot de passe').fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs in from the login page and waits for the user's name in the header. */
async function logIn(page, account) {
  await page.goto(`${server.baseUrl}/connexion`);
  await submitLogin(page, account);
  await page.getByTestId('current-user').filter({ hasText: account.name }).waitFor();
}

/** GET /api/session from the page, with its cookies: the status code. */
function sessionStatus(page) {
  return page.evaluate(async () => (await fetch('/api/session', { credentials: 'same-origin' })).status);
}

test('the coordinator signs in, sees both CPTS in the switcher, then signs out', async (t) => {
  const { page, problems } = await openPage(t, '/');
  const loginLink = page.getByRole('banner').getByRole('link', { name: 'Se connecter' });
  await loginLink.waitFor();
  await loginLink.click();
  await page.waitForURL('**/connexion');

  const email = page.getByLabel('Adresse e-mail');
  assert.equal(await email.getAttribute('autocomplete'), 'username');
  assert.equal(await page.getByLabel('Mot de passe').getAttribute('autocomplete'), 'current-password');
  await submitLogin(page, DEMO.coordinator);

  const user = page.getByTestId('current-user');
  await user.filter({ hasText: DEMO.coordinator.name }).waitFor();
  assert.equal(normalizeSpaces(await user.innerText()), DEMO.coordinator.name);
  assert.equal(new URL(page.url()).pathname, '/', 'back on the page the user came from');

  // The switcher lists the two demo CPTS, each with the role held there.
  const switcher = page.getByLabel('CPTS', { exact: true });
  const options = (await switcher.locator('option').allInnerTexts()).map(normalizeSpaces);
  assert.equal(options.length, 2);
  assert.ok(options.includes(`${CALANQUES} — Membre`), options.join(' | '));
  assert.ok(options.includes(`${VIEUX_PORT} — Coordination`), options.join(' | '));

  // The choice survives a reload.
  await switcher.selectOption({ label: `${VIEUX_PORT} — Coordination` });
  await page.reload();
  await user.waitFor();
  const chosen = await page.getByLabel('CPTS', { exact: true }).evaluate((select) => select.selectedOptions[0].text);
  assert.equal(normalizeSpaces(chosen), `${VIEUX_PORT} — Coordination`);

  // A coordinator is offered the audit log, not the administration.
  const banner = page.getByRole('banner');
  assert.equal(await banner.getByRole('link', { name: "Journal d'audit" }).isVisible(), true);
  assert.equal(await banner.getByRole('link', { name: 'Administration' }).count(), 0);

  const signedOut = page.waitForResponse(
    (response) => response.url().endsWith('/api/session') && response.request().method() === 'DELETE',
  );
  await banner.getByRole('button', { name: 'Se déconnecter' }).click();
  assert.equal((await signedOut).status(), 204);
  await page.waitForURL('**/connexion');
  await banner.getByRole('link', { name: 'Se connecter' }).waitFor();
  assert.equal(await page.getByTestId('current-user').count(), 0);
  assert.equal(await sessionStatus(page), 401, 'GET /api/session after signing out');

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('a wrong password shows a French error and keeps the visitor signed out', async (t) => {
  const { page, problems } = await openPage(t, '/connexion');
  await submitLogin(page, { email: DEMO.coordinator.email, password: 'pas-le-bon-mot-de-passe' });
  const alert = page.getByRole('alert').filter({ hasText: 'incorrect' });
  await alert.waitFor();
  assert.equal(normalizeSpaces(await alert.innerText()), 'Adresse e-mail ou mot de passe incorrect.');
  assert.equal(await page.getByLabel('Mot de passe').inputValue(), '', 'password cleared');
  assert.equal(new URL(page.url()).pathname, '/connexion');
  assert.equal(await sessionStatus(page), 401);

  // Empty fields are caught before any request, each message tied to its field.
  await page.getByLabel('Adresse e-mail').fill('');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const emailInput = page.getByLabel('Adresse e-mail');
  assert.equal(await emailInput.getAttribute('aria-invalid'), 'true');
  const describedBy = await emailInput.getAttribute('aria-describedby');
  assert.match(normalizeSpaces(await page.locator(`[id="${describedBy}"]`).innerText()), /adresse e-mail/);

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('too many attempts: the wait announced by the server is shown in French', async (t) => {
  const { page, problems } = await openPage(t, '/connexion', [
    ...EXPECTED_HTTP_ERRORS,
    { path: '/api/session', status: 429 },
  ]);
  // The throttling threshold is the server's business: answer this one attempt with a 429.
  await page.route(
    (url) => url.pathname === '/api/session',
    (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 429,
            headers: { 'Retry-After': '42', 'Content-Type': 'application/problem+json' },
            body: JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, retry_after_seconds: 42 }),
          })
        : route.continue(),
  );
  await submitLogin(page, DEMO.member);
  const alert = page.getByRole('alert').filter({ hasText: 'Trop de tentatives' });
  await alert.waitFor();
  assert.equal(normalizeSpaces(await alert.innerText()), 'Trop de tentatives. Réessayez dans 42 secondes.');
  assert.equal(await page.getByRole('button', { name: 'Se connecter' }).isDisabled(), true);
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('guarded pages send anonymous visitors to the login form and back', async (t) => {
  const { page, problems } = await openPage(t, '/audit');
  await page.waitForURL('**/connexion?retour=%2Faudit');
  await submitLogin(page, DEMO.coordinator);
  await page.waitForURL('**/audit');
  await page.getByRole('heading', { level: 1, name: "Journal d'audit" }).waitFor();
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('a member sees a French 403 on the administration page', async (t) => {
  const { page, problems } = await openPage(t, '/');
  await logIn(page, DEMO.member);
  assert.equal(await page.getByRole('banner').getByRole('link', { name: 'Administration' }).count(), 0);
  await page.goto(`${server.baseUrl}/administration`);
  const view = page.getByTestId('error-view');
  await view.waitFor();
  assert.equal(normalizeSpaces(await view.getByRole('heading', { level: 1 }).innerText()), 'Accès refusé');
  assert.match(normalizeSpaces(await view.innerText()), /Erreur 403/i);
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('the administrator creates a user and sees the one-time password once', async (t) => {
  const { page, problems } = await openPage(t, '/');
  // Every state-changing request carries the CSRF token and a JSON body.
  const unsafe = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/') && request.method() !== 'GET') unsafe.push(request);
  });
  await logIn(page, DEMO.admin);
  await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
  await page.waitForURL('**/administration');
  const users = page.getByTestId('users-section');
  await users.getByTestId('user-row').filter({ hasText: DEMO.coordinator.email }).waitFor();
  const rolesText = normalizeSpaces(
    await users.getByTestId('user-row').filter({ hasText: DEMO.coordinator.email }).innerText(),
  );
  assert.match(rolesText, new RegExp(`Coordination · ${VIEUX_PORT}`));
  assert.match(rolesText, new RegExp(`Membre · ${CALANQUES}`));

  const email = `nouvelle.ide.${Date.now()}@exemple.fr`;
  await users.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const form = page.getByTestId('user-create-form');
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByLabel('Nom affiché').fill('Inès Nouvelle');
  await form.getByRole('button', { name: 'Créer le compte' }).click();

  const secret = page.getByTestId('one-time-secret');
  await secret.waitFor();
  const password = normalizeSpaces(await secret.getByTestId('one-time-secret-value').innerText());
  assert.ok(password.length >= 12, `one-time password shown (${password.length} characters)`);
  assert.match(normalizeSpaces(await secret.innerText()), /il ne sera plus affiché/);
  const row = users.getByTestId('user-row').filter({ hasText: email });
  await row.waitFor();
  assert.match(normalizeSpaces(await row.innerText()), /Mot de passe provisoire/);

  // Once dismissed, the password is nowhere to be found again, even after a reload.
  await secret.getByRole('button', { name: "J'ai transmis le mot de passe" }).click();
  assert.equal(await page.getByTestId('one-time-secret').count(), 0);
  await page.reload();
  await users.getByTestId('user-row').filter({ hasText: email }).waitFor();
  assert.equal(await page.getByText(password).count(), 0);

  assert.ok(unsafe.length > 0);
  for (const request of unsafe) {
    const headers = request.headers();
    const label = `${request.method()} ${new URL(request.url()).pathname}`;
    assert.equal(headers['content-type'], 'application/json', label);
    JSON.parse(request.postData() ?? '');
    if (new URL(request.url()).pathname !== '/api/session') assert.ok(headers['x-csrf-token'], `${label}: CSRF token`);
  }

  // The new user signs in with it and must choose a password first.
  const next = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  t.after(() => next.close());
  const newcomer = await next.newPage();
  const newcomerProblems = watchPageErrors(newcomer);
  await newcomer.goto(`${server.baseUrl}/connexion`);
  await submitLogin(newcomer, { email, password });
  await newcomer.waitForURL('**/mot-de-passe');
  const passwordForm = newcomer.getByTestId('password-form');
  await passwordForm.getByLabel('Mot de passe actuel').fill(password);
  await passwordForm.getByLabel('Nouveau mot de passe', { exact: true }).fill('trop court');
  await passwordForm.getByLabel('Confirmation du nouveau mot de passe').fill('trop court');
  await passwordForm.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await passwordForm.getByText('au moins 12 caractères').first().waitFor();
  const chosen = 'une phrase de passe assez longue';
  await passwordForm.getByLabel('Nouveau mot de passe', { exact: true }).fill(chosen);
  await passwordForm.getByLabel('Confirmation du nouveau mot de passe').fill(chosen);
  await passwordForm.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await newcomer.waitForURL((url) => url.pathname === '/');
  await newcomer.getByTestId('current-user').filter({ hasText: 'Inès Nouvelle' }).waitFor();

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
  assert.deepEqual(newcomerProblems, [], 'no console errors or CSP violations (new user)');
});

test("the coordinator's audit log shows the sign-ins", async (t) => {
  const { page, problems } = await openPage(t, '/');
  await logIn(page, DEMO.coordinator);
  await page.getByRole('banner').getByRole('link', { name: "Journal d'audit" }).click();
  await page.waitForURL('**/audit');

  await page.getByTestId('audit-table').waitFor();
  const rows = page.getByTestId('audit-entry');
  const shown = await rows.evaluateAll((list) => list.map((row) => `${row.dataset.action} (${row.dataset.outcome})`));
  const logins = (await page.locator('[data-testid="audit-entry"][data-action="session.create"]').allInnerTexts()).map(
    normalizeSpaces,
  );
  assert.ok(
    logins.some((text) => text.includes(DEMO.coordinator.name) && text.includes('Connexion') && text.includes('Réussi')),
    `no successful sign-in of ${DEMO.coordinator.name} in her audit log; entries shown: ${shown.join(', ')}`,
  );

  // The outcome filter narrows the list to the chosen outcome.
  const filters = page.getByTestId('audit-filters');
  await filters.getByLabel('Résultat').selectOption({ label: 'Réussi' });
  const filtered = page.waitForResponse((response) => /\/api\/audit\?.*outcome=success/.test(response.url()));
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  assert.equal((await filtered).status(), 200);
  await page.locator('[data-testid="audit-entry"]').first().waitFor();
  const outcomes = await page.locator('[data-testid="audit-entry"]').evaluateAll((rows) => rows.map((row) => row.dataset.outcome));
  assert.ok(outcomes.length > 0 && outcomes.every((outcome) => outcome === 'success'), outcomes.join(', '));

  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});
