/**
 * What search costs a visitor of the built portal, measured in Chromium: the files a plain
 * page view fetches (none of them may be search files), then the portal's first search by
 * the definition in ./first-search-accounting.ts, once on loopback and once on emulated slow
 * 3G (./first-search-run.ts). Sizes are read from the built files, as sent and gzipped.
 * Used by `npm run measure:search` and `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { runFirstSearch, type SearchRun, type SearchTarget } from './first-search-run.ts';
import { serve } from './static-server.ts';

export interface Fetched {
  path: string;
  bytes: number;
  gzip: number;
}

/** A site's first search on both networks: the figures reported side by side. */
export interface FirstSearch {
  query: string;
  /** Counted on the slow 3G visit (the definition's own setting). */
  files: number;
  waves: number;
  bytes: number;
  gzip: number;
  /** First key to first result, loopback then slow 3G. */
  milliseconds: number;
  slow3gMilliseconds: number;
  /** From `load` to the box being ready for typing, on slow 3G. */
  slow3gReadyMilliseconds: number;
  status: string | null;
  runs: { loopback: SearchRun; slow3g: SearchRun };
}

export interface SearchTransfer extends FirstSearch {
  /** Where the page views were served, base included (the port changes on every run). */
  url: string;
  /** Files of a view of the home page, then of the search page before any key. */
  home: Fetched[];
  searchPage: Fetched[];
  /**
   * Search files (under /pagefind/) fetched by a view of the home page: should be 0. The
   * search page itself may fetch them as it opens: those count in its first search.
   */
  pageViewFiles: number;
  /** The files of the first search (slow 3G visit), in the order they were requested. */
  first: Array<Fetched & { wave: number; phase: 'load' | 'after-load' }>;
}

export const sumOf = (list: readonly Fetched[], key: 'bytes' | 'gzip') => list.reduce((total, item) => total + item[key], 0);

/** The portal's search page: results are `<li>` in `<ol id="ket-qua">`, the status line is `#trang-thai`. */
export function portalSearch(dist: string, base: string): SearchTarget {
  return {
    name: 'cổng',
    dist,
    base,
    page: 'tim-kiem/',
    open: (page) => page.focus('#tu-khoa'),
    result: { selector: '#ket-qua li', status: { selector: '#trang-thai', pattern: 'Không tìm thấy' } },
    statusSelector: '#trang-thai',
  };
}

/** The same query on loopback and on slow 3G, for any site. */
export async function firstSearchOf(target: SearchTarget, query: string): Promise<FirstSearch> {
  const loopback = await runFirstSearch(target, query, 'loopback');
  const slow3g = await runFirstSearch(target, query, 'slow-3g');
  return {
    query,
    ...slow3g.totals,
    milliseconds: loopback.firstKeyToResultMs,
    slow3gMilliseconds: slow3g.firstKeyToResultMs,
    slow3gReadyMilliseconds: slow3g.readyMs,
    status: slow3g.status,
    runs: { loopback, slow3g },
  };
}

async function record(page: Page, dist: string, base: string, action: () => Promise<void>): Promise<Fetched[]> {
  const paths: string[] = [];
  const listener = (request: { url(): string }) => paths.push(new URL(request.url()).pathname);
  page.on('requestfinished', listener);
  await action();
  page.off('requestfinished', listener);
  return Promise.all(
    paths.map(async (path) => {
      const inside = path.slice(base.length);
      const file = join(dist, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
      const body = await readFile(file);
      return { path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
}

/** The files of a plain view of the home page and of the search page before any key. */
async function pageViews(dist: string, base: string): Promise<Pick<SearchTransfer, 'url' | 'home' | 'searchPage' | 'pageViewFiles'>> {
  const server = await serve(dist, base);
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage();
    const home = await record(page, dist, base, async () => {
      await page.goto(`${server.origin}${base}`, { waitUntil: 'networkidle' });
    });
    const searchPage = await record(page, dist, base, async () => {
      await page.goto(`${server.origin}${base}tim-kiem/`, { waitUntil: 'networkidle' });
    });
    return { url: `${server.origin}${base}`, home, searchPage, pageViewFiles: home.filter((item) => item.path.includes('/pagefind/')).length };
  } finally {
    await close();
    await server.close();
  }
}

/** Serves `dist` under `base`: page views, then `query` typed into /tim-kiem/ on both networks. */
export async function measureFirstSearch(dist: string, base: string, query = 'thanh toan qr'): Promise<SearchTransfer> {
  const views = await pageViews(dist, base);
  const search = await firstSearchOf(portalSearch(dist, base), query);
  return {
    ...views,
    ...search,
    first: search.runs.slow3g.counted.map(({ path, bytes, gzip, wave, phase }) => ({ path, bytes, gzip, wave, phase })),
  };
}
