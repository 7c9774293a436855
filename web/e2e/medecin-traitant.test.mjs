// Browser tests of the médecin-traitant procedure (issue #6), on the demo with a small RPPS
// extraction of GPs in the territory of CPTS Démo du Vieux-Port (Marseille 1er and 7e). Set up
// through the API: an administrator links membre@ to one GP, the coordinator records that GP's
// census declaration with places. Then in the browser: the coordinator enters a request, sees the
// suggestions and proposes the GP; the GP (membre@) signs in, opens the request and accepts it;
// the coordinator's indicators count one patient who found a médecin traitant. The coordinator
// also reviews a batch allocation and the census; a funder sees the indicators but not the queue.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiAs, launchBrowser, normalizeSpaces, signedInPage as signIn, startServer } from './harness.mjs';
import { rppsActivity, startServerWithRpps } from './rpps-file.mjs';

const ADMIN = { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin', name: 'Agnès Durand' };
const COORDINATOR = { email: 'coordination@demo.maillage.test', password: 'maillage-demo-coordination', name: 'Claire Martin' };
const DOCTOR = { email: 'membre@demo.maillage.test', password: 'maillage-demo-membre', name: 'Dr Marc Petit' };
const FUNDER = { email: 'financeur@demo.maillage.test', password: 'maillage-demo-financeur', name: 'ARS démo' };
const CPTS = 'CPTS Démo du Vieux-Port';

const GP = 10;
const GIRARD = { id: '810000000301', site: 'MT-SITE-1', name: 'Dr Paul GIRARD' };
const PEOPLE = [
  { rpps: '10000000301', lastName: 'GIRARD', firstName: 'Paul', street: 'de la République', postcode: '13001', commune: '13201', site: GIRARD.site },
  { rpps: '10000000302', lastName: 'LEROY', firstName: 'Anne', street: 'du Vallon des Auffes', postcode: '13007', commune: '13207', site: 'MT-SITE-2' },
].map((p, i) => rppsActivity({ ...p, profession: GP, communeName: 'Marseille', phone: `049100010${i + 1}` }));

const PATIENT = { lastName: 'Dupont', firstName: 'Jeanne', birthDate: '1950-03-02', name: 'Jeanne DUPONT' };

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let cptsId;

function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

before(async () => {
  server = await startServerWithRpps(PEOPLE);
  browser = await launchBrowser();

  // membre@ is the GP GIRARD (an administrator's link), who declared 3 places by phone.
  const admin = await apiAs(browser, server.baseUrl, ADMIN);
  const { items: users } = await admin.get('/api/users');
  const member = users.find((u) => u.email === DOCTOR.email);
  await admin.send('PUT', `/api/users/${member.id}/professional`, { professional_id: GIRARD.id });
  await admin.close();
  const coordinator = await apiAs(browser, server.baseUrl, COORDINATOR);
  const { items: cpts } = await coordinator.get('/api/cpts');
  cptsId = cpts.find((c) => c.name === CPTS).id;
  await coordinator.send('PUT', `/api/cpts/${cptsId}/mt-census/${GIRARD.id}/${GIRARD.site}`, {
    accepts: true,
    places: 3,
    valid_until: inDays(180),
    channel: 'phone',
  });
  await coordinator.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// The same patient entered twice is refused with a 409, a bad list with a 400: those are expected.
const ALLOWED_HTTP_ERRORS = [
  { path: '/api/session', status: 401 },
  { pattern: /^\/api\/cpts\/[0-9a-f]+\/mt-requests$/, status: 409 },
  { pattern: /^\/api\/cpts\/[0-9a-f]+\/mt-requests\/imports$/, status: 400 },
];

function signedInPage(t, account) {
  return signIn(browser, server.baseUrl, t, account, { allowHttpErrors: ALLOWED_HTTP_ERRORS });
}

/** Chooses CPTS Démo du Vieux-Port in the header, then opens « Médecin traitant ». */
async function openMedecinTraitant(page) {
  await page.getByTestId('cpts-switcher').selectOption(cptsId);
  await page.getByRole('banner').getByRole('link', { name: 'Médecin traitant' }).click();
}

/** Types the patient into the « Nouvelle demande » form, with the keyboard where it matters, and submits it. */
async function enterPatient(page) {
  const form = page.getByTestId('mt-request-form');
  await form.getByLabel('Nom', { exact: true }).fill(PATIENT.lastName);
  await form.getByLabel('Prénom').fill(PATIENT.firstName);
  await form.getByLabel('Date de naissance').fill(PATIENT.birthDate);
  await form.getByLabel('Sexe').selectOption('F');
  const commune = form.getByRole('combobox', { name: 'Commune du patient' });
  await commune.pressSequentially('Marseille 1er', { delay: 25 });
  await page.locator('[role="option"][data-code="13201"]').waitFor();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await form.getByTestId('mt-commune').filter({ hasText: '13201' }).waitFor();
  await form.getByLabel('Code postal').selectOption('13001');
  await form.getByLabel('Téléphone').fill('06 12 34 56 78');
  await form.getByLabel('Affection de longue durée (ALD)').check();
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
}

test('a coordinator enters a request and proposes the suggested GP, who accepts; the indicators count one patient who found a médecin traitant', async (t) => {
  const coordination = await signedInPage(t, COORDINATOR);
  let page = coordination.page;
  await openMedecinTraitant(page);
  await page.waitForURL(`**/cpts/${cptsId}/medecin-traitant`);
  await page.getByRole('heading', { level: 1, name: CPTS }).waitFor();

  // The request, entered in the form; the same person again is refused, with a link to the request.
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  await enterPatient(page);
  const created = page.getByTestId('mt-request-created');
  await created.filter({ hasText: `Demande enregistrée pour ${PATIENT.name}` }).waitFor();
  const row = page.getByTestId('mt-queue-row').filter({ hasText: PATIENT.name });
  await row.waitFor();
  assert.match(normalizeSpaces(await row.innerText()), /ALD 70 ans et plus Nouvelle/);
  await enterPatient(page);
  const refusal = page.getByTestId('mt-request-error');
  await refusal.filter({ hasText: 'Cette personne attend déjà un médecin traitant dans cette CPTS' }).waitFor();
  assert.equal(await refusal.getByRole('link', { name: 'Voir sa demande' }).count(), 1);

  // The request page: qualified, then proposed to the first suggestion, GIRARD.
  await created.getByRole('link', { name: 'Ouvrir la demande' }).click();
  await page.getByRole('heading', { level: 1, name: PATIENT.name }).waitFor();
  const requestUrl = page.url();
  assert.match(requestUrl, new RegExp(`/cpts/${cptsId}/medecin-traitant/demandes/[0-9a-f]+$`));
  assert.match(normalizeSpaces(await page.getByTestId('mt-patient').innerText()), /Commune Marseille 1er Arrondissement \(13001\) Téléphone 06 12 34 56 78.*Priorités ALD 70 ans et plus/);
  await page.getByTestId('mt-actions').getByRole('button', { name: 'Qualifier' }).click();
  await page.getByTestId('mt-status').first().filter({ hasText: 'Qualifiée' }).waitFor();
  const suggestion = page.getByTestId('mt-suggestion').filter({ hasText: GIRARD.name });
  await suggestion.waitFor();
  assert.equal(await page.getByTestId('mt-suggestion').count(), 1, 'LEROY declared nothing: only GIRARD is suggested');
  assert.match(normalizeSpaces(await suggestion.innerText()), /13001 Marseille 0 m 3 0 Proposer/);
  await suggestion.getByRole('button', { name: `Proposer au ${GIRARD.name}` }).click();
  await page.getByTestId('mt-status').first().filter({ hasText: 'Proposée' }).waitFor();
  await page.getByTestId('mt-proposal').filter({ hasText: GIRARD.name }).waitFor();
  assert.equal(await page.getByTestId('mt-event').count(), 3);
  assert.deepEqual(coordination.problems, []);

  // The doctor: the request proposed to them is in their queue; they refuse only with a reason, and accept.
  const doctor = await signedInPage(t, DOCTOR);
  page = doctor.page;
  await openMedecinTraitant(page);
  await page.getByTestId('mt-queue-row').filter({ hasText: PATIENT.name }).getByRole('link', { name: PATIENT.name }).click();
  await page.getByRole('heading', { level: 1, name: PATIENT.name }).waitFor();
  assert.equal(page.url(), requestUrl);
  const answer = page.getByTestId('mt-actions');
  await answer.getByRole('heading', { name: 'Votre réponse' }).waitFor();
  await answer.getByRole('button', { name: 'Refuser' }).click();
  await answer.getByText('Indiquez le motif du refus.').waitFor();
  await answer.getByRole('button', { name: 'Accepter' }).click();
  await page.getByTestId('mt-status').first().filter({ hasText: 'Acceptée' }).waitFor();
  await answer.getByRole('button', { name: 'Déclaration faite' }).waitFor();
  const last = normalizeSpaces(await page.getByTestId('mt-event').last().innerText());
  assert.match(last, /Proposée → Acceptée.*Dr Paul GIRARD.*Dr Marc Petit/);
  assert.equal(await page.getByTestId('mt-suggestions').count(), 0, 'suggestions are the coordination’s');
  assert.deepEqual(doctor.problems, []);

  // The coordinator's indicators: one patient registered, oriented, who found a médecin traitant.
  page = coordination.page;
  await page.getByRole('navigation', { name: 'Médecin traitant' }).getByRole('link', { name: 'Indicateurs' }).click();
  await page.waitForURL(`**/cpts/${cptsId}/medecin-traitant/indicateurs`);
  const found = page.getByTestId('mt-total-found');
  await found.waitFor();
  assert.equal(normalizeSpaces(await found.innerText()), 'Ont trouvé un médecin traitant 1');
  assert.equal(normalizeSpaces(await page.getByTestId('mt-total-registered').innerText()), 'Patients inscrits 1');
  assert.equal(normalizeSpaces(await page.getByTestId('mt-total-declared').innerText()), 'Déclarations faites 0');
  await page.getByTestId('mt-month-chart').waitFor();
  assert.match(normalizeSpaces(await page.getByTestId('mt-by-group').innerText()), /ALD 1 1 1 0/);
  // The acceptance took one of GIRARD's 3 places.
  assert.match(normalizeSpaces(await page.getByTestId('mt-delays').innerText()), /Places déclarées 2/);
  const csv = await page.getByTestId('mt-indicators-csv').getAttribute('href');
  assert.equal(csv, `/api/cpts/${cptsId}/mt-indicators.csv`);
  assert.deepEqual(coordination.problems, []);
});

test('the coordinator reviews a batch allocation and confirms it; the census shows the places left', async (t) => {
  // A second patient, registered and qualified through the API.
  const api = await apiAs(browser, server.baseUrl, COORDINATOR);
  const request = await api.send('POST', `/api/cpts/${cptsId}/mt-requests`, {
    last_name: 'Bernard',
    first_name: 'Jules',
    birth_date: '1987-09-30',
    sex: 'M',
    commune_code: '13207',
    consent_on: inDays(0),
  });
  await api.send('POST', `/api/cpts/${cptsId}/mt-requests/${request.id}/transitions`, { to: 'qualifiee' });
  const { items: declarations } = await api.get(`/api/cpts/${cptsId}/mt-census`);
  const places = declarations.find((d) => d.professional_id === GIRARD.id).places;
  await api.close();

  const { page, problems } = await signedInPage(t, COORDINATOR);
  await openMedecinTraitant(page);
  await page.getByRole('navigation', { name: 'Médecin traitant' }).getByRole('link', { name: 'Répartition' }).click();
  await page.getByRole('button', { name: 'Calculer la répartition' }).click();
  const assignment = page.getByTestId('mt-assignment').filter({ hasText: 'Jules BERNARD' });
  await assignment.waitFor();
  assert.match(normalizeSpaces(await assignment.innerText()), /Aucune Dr Paul GIRARD/);
  assert.equal(await assignment.getByRole('checkbox', { name: 'Proposer Jules BERNARD' }).isChecked(), true);
  assert.match(normalizeSpaces(await page.getByTestId('mt-objective').innerText()), /Patients prioritaires servis 0 Patients servis 1 sur 1 en attente/);
  await page.getByRole('button', { name: 'Confirmer les propositions (1)' }).click();
  await page.getByTestId('mt-allocation-confirmed').filter({ hasText: '1 demande proposée aux médecins.' }).waitFor();
  await page.getByText("Aucune demande qualifiée n'attend de médecin.").waitFor();

  // The census: GIRARD's declaration, valid, with its places (a proposal holds one, only an acceptance takes it).
  await page.getByRole('navigation', { name: 'Médecin traitant' }).getByRole('link', { name: 'Recensement' }).click();
  const census = page.getByTestId('census-row').filter({ hasText: GIRARD.name });
  await census.waitFor();
  assert.match(normalizeSpaces(await census.innerText()), new RegExp(`${places} places aucun Valide .* Téléphone · Claire Martin`));

  // LEROY's declaration, taken by phone: found by name in the territory, one place for patients of 18 to 60.
  const form = page.getByTestId('census-form');
  const doctorName = form.getByLabel('Médecin (nom)');
  await doctorName.fill('leroy');
  await doctorName.press('Enter');
  await form.getByRole('button', { name: /^Choisir Dr Anne LEROY — 12 Rue du Vallon des Auffes, 13007 Marseille/ }).click();
  await form.getByTestId('census-site').filter({ hasText: 'Dr Anne LEROY' }).waitFor();
  await form.getByLabel('Places restantes').fill('1');
  await form.getByLabel('Âge minimum').fill('18');
  await form.getByLabel('Âge maximum').fill('60');
  await form.getByRole('button', { name: 'Enregistrer la déclaration' }).click();
  await form.getByTestId('census-saved').filter({ hasText: 'Déclaration enregistrée pour Dr Anne LEROY' }).waitFor();
  const leroy = page.getByTestId('census-row').filter({ hasText: 'Dr Anne LEROY' });
  await leroy.waitFor();
  assert.match(normalizeSpaces(await leroy.innerText()), /1 place 18 à 60 ans Valide .* Téléphone · Claire Martin/);
  assert.deepEqual(problems, []);
});

test('a funder sees the indicators but the queue answers with the French 403 view', async (t) => {
  const { page, problems } = await signedInPage(t, FUNDER);
  await page.getByRole('banner').getByRole('link', { name: 'CPTS', exact: true }).click();
  await page.getByRole('link', { name: CPTS }).click();
  await page.getByRole('link', { name: /^Médecin traitant/ }).click();
  await page.waitForURL(`**/cpts/${cptsId}/medecin-traitant/indicateurs`);
  await page.getByTestId('mt-total-found').waitFor();
  assert.match(normalizeSpaces(await page.getByTestId('mt-totals').innerText()), /Patients inscrits \d+ Patients orientés \d+ Ont trouvé un médecin traitant \d+/);
  assert.equal(await page.getByRole('navigation', { name: 'Médecin traitant' }).count(), 0, 'no tab to pages the funder may not open');

  await page.goto(`${server.baseUrl}/cpts/${cptsId}/medecin-traitant`);
  const denied = page.getByTestId('error-view');
  await denied.getByRole('heading', { name: 'Accès refusé' }).waitFor();
  assert.match(normalizeSpaces(await denied.innerText()), /Erreur 403.*Votre compte n'a pas les droits nécessaires pour afficher cette page/i);
  assert.equal(await page.getByTestId('mt-queue').count(), 0);
  assert.deepEqual(problems, []);
});

test('the coordinator imports a list of patients: a bad line refuses the file, then the list adds who is not waiting yet', async (t) => {
  const { page, problems } = await signedInPage(t, COORDINATOR);
  await openMedecinTraitant(page);
  const form = page.getByRole('form', { name: 'Importer une liste de patients' });
  const header = 'nom;prenom;date_naissance;sexe;commune;consentement;ald';
  const upload = (name, lines) =>
    form.getByLabel('Fichier CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from([header, ...lines].join('\n'), 'utf8') });

  await upload('mauvaise-liste.csv', ['MARCHAND;Yves;12/06/1948;1;13201;02/11/2026;oui', 'ROUSSEL;Léa;1990-01-01;2;99999;02/11/2026;non']);
  await form.getByRole('button', { name: 'Importer' }).click();
  const errors = page.getByTestId('mt-list-errors');
  await errors.getByText('Ligne 3, colonne commune').waitFor();
  assert.match(normalizeSpaces(await errors.innerText()), /rien n'a été importé/);

  // Jeanne Dupont (the first test's patient) is already waiting: not registered twice.
  await upload('liste-cpam.csv', ['MARCHAND;Yves;12/06/1948;1;13201;02/11/2026;oui', `DUPONT;Jeanne;02/03/1950;2;13201;02/11/2026;non`]);
  await form.getByRole('button', { name: 'Importer' }).click();
  const report = page.getByTestId('mt-list-report');
  await report.getByText('1 patient inscrit sur 2 lignes').waitFor();
  assert.match(normalizeSpaces(await report.innerText()), /1 déjà en attente ou en double \(ligne 3\)/);
  await page.getByRole('region', { name: /Demandes/ }).getByText('Yves MARCHAND').waitFor();
  assert.deepEqual(problems, []);
});
