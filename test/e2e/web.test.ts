/* eslint-disable @typescript-eslint/no-explicit-any -- callbacks below run in the browser, whose DOM types this Node project does not load */
/**
 * The web app end to end, in Debian's headless Chromium (playwright-core, no downloaded browser):
 * the bundled samples ingested by the real `sitrep ingest`, served by the real server; open an
 * article, toggle a layer, click an event and see it on the map; then the events table, timeline and
 * map, a story, the forecast ledger and an actor page. Screenshots go to test-output/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { buildPipeline } from '../../src/stages/index.js';
import { openSqlite } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { annotatedSamples } from '../contract-docs.js';
import { tempDir } from '../stores.js';
import { ROOT } from '../support.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output');
const WEB = join(ROOT, 'dist', 'web');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`CI needs Chromium for the browser test: ${CHROMIUM} is missing (apt-get install chromium)`);
if (!haveChromium) console.warn(`[sitrep tests] skipping the browser test: ${CHROMIUM} not found (Debian: apt-get install chromium)`);

(haveChromium ? describe : describe.skip)('web app in headless Chromium', () => {
  let store: Store;
  let browser: BrowserContext;
  let page: Page;
  let base: string;
  let close: () => Promise<void>;
  const seedId = 'presstv-2018-09-06-573359';

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const db = join(tempDir(), 'web.db');
    const r = spawnSync(process.execPath, [BIN, 'ingest', 'samples/seed/article.txt', 'samples/wire.jsonl', '--db', db], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    store = await openSqlite(db);
    const app = await buildApp({ store, pipeline: buildPipeline(), webRoot: WEB });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    close = () => app.close();
    // A fresh profile each run (playwright passes it to Chromium as --user-data-dir).
    browser = await chromium.launchPersistentContext(tempDir('sitrep-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    // Offline for real: any request leaving this server fails the test.
    const outside: string[] = [];
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : (outside.push(route.request().url()), route.abort())));
    page.on('pageerror', (e) => {
      throw e;
    });
    (page as unknown as { outside: string[] }).outside = outside;
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
    await store?.close();
  });

  it('reads an article as the pipeline analysed it', async () => {
    await page.goto(`${base}/#/doc/${seedId}`);
    await page.waitForSelector('#doc-text .mark');
    const layers = await page.$$eval('#doc-text .mark', (els: any[]) => [...new Set(els.flatMap((e: any) => [...e.classList].filter((c: string) => c.startsWith('l-'))))].sort());
    const json = await store.getDocument(seedId);
    for (const [layer, name] of [['entities', 'l-actors'], ['places', 'l-places'], ['times', 'l-times'], ['quotes', 'l-quotes'], ['claims', 'l-quotes'], ['frames', 'l-frames'], ['events', 'l-events']]) {
      if (((json?.[layer] as unknown[]) ?? []).length) expect(layers).toContain(name);
    }
    await page.screenshot({ path: join(OUT, 'reader-pipeline.png'), fullPage: true });
    if ((await store.queryEvents({ bbox: [-180, -90, 180, 90], limit: 1 })).total === 0) {
      // The stages that find events and place them have not both landed in this build: the same
      // samples, annotated by hand in the contract's shape, stand in for the pipeline's output from
      // here on, so the map parts of the app are exercised. Once they have, the pipeline's own
      // located events are used.
      console.warn('[sitrep tests] the pipeline found no located events in the samples; the browser test goes on with the hand-annotated contract documents');
      const { contentHash, extractRecords } = await import('../../src/store/records.js');
      for (const d of annotatedSamples()) await store.putDocument(d, { hash: contentHash(extractRecords(d).meta), analyzer: 'hand-annotated', force: true });
    }
  });

  it('reads an article: layers highlighted, a toggle, an event clicked and shown on the map', async () => {
    await page.goto(`${base}/?reload#/doc/${seedId}`); // a new load: the stored document changed
    await page.waitForSelector('#doc-text .mark');
    await page.waitForSelector('#doc-map .leaflet-overlay-pane path', { state: 'attached' });
    const layers = await page.$$eval('#doc-text .mark', (els: any[]) => new Set(els.flatMap((e: any) => [...e.classList].filter((c: string) => c.startsWith('l-')))).size);
    expect(layers).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: join(OUT, 'reader.png'), fullPage: true });

    const framed = page.locator('#doc-text .l-frames').first();
    const underline = () => framed.evaluate((e: any) => (globalThis as any).getComputedStyle(e).textDecorationLine);
    expect(await underline()).toContain('underline');
    await page.click('label.t-frames');
    expect(await page.$eval('#doc-text', (e) => e.classList.contains('hide-frames'))).toBe(true);
    expect(await underline()).toBe('none');

    // An event with a place: its marker's popup opens on the map and the sentence is marked.
    const withPlace = await page.$$eval('#event-list li', (lis) => lis.map((li) => [li.getAttribute('data-id'), li.textContent ?? ''] as const));
    const target = withPlace.find(([, text]) => text.includes('@'))!;
    expect(target).toBeTruthy();
    await page.click(`#event-list li[data-id="${target[0]}"]`);
    await page.waitForSelector('#doc-map .leaflet-popup-content');
    expect(await page.$eval('#doc-map', (e: any) => e.dataset.focused)).toBe(`${seedId}/${target[0]}`);
    expect(await page.textContent('#details')).toMatch(/Evidence: “/);
    expect(await page.locator('#doc-text .focus').count()).toBeGreaterThan(0);
    await page.waitForTimeout(400); // the popup fades in
    await page.screenshot({ path: join(OUT, 'reader-event-on-map.png'), fullPage: true });

    // Clicking a highlighted actor shows what it resolved to.
    await page.click('#doc-text .l-actors >> nth=0');
    expect(await page.textContent('#details')).toMatch(/Actor: /);
  });

  it('lists events in a table, a timeline and on a map, and filters them', async () => {
    await page.goto(`${base}/#/events`);
    await page.waitForSelector('#events-table tbody tr');
    await page.waitForSelector('#events-map path.leaflet-interactive', { state: 'attached' });
    const rows = await page.locator('#events-table tbody tr').count();
    expect(rows).toBeGreaterThan(2);
    expect(await page.locator('svg.timeline rect').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'events.png'), fullPage: true });
    await page.selectOption('select[name=type]', 'RETREAT');
    await page.click('form.filters button');
    await page.waitForFunction((n: number) => (globalThis as any).document.querySelectorAll('#events-table tbody tr').length < n, rows);
    expect(await page.$$eval('#events-table tbody tr', (trs) => trs.every((tr) => tr.textContent!.includes('RETREAT')))).toBe(true);
  });

  it('compares the outlets of a merged event side by side', async () => {
    await page.goto(`${base}/#/stories`);
    await page.waitForSelector('ul.stories a');
    await page.click('ul.stories a >> nth=0');
    await page.waitForSelector('.story .outlet');
    expect(await page.locator('.story .outlet').count()).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('.story')).toMatch(/Why it was joined/);
    await page.screenshot({ path: join(OUT, 'story.png'), fullPage: true });
  });

  it('shows the forecast ledger and an actor page', async () => {
    await page.goto(`${base}/#/forecasts?asOf=2018-10-01`);
    await page.waitForSelector('#forecasts tbody tr');
    expect(await page.textContent('#forecasts')).toMatch(/pending/);
    await page.screenshot({ path: join(OUT, 'forecasts.png'), fullPage: true });
    await page.goto(`${base}/#/actors`);
    await page.waitForSelector('table.grid tbody tr a');
    await page.click('table.grid tbody tr a >> nth=0');
    await page.waitForSelector('.bars');
    await page.screenshot({ path: join(OUT, 'actor.png'), fullPage: true });
    expect((page as unknown as { outside: string[] }).outside).toEqual([]);
  });
});
