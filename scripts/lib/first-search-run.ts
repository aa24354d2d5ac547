/**
 * One first search on a built site, timed and recorded in Chromium: a new browser with an
 * empty profile (cold cache, cache off), loopback or emulated slow 3G, the site's page
 * opened and its `load` awaited, the search box made ready, the query typed at 150 ms a key
 * as a person types, until the first result is on screen. The same steps serve the portal
 * and the Starlight site it is compared with; each site says which page to open, how its
 * box is reached and what its first result looks like (a `SearchTarget`).
 *
 * Times are taken in the page (keydown, then a check on every animation frame), so they do
 * not include the round trips between this script and the browser. Requests are taken
 * from Playwright, which also sees those of the worker Pagefind searches in; a DevTools
 * session on the page alone misses them (the WebAssembly, the index, the fragments).
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { countFirstSearch, totals, type CountedRequest, type FirstSearchTotals, type RequestRecord } from './first-search-accounting.ts';
import { setNetwork, type NetworkName } from './slow-network.ts';
import { serve, servedFile } from './static-server.ts';

export interface SearchTarget {
  /** Shown in reports: "cổng", "Starlight". */
  name: string;
  dist: string;
  base: string;
  /** The page opened, under the base: "tim-kiem/". */
  page: string;
  /** After `load`: makes the box ready to type in (focus it, or open the search dialog). */
  open(page: Page): Promise<void>;
  /** The first result: any element matching `selector` and visible, or `status` whose text matches `pattern`. */
  result: { selector: string; status?: { selector: string; pattern: string } };
  /** An element whose text says what was found, for the report. */
  statusSelector: string;
}

export interface SearchRun {
  site: string;
  network: NetworkName;
  query: string;
  /** From the first key down to the first result on screen. */
  firstKeyToResultMs: number;
  /** From `load` to the box being ready for the first key (time spent in `open`). */
  readyMs: number;
  status: string | null;
  counted: CountedRequest[];
  totals: FirstSearchTotals;
  /** Received in the half second after the first result, not counted: ms after it, path. */
  late: Array<{ path: string; afterMs: number }>;
}

const TIMEOUT = 180_000;
export const KEY_DELAY_MS = 150;

/**
 * The browser's own requests for the tab's icon. With the cache off, headless Chromium asks
 * for it again each time the page rewrites its address (the portal's search keeps the query
 * in the URL); a real browser has it cached. Not the search's cost on either site.
 */
const BROWSER_ICON = /\/favicon\.(svg|ico|png)$/;

/**
 * In the page: the time once a result is shown, else false. In ms since 1970 like the
 * request records' times (Chromium's wall time of each request): both read the system
 * clock, and were seen to agree within a millisecond.
 */
function resultShownAt(result: SearchTarget['result']): number | false {
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
  };
  const listed = [...document.querySelectorAll(result.selector)].some(visible);
  const told = result.status ? new RegExp(result.status.pattern).test(document.querySelector(result.status.selector)?.textContent ?? '') : false;
  return listed || told ? performance.timeOrigin + performance.now() : false;
}

async function sizesOf(dist: string, base: string, path: string, cache: Map<string, { bytes: number; gzip: number }>) {
  const known = cache.get(path);
  if (known) return known;
  const body = await readFile((await servedFile(dist, base, path)).file);
  const sizes = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  cache.set(path, sizes);
  return sizes;
}

async function recordOf(request: Request, target: SearchTarget, cache: Map<string, { bytes: number; gzip: number }>): Promise<RequestRecord | undefined> {
  const url = new URL(request.url());
  if (!url.protocol.startsWith('http') || BROWSER_ICON.test(url.pathname)) return undefined;
  const timing = request.timing();
  if (timing.responseEnd < 0) return undefined;
  return {
    path: url.pathname,
    start: timing.startTime,
    end: timing.startTime + timing.responseEnd,
    ...(await sizesOf(target.dist, target.base, url.pathname, cache)),
  };
}

export async function runFirstSearch(target: SearchTarget, query: string, network: NetworkName): Promise<SearchRun> {
  // The slow run is served compressed, as a configured host would: the emulated link then
  // carries what a phone would receive, not raw text.
  const server = await serve(target.dist, target.base, { gzip: network === 'slow-3g' });
  const { browser, close } = await launchChromium();
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(TIMEOUT);
    await setNetwork(page, network);
    const finished: Request[] = [];
    page.on('requestfinished', (request) => finished.push(request));

    await page.goto(`${server.origin}${target.base}${target.page}`, { waitUntil: 'load', timeout: TIMEOUT });
    const loadAt = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance.timeOrigin + (navigation?.loadEventStart ?? performance.now());
    });
    await target.open(page);
    const readyAt = await page.evaluate(() => {
      const marks = window as unknown as { firstKeyAt?: number };
      addEventListener('keydown', () => (marks.firstKeyAt ??= performance.timeOrigin + performance.now()), { capture: true });
      return performance.timeOrigin + performance.now();
    });

    // Watched while typing: a site may show a result before the last key.
    const [resultAt] = await Promise.all([
      page.waitForFunction(resultShownAt, target.result, { polling: 'raf', timeout: TIMEOUT }).then((handle) => handle.jsonValue() as Promise<number>),
      page.keyboard.type(query, { delay: KEY_DELAY_MS }),
    ]);
    const firstKeyAt = await page.evaluate(() => (window as unknown as { firstKeyAt?: number }).firstKeyAt ?? Number.NaN);
    // Let the browser's last network events reach this script; later ones are not counted anyway.
    await page.waitForTimeout(500);
    const status = (await page.locator(target.statusSelector).first().textContent().catch(() => null))?.replace(/\s+/g, ' ').trim() ?? null;

    const cache = new Map<string, { bytes: number; gzip: number }>();
    const records = (await Promise.all(finished.map((request) => recordOf(request, target, cache)))).filter((record) => record !== undefined);
    const counted = countFirstSearch(records, { loadAt, resultAt }, target.base);
    return {
      site: target.name,
      network,
      query,
      firstKeyToResultMs: resultAt - firstKeyAt,
      readyMs: readyAt - loadAt,
      status,
      counted,
      totals: totals(counted),
      late: records.filter((record) => record.end > resultAt).map((record) => ({ path: record.path, afterMs: Math.round(record.end - resultAt) })),
    };
  } finally {
    await close();
    await server.close();
  }
}
