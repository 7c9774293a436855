// Browser tests of unscheduled care (soins non programmés, issue #7), on the demo with a small RPPS
// extraction of GPs in the territory of CPTS Démo du Vieux-Port (Marseille 1er and 7e). Set up
// through the API: the coordinator publishes a few free slots of one GP later today. Then in the
// browser: the regulator (partenaire@, partner of the CPTS) enters a request for « aujourd'hui »
// through the keyboard-first form, lands on the orientation screen, books the first proposed slot
// with the keyboard, and sees it taken in the planning of its week while the others stay free.
// A slot booked meanwhile by someone else is refused in French and the proposals are refreshed.
// A funder gets the indicators but the French 403 view on the requests.
// A member linked by the administrator to a GP publishes for that GP's site without searching.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiAs, launchBrowser, normalizeSpaces, signedInPage as signIn, startServer, watchPageErrors } from './harness.mjs';
import { rppsActivity, startServerWithRpps } from './rpps-file.mjs';

const COORDINATOR = { email: 'coordination@demo.maillage.test', password: 'maillage-demo-coordination', name: 'Claire Martin' };
const REGULATOR = { email: 'partenaire@demo.maillage.test', password: 'maillage-demo-partenaire', name: 'Pharmacie du Port' };
const FUNDER = { email: 'financeur@demo.maillage.test', password: 'maillage-demo-financeur', name: 'ARS démo' };
const MEMBER = { email: 'membre@demo.maillage.test', password: 'maillage-demo-membre', name: 'Dr Marc Petit' };
const ADMIN = { email: 'admin@demo.maillage.test', password: 'maillage-demo-admin', name: 'Agnès Durand' };
const CPTS = 'CPTS Démo du Vieux-Port';
const ZONE = 'Europe/Paris';

const GP = 10;
const GIRARD = { id: '810000000501', site: 'SNP-SITE-1', name: 'Dr Paul GIRARD' };
const LEROY = { id: '810000000502', site: 'SNP-SITE-2', name: 'Dr Anne LEROY' };
const PEOPLE = [
  { rpps: '10000000501', lastName: 'GIRARD', firstName: 'Paul', street: 'de la République', postcode: '13001', commune: '13201', site: GIRARD.site },
  { rpps: '10000000502', lastName: 'LEROY', firstName: 'Anne', street: 'du Vallon des Auffes', postcode: '13007', commune: '13207', site: LEROY.site },
].map((p, i) => rppsActivity({ ...p, profession: GP, communeName: 'Marseille', phone: `049100020${i + 1}` }));

const SLOT_MINUTES = 15;
const SLOTS = 3;

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let cptsId;
/** The slots published in before(), and the urgency that their day allows. */
let published;
let urgency;

/** Now in Europe/Paris: the local day and the minutes since midnight. */
function parisNow() {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(format.formatToParts(new Date()).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

before(async () => {
  server = await startServerWithRpps(PEOPLE);
  browser = await launchBrowser();
  const coordinator = await apiAs(browser, server.baseUrl, COORDINATOR);
  const { items: cpts } = await coordinator.get('/api/cpts');
  cptsId = cpts.find((c) => c.name === CPTS).id;

  // Free slots of GIRARD later today, from the next quarter hour at least 20 minutes away. With
  // less than 90 minutes left in the day in Europe/Paris, the slots are tomorrow morning and the
  // request is entered « dans les 24 heures » (h24) instead of « aujourd'hui » (same_day).
  const now = parisNow();
  const today = now.minutes <= 24 * 60 - 90;
  urgency = today ? 'same_day' : 'h24';
  const start = today ? Math.ceil((now.minutes + 20) / SLOT_MINUTES) * SLOT_MINUTES : 8 * 60;
  const { items } = await coordinator.send('POST', `/api/cpts/${cptsId}/snp/slots`, {
    professional_id: GIRARD.id,
    site_key: GIRARD.site,
    date: today ? now.day : addDays(now.day, 1),
    start: hhmm(start),
    duration_minutes: SLOT_MINUTES,
    mode: 'in_person',
    count: SLOTS,
  });
  published = items;
  await coordinator.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// A slot taken meanwhile is refused with a 409, a malformed calendar with a 400: both expected.
const ALLOWED_HTTP_ERRORS = [
  { path: '/api/session', status: 401 },
  { pattern: /^\/api\/cpts\/[0-9a-f]+\/snp\/requests\/[^/]+\/orientation$/, status: 409 },
  { pattern: /^\/api\/cpts\/[0-9a-f]+\/snp\/slot-imports$/, status: 400 },
];

function signedInPage(t, account, timezoneId = undefined) {
  return signIn(browser, server.baseUrl, t, account, { allowHttpErrors: ALLOWED_HTTP_ERRORS, timezoneId });
}

/** The accessible name of the focused element, for keyboard-flow assertions. */
function focusedLabel(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim();
  });
}

/** Opens « Soins non programmés » of the CPTS from the header. */
async function openSnp(page) {
  await page.getByTestId('cpts-switcher').selectOption(cptsId);
  await page.getByRole('banner').getByRole('link', { name: 'Soins non programmés' }).click();
  await page.waitForURL(`**/cpts/${cptsId}/snp`);
}

/**
 * Enters a patient through the intake form with the keyboard only: Tab from field to field, the
 * commune chosen in its list with the arrows, the urgency radio chosen with Space (or the arrow),
 * letters picking options in selects, Enter submitting.
 */
async function enterByKeyboard(page, patient) {
  await page.getByTestId('snp-request-form').waitFor();
  assert.equal(await focusedLabel(page), 'Nom', 'the first field has the focus');
  const k = page.keyboard;
  await k.type(patient.lastName);
  await k.press('Tab');
  await k.type(patient.firstName);
  await k.press('Tab');
  // The date field moves from part to part by itself; day and month alike, so that the order of
  // the browser's locale (jj/mm/aaaa or mm/dd/yyyy) does not matter.
  await k.type(patient.birthDate);
  // Tab walks through the date's parts (jour, mois, année) before leaving the field.
  for (let i = 0; i < 3 && (await focusedLabel(page)) === 'Date de naissance'; i += 1) await k.press('Tab');
  assert.equal(await focusedLabel(page), 'Sexe');
  await k.type('F');
  await k.press('Tab');
  assert.equal(await focusedLabel(page), 'Commune du patient');
  await k.type('Marseille 1er', { delay: 25 });
  await page.locator('[role="option"][data-code="13201"]').waitFor();
  await k.press('ArrowDown');
  await k.press('Enter');
  await page.getByTestId('snp-commune').filter({ hasText: '13201' }).waitFor();
  await k.press('Tab');
  assert.equal(await focusedLabel(page), 'Code postal');
  await k.press('Tab');
  await k.type(patient.phone);
  await k.press('Tab'); // Comment le joindre
  await k.press('Tab');
  assert.equal(await focusedLabel(page), "Aujourd'hui");
  await k.press(urgency === 'same_day' ? 'Space' : 'ArrowRight');
  await k.press('Tab');
  assert.equal(await focusedLabel(page), 'Motif');
  await k.type('Fi'); // Fièvre
  await k.press('Tab');
  await k.type('38,5 °C depuis hier soir');
  await k.press('Tab');
  assert.equal(await focusedLabel(page), 'Adressé par');
  await k.type('R'); // Régulation (SAS, centre 15)
  await k.press('Tab');
  assert.equal(await focusedLabel(page), 'Consentement du patient le');
  await k.press('Enter');
}

test('a regulator enters a request for today, books the first proposed slot with the keyboard, and the planning shows it taken', async (t) => {
  const { page, problems } = await signedInPage(t, REGULATOR);
  await openSnp(page);
  await enterByKeyboard(page, { lastName: 'Martin', firstName: 'Louise', birthDate: '05051950', phone: '0612345678' });

  // The orientation screen of the new request.
  await page.waitForURL(new RegExp(`/cpts/${cptsId}/snp/demandes/[^/]+$`));
  await page.getByRole('heading', { level: 1, name: 'Louise MARTIN' }).waitFor();
  const facts = normalizeSpaces(await page.getByTestId('snp-request-facts').innerText());
  assert.match(facts, new RegExp(`Motif Fièvre 38,5 °C depuis hier soir Délai ${urgency === 'same_day' ? "Aujourd'hui" : '24 h'} à voir avant`));
  assert.match(normalizeSpaces(await page.getByTestId('snp-patient').innerText()), /^Naissance 5 mai 1950 Femme, \d+ ans.* Commune Marseille 1er Arrondissement \(13001\) Téléphone 06 12 34 56 78.*Régulation \(SAS, centre 15\)/);

  // The proposals, earliest first; the first « Réserver » has the focus: Enter books it.
  const first = page.getByTestId('snp-proposal').first();
  await first.waitFor();
  const slotId = await first.getAttribute('data-slot');
  assert.ok(published.some((s) => s.id === slotId), 'the first proposal is one of the slots published for today');
  assert.equal(slotId, published[0].id, 'earliest first');
  assert.match(normalizeSpaces(await first.innerText()), /Dr Paul GIRARD .* Marseille .* Réserver/);
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Réserver');
  assert.match(await focusedLabel(page), /^Réserver .*Dr Paul GIRARD/);
  await page.keyboard.press('Enter');

  // The booked slot is shown; the proposals are gone.
  const orientation = page.getByTestId('snp-orientation');
  await orientation.filter({ hasText: GIRARD.name }).waitFor();
  assert.equal(await page.getByTestId('snp-proposals').count(), 0);
  await page.getByTestId('snp-status').first().filter({ hasText: 'Orientée' }).waitFor();
  assert.ok((await page.getByTestId('snp-event').count()) >= 2, 'the timeline has the entry and the orientation');

  // The planning of that week: this slot réservé (a link to the request), the others libre.
  await orientation.getByRole('link', { name: 'Voir dans le planning' }).click();
  await page.waitForURL(`**/cpts/${cptsId}/snp/planning?semaine=*`);
  const booked = page.locator(`[data-testid="snp-slot"][data-slot="${slotId}"]`);
  await booked.waitFor();
  assert.equal(await booked.getAttribute('data-status'), 'booked');
  assert.match(normalizeSpaces(await booked.innerText()), /^\d\d:\d\d réservé$/);
  assert.equal(await booked.getByRole('link').count(), 1, 'the regulator sees the request they booked');
  for (const other of published.filter((s) => s.id !== slotId)) {
    const cell = page.locator(`[data-testid="snp-slot"][data-slot="${other.id}"]`);
    assert.equal(await cell.getAttribute('data-status'), 'free');
    assert.match(normalizeSpaces(await cell.innerText()), /^\d\d:\d\d libre$/);
  }
  const row = page.getByTestId('snp-planning-site').filter({ hasText: GIRARD.name });
  assert.equal(await row.getByTestId('snp-slot').count(), SLOTS);
  assert.deepEqual(problems, []);
});

test('a slot booked meanwhile for another patient is refused in French and the proposals are searched again', async (t) => {
  const api = await apiAs(browser, server.baseUrl, COORDINATOR);
  const request = (patient) =>
    api.send('POST', `/api/cpts/${cptsId}/snp/requests`, {
      ...patient,
      sex: 'M',
      commune_code: '13201',
      phone: '0611223344',
      consent_on: parisNow().day,
      reason_code: 'douleur',
      urgency,
    });
  const mine = await request({ last_name: 'Bernard', first_name: 'Jules', birth_date: '1987-09-30' });
  const other = await request({ last_name: 'Petit', first_name: 'Hugo', birth_date: '1979-05-12' });

  const { page, problems } = await signedInPage(t, COORDINATOR);
  await page.goto(`${server.baseUrl}/cpts/${cptsId}/snp/demandes/${mine.id}`);
  const first = page.getByTestId('snp-proposal').first();
  await first.waitFor();
  const slotId = await first.getAttribute('data-slot');
  // Someone else books it while the coordinator is on the phone.
  await api.send('POST', `/api/cpts/${cptsId}/snp/requests/${other.id}/orientation`, { orientation: 'slot', slot_id: slotId });
  await api.close();
  await first.getByRole('button', { name: /^Réserver/ }).click();
  await page.getByTestId('snp-slot-taken').filter({ hasText: "Ce créneau vient d'être réservé pour un autre patient" }).waitFor();
  await page.locator(`[data-testid="snp-proposal"][data-slot="${slotId}"]`).waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('snp-orientation').count(), 0, 'the request is still to orient');
  assert.deepEqual(problems, []);
});

test('a funder sees the indicators but the requests answer with the French 403 view', async (t) => {
  const { page, problems } = await signedInPage(t, FUNDER);
  await page.getByRole('banner').getByRole('link', { name: 'CPTS', exact: true }).click();
  await page.getByRole('link', { name: CPTS }).click();
  await page.getByRole('link', { name: /^Soins non programmés/ }).click();
  await page.waitForURL(`**/cpts/${cptsId}/snp/indicateurs`);
  await page.getByTestId('snp-total-requests').waitFor();
  assert.match(normalizeSpaces(await page.getByTestId('snp-totals').innerText()), /Demandes \d+ Orientées dans le délai .* Créneaux publiés \d+ Créneaux réservés \d+/);
  await page.getByTestId('snp-weeks-chart').waitFor();
  const tabs = page.getByRole('navigation', { name: 'Soins non programmés' });
  assert.equal(await tabs.getByRole('link', { name: 'Demandes' }).count(), 0, 'no tab to pages the funder may not open');
  assert.equal(await tabs.getByRole('link', { name: 'Planning' }).count(), 0);

  await page.goto(`${server.baseUrl}/cpts/${cptsId}/snp`);
  const denied = page.getByTestId('error-view');
  await denied.getByRole('heading', { name: 'Accès refusé' }).waitFor();
  assert.match(normalizeSpaces(await denied.innerText()), /Erreur 403.*Votre compte n'a pas les droits nécessaires pour afficher cette page/i);
  assert.equal(await page.getByTestId('snp-queue').count(), 0);
  assert.deepEqual(problems, []);
});

/** An agenda with one event of an hour in three days, 10:00 in Europe/Paris. */
function calendar(day) {
  const date = day.replaceAll('-', '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Maillage//e2e//FR',
    'BEGIN:VEVENT',
    'UID:snp-e2e-1@maillage.test',
    `DTSTART;TZID=Europe/Paris:${date}T100000`,
    `DTEND;TZID=Europe/Paris:${date}T110000`,
    'SUMMARY:Soins non programmés',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

test('the coordinator imports an agenda for a GP (a malformed one is refused with its line) and publishes a resource found on the public page', async (t) => {
  const { page, problems } = await signedInPage(t, COORDINATOR);
  await openSnp(page);
  await page.getByRole('navigation', { name: 'Soins non programmés' }).getByRole('link', { name: 'Planning' }).click();
  const publish = page.getByTestId('snp-publish');
  const doctor = publish.getByLabel('Médecin (nom)');
  await doctor.fill('girard');
  await doctor.press('Enter');
  await publish.getByRole('button', { name: /^Choisir Dr Paul GIRARD/ }).click();
  await publish.getByTestId('snp-publisher').filter({ hasText: GIRARD.name }).waitFor();

  const form = page.getByTestId('snp-ics-form');
  const upload = (name, text) => form.getByLabel('Fichier .ics').setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
  await upload('mauvais.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:demain\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  await form.getByRole('button', { name: "Importer l'agenda" }).click();
  await form.getByTestId('snp-ics-error').filter({ hasText: /Fichier refusé, ligne \d+ :/ }).waitFor();
  await upload('agenda.ics', calendar(addDays(parisNow().day, 3)));
  await form.getByRole('button', { name: "Importer l'agenda" }).click();
  await form.getByTestId('snp-ics-report').filter({ hasText: 'Agenda importé : 4 créé(s), 0 mis à jour, 0 annulé(s).' }).waitFor();

  // A maison médicale de garde, published, open on Mondays.
  await page.getByRole('navigation', { name: 'Soins non programmés' }).getByRole('link', { name: 'Ressources' }).click();
  await page.getByRole('button', { name: 'Nouvelle ressource' }).click();
  const resource = page.getByTestId('snp-resource-form');
  await resource.getByLabel('Type').selectOption('maison_medicale_garde');
  await resource.getByLabel('Nom', { exact: true }).fill('Maison médicale de garde du Vieux-Port');
  await resource.getByLabel('Adresse').fill('1 quai du Port');
  const commune = resource.getByRole('combobox', { name: 'Commune de la ressource' });
  await commune.pressSequentially('Marseille 2e', { delay: 25 });
  await page.locator('[role="option"][data-code="13202"]').waitFor();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await resource.getByText('(13202)').waitFor();
  await resource.getByLabel('Services').fill('sutures, radiologie');
  await resource.getByRole('button', { name: 'Ajouter une plage' }).click();
  await resource.getByLabel('Publiée dans la liste publique de la CPTS').check();
  await resource.getByRole('button', { name: 'Ajouter la ressource' }).click();
  await page.getByTestId('snp-resource-saved').filter({ hasText: 'Ressource « Maison médicale de garde du Vieux-Port » enregistrée.' }).waitFor();
  const row = page.getByTestId('snp-resource').filter({ hasText: 'Maison médicale de garde du Vieux-Port' });
  assert.match(normalizeSpaces(await row.innerText()), /Maison médicale de garde 1 quai du Port 13002 Marseille 2e Arrondissement lundi 08:00–20:00 sutures, radiologie — Oui/);
  assert.deepEqual(problems, []);

  // Anyone, without signing in.
  const context = await browser.newContext({ locale: 'fr-FR' });
  t.after(() => context.close());
  const visitor = await context.newPage();
  const visitorProblems = watchPageErrors(visitor);
  await visitor.goto(`${server.baseUrl}/public/cpts/${cptsId}/snp`);
  await visitor.getByRole('heading', { level: 1, name: CPTS }).waitFor();
  const published = visitor.getByTestId('snp-resource').filter({ hasText: 'Maison médicale de garde du Vieux-Port' });
  assert.match(normalizeSpaces(await published.innerText()), /lundi 08:00–20:00/);
  assert.equal(await visitor.getByRole('button', { name: /Modifier|Supprimer/ }).count(), 0);
  assert.deepEqual(visitorProblems, []);
});

/** Links (or unlinks, with null) the demo member's account to a directory professional, as the administrator. */
async function linkMember(professionalId) {
  const admin = await apiAs(browser, server.baseUrl, ADMIN);
  const { items: users } = await admin.get('/api/users');
  const member = users.find((u) => u.email === MEMBER.email);
  await admin.send('PUT', `/api/users/${member.id}/professional`, { professional_id: professionalId });
  await admin.close();
}

/** The Monday of an ISO day. */
function mondayOf(day) {
  return addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
}

test('a member publishes a slot for the professional their account is, without searching the directory', async (t) => {
  // Not linked: the member is told to ask the administrator, and gets no directory picker.
  await linkMember(null);
  // A browser set to Tahiti's time (UTC−10), while the CPTS is in Marseille.
  const { page, problems } = await signedInPage(t, MEMBER, 'Pacific/Tahiti');
  await openSnp(page);
  await page.getByRole('navigation', { name: 'Soins non programmés' }).getByRole('link', { name: 'Planning' }).click();
  const publish = page.getByTestId('snp-publish');
  await publish.getByTestId('snp-not-linked').filter({ hasText: "Votre compte n'est pas relié à un professionnel de l'annuaire : demandez-le à l'administrateur." }).waitFor();
  assert.equal(await publish.getByTestId('doctor-picker').count(), 0);

  // Linked to LEROY by the administrator: their site is offered directly.
  await linkMember(LEROY.id);
  await page.reload();
  await publish.getByRole('button', { name: `Publier pour : ${LEROY.name} — Cabinet LEROY, Marseille` }).click();
  await publish.getByTestId('snp-publisher').filter({ hasText: LEROY.name }).waitFor();
  assert.equal(await publish.getByTestId('doctor-picker').count(), 0, 'no directory search');

  // A slot in two days at 09:00, then the planning of its week shows it free on LEROY's row.
  const day = addDays(parisNow().day, 2);
  const form = page.getByTestId('snp-slot-form');
  // The form starts on today in the CPTS's zone, not the browser's.
  assert.equal(await form.getByLabel('Jour').inputValue(), parisNow().day);
  await form.getByLabel('Jour').fill(day);
  await form.getByLabel('Début').fill('09:00');
  await form.getByRole('button', { name: 'Publier les créneaux' }).click();
  await form.getByTestId('snp-slots-published').filter({ hasText: '1 créneau publié.' }).waitFor();
  if (mondayOf(day) !== mondayOf(parisNow().day)) await page.getByRole('button', { name: 'Semaine suivante' }).click();
  const row = page.getByTestId('snp-planning-site').filter({ hasText: LEROY.name });
  const slot = row.getByTestId('snp-slot');
  await slot.waitFor();
  assert.equal(await slot.count(), 1);
  assert.equal(await slot.getAttribute('data-status'), 'free');
  assert.match(normalizeSpaces(await slot.innerText()), /^09:00 libre/);
  assert.deepEqual(problems, []);
});
