// Browser-test harness: starts a real `maillage serve` on a throw-away copy of a fixture
// database, and launches Debian's Chromium through playwright-core.
//
// Environment:
//   MAILLAGE_BIN         the maillage binary (default: build/release/maillage under the repo root)
//   MAILLAGE_WEB         the built front end (default: web/dist under the repo root)
//   MAILLAGE_FIXTURE_DB  a SQLite database holding the imported referential; it is copied, never
//                        modified. When unset, a fixture is imported once into a temporary
//                        directory with `maillage refdata import` (slower).
//   CHROMIUM_PATH        the browser (default: /usr/bin/chromium)

import { spawn, execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const IMPORT_TIMEOUT_MS = 5 * 60_000;
const MAX_LOG_CHARS = 64_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Path from an environment variable (relative to the current directory) or a repo default. */
function configuredPath(name, fallback) {
  const value = process.env[name];
  return value ? resolve(value) : resolve(repoRoot, fallback);
}

/**
 * Copies a SQLite database with its -wal and -shm companions, when present. Other tests running
 * at the same time open the fixture read-only, which creates and removes those companions: one
 * that disappears between the check and the copy is skipped (the fixture is never written, so
 * the main file is whole).
 */
async function copyDatabase(source, target) {
  await copyFile(source, target);
  for (const suffix of ['-wal', '-shm']) {
    if (!(await exists(source + suffix))) continue;
    try {
      await copyFile(source + suffix, target + suffix);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
}

async function importFixture(bin, target) {
  process.stderr.write(`[harness] MAILLAGE_FIXTURE_DB is not set: importing the referential into ${target}\n`);
  await promisify(execFile)(
    bin,
    ['refdata', 'import', '--db', target, '--packages', join(repoRoot, 'node_modules')],
    { timeout: IMPORT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
  );
}

/**
 * Starts the server and resolves once GET /api/health answers 200.
 * @param {{ args?: string[], demo?: boolean, before?: string[][], prepare?: (db: string) => Promise<void> }} [options] `args`: extra
 *   `maillage serve` arguments, e.g. ['--demo']; `demo`: load the demo territories first
 *   (`maillage demo`); `before`: more `maillage` commands run on the database before serving,
 *   after the demo, each given `--db` (e.g. [['import', 'rpps', '/tmp/x/rpps.txt']]); `prepare`:
 *   an async function given the database's path, run last before serving (e.g. rows written with
 *   the sqlite3 shell)
 * @returns {Promise<{ baseUrl: string, logs: () => string, stop: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const bin = configuredPath('MAILLAGE_BIN', 'build/release/maillage');
  const web = configuredPath('MAILLAGE_WEB', 'web/dist');
  if (!(await exists(bin))) throw new Error(`maillage binary not found: ${bin} (set MAILLAGE_BIN)`);
  if (!(await exists(join(web, 'index.html')))) {
    throw new Error(`front end not built: ${web}/index.html is missing (run npm run build:web)`);
  }

  const dir = await mkdtemp(join(tmpdir(), 'maillage-e2e-'));
  const db = join(dir, 'maillage.db');
  const portFile = join(dir, 'port');
  if (process.env.MAILLAGE_FIXTURE_DB) await copyDatabase(resolve(process.env.MAILLAGE_FIXTURE_DB), db);
  else await importFixture(bin, db);
  if (options.demo) await promisify(execFile)(bin, ['demo', '--db', db], { timeout: IMPORT_TIMEOUT_MS });
  for (const command of options.before ?? []) {
    await promisify(execFile)(bin, [...command, '--db', db], { timeout: IMPORT_TIMEOUT_MS });
  }
  if (options.prepare) await options.prepare(db);

  const args = [
    'serve',
    ...['--db', db, '--web', web, '--host', '127.0.0.1', '--port', '0', '--port-file', portFile],
    ...(options.args ?? []),
  ];
  const child = spawn(bin, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
    if (output.length > MAX_LOG_CHARS) output = output.slice(-MAX_LOG_CHARS);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let exitInfo = null;
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolveExit(exitInfo);
    });
    child.on('error', (error) => {
      exitInfo = { code: null, signal: null, error };
      resolveExit(exitInfo);
    });
  });

  const cleanup = async () => {
    await rm(dir, { recursive: true, force: true });
  };

  const stop = async () => {
    if (!exitInfo) {
      child.kill('SIGTERM');
      const result = await Promise.race([exited, sleep(STOP_TIMEOUT_MS).then(() => null)]);
      if (!result) {
        process.stderr.write('[harness] server did not stop after SIGTERM; sending SIGKILL\n');
        child.kill('SIGKILL');
        await exited;
      }
    }
    await cleanup();
  };

  const fail = async (message) => {
    await stop();
    process.stderr.write(`[harness] ${message}\n[harness] server output:\n${output}\n`);
    throw new Error(message);
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let baseUrl = null;
  while (Date.now() < deadline) {
    if (exitInfo) {
      const how = exitInfo.error ? exitInfo.error.message : `code ${exitInfo.code}, signal ${exitInfo.signal}`;
      return fail(`server exited during start-up (${how}): ${bin} ${args.join(' ')}`);
    }
    if (!baseUrl) {
      const text = await readFile(portFile, 'utf8').catch(() => '');
      const port = Number.parseInt(text.trim(), 10);
      if (Number.isInteger(port) && port > 0) baseUrl = `http://127.0.0.1:${port}`;
    }
    if (baseUrl) {
      try {
        const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) {
          return { baseUrl, logs: () => output, stop };
        }
      } catch {
        // Not listening yet.
      }
    }
    await sleep(100);
  }
  return fail(`server not healthy after ${STARTUP_TIMEOUT_MS / 1000} s (port file: ${baseUrl ?? 'missing'})`);
}

/** Launches headless Chromium with flags suited to containers and CI. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * HTTP errors that are part of normal operation. Chromium logs every 4xx/5xx answer, fetch()
 * included, as a console error; the front end asks GET /api/session on every page load and
 * anonymous visitors get a 401 (as do wrong passwords on POST /api/session).
 */
export const EXPECTED_HTTP_ERRORS = [{ path: '/api/session', status: 401 }];

const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d+)/;

/**
 * Records the page's console errors and uncaught exceptions (CSP violations show up here).
 * "Failed to load resource" errors are ignored only for the listed path and status pairs.
 * @param {import('playwright-core').Page} page
 * @param {{ allowHttpErrors?: { path?: string, pattern?: RegExp, status: number }[] }} [options]
 * @returns {string[]} the live list of problems
 */
export function watchPageErrors(page, options = {}) {
  const allowed = options.allowHttpErrors ?? EXPECTED_HTTP_ERRORS;
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const failed = FAILED_LOAD.exec(message.text());
    if (failed) {
      const url = message.location().url;
      const path = url ? new URL(url).pathname : '';
      const status = Number(failed[1]);
      const matches = (entry) => (entry.pattern ? entry.pattern.test(path) : entry.path === path);
      if (allowed.some((entry) => matches(entry) && entry.status === status)) return;
      problems.push(`console: ${message.text()} (${url})`);
      return;
    }
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Collapses every kind of space (French number grouping uses U+202F) to a plain space. */
export function normalizeSpaces(text) {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Types a query into the commune search and waits until the answer for the full query is shown.
 * @param {import('playwright-core').Page} page
 */
export async function searchCommune(page, query) {
  const input = page.getByRole('combobox', { name: 'Rechercher une commune' });
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 25 });
  await page.locator('[data-testid="commune-search"] .combobox__field:not(.is-loading)').waitFor();
  return input;
}

/**
 * Moves the highlight down the listbox with ArrowDown until the option of `code` is active.
 * @param {import('playwright-core').Page} page
 */
export async function highlightOption(page, input, code, maxSteps = 20) {
  // Attached, not necessarily visible: the listbox may be closed (ArrowDown reopens it).
  await page.locator(`[role="option"][data-code="${code}"]`).waitFor({ state: 'attached' });
  for (let step = 0; step < maxSteps; step += 1) {
    await input.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    if (!activeId) continue;
    const active = page.locator(`[id="${activeId}"]`);
    if ((await active.getAttribute('data-code')) === code) {
      if ((await active.getAttribute('aria-selected')) !== 'true') {
        throw new Error(`option ${code} is active but not aria-selected`);
      }
      return active;
    }
  }
  throw new Error(`option ${code} never became active after ${maxSteps} ArrowDown presses`);
}

/**
 * Signs `account` in through the login form, on a new page of a new browser context closed when
 * test `t` ends, and waits for the header to name them.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {import('node:test').TestContext} t
 * @param {{ email: string, password: string, name: string }} account
 * @param {{ allowHttpErrors?: { path?: string, pattern?: RegExp, status: number }[], timezoneId?: string }} [options]
 *   the HTTP errors the test expects (see watchPageErrors); the browser's time zone (the
 *   machine's when absent)
 * @returns {Promise<{ page: import('playwright-core').Page, problems: string[] }>}
 */
export async function signedInPage(browser, baseUrl, t, account, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: options.timezoneId });
  const page = await context.newPage();
  const problems = watchPageErrors(page, options);
  t.after(() => context.close());
  await page.goto(`${baseUrl}/connexion`);
  const form = page.getByTestId('login-form');
  await form.getByLabel('Adresse e-mail').fill(account.email);
  await form.getByLabel('Mot de passe').fill(account.password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('current-user').filter({ hasText: account.name }).waitFor();
  return { page, problems };
}

/** GET an API path with the page's session, as JSON. */
export function apiGet(page, path) {
  return page.evaluate(async (p) => (await fetch(p, { credentials: 'same-origin' })).json(), path);
}

/**
 * An API client signed in as `account` (its own browser context, no page): `get(path)` and
 * `send(method, path, body)` answer the JSON body and throw on a non-2xx status.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ email: string, password: string }} account
 */
export async function apiAs(browser, baseUrl, account) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const session = await context.request.post('/api/session', { data: { email: account.email, password: account.password } });
  if (!session.ok()) throw new Error(`sign-in of ${account.email} answered ${session.status()}`);
  const headers = { 'X-CSRF-Token': (await session.json()).csrf_token };
  const call = async (method, path, data) => {
    const response = await context.request.fetch(path, { method, headers, data });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.json();
  };
  return { get: (path) => call('GET', path), send: call, close: () => context.close() };
}
