// Takes the README screenshots: the search with its autocomplete open, and the commune page
// of Marseille 3e Arrondissement. Not a test.
// Run: MAILLAGE_FIXTURE_DB=/path/to/fixture.db node web/e2e/screenshot.mjs

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { highlightOption, launchBrowser, repoRoot, searchCommune, startServer } from './harness.mjs';

const OUT_DIR = join(repoRoot, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

const server = await startServer();
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

  console.log(`Screenshots written to ${OUT_DIR}`);
} finally {
  await browser?.close();
  await server.stop();
}
