/**
 * What search costs a visitor of a built site, measured in Chromium: the files a page view
 * fetches (none of them may be search files), then the files and time of the first search
 * typed into /tim-kiem/. Sizes are read from the built files, as sent and gzipped (what a
 * host that compresses sends). Used by `npm run measure:search` and `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serve } from './static-server.ts';

export interface Fetched {
  path: string;
  bytes: number;
  gzip: number;
}

export interface SearchTransfer {
  query: string;
  /** Where the site was served, base included (the port changes on every run). */
  url: string;
  /** Files of a view of the home page, then of the search page before any key. */
  home: Fetched[];
  searchPage: Fetched[];
  /** Search files (under /pagefind/) fetched by those two page views: should be 0. */
  pageViewFiles: number;
  /** Files fetched from the first key press to the results. */
  first: Fetched[];
  files: number;
  bytes: number;
  gzip: number;
  /** From focus to the results on screen (loopback, no throttling). */
  milliseconds: number;
  /** The search status line once results are shown ("Tìm thấy …"). */
  status: string | null;
}

export const sumOf = (list: readonly Fetched[], key: 'bytes' | 'gzip') => list.reduce((total, item) => total + item[key], 0);

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

/** Serves `dist` under `base`, views the home and search pages, and types `query`. */
export async function measureFirstSearch(dist: string, base: string, query = 'dich vu cong'): Promise<SearchTransfer> {
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
    let milliseconds = 0;
    const first = await record(page, dist, base, async () => {
      const started = performance.now();
      await page.focus('#tu-khoa');
      await page.keyboard.type(query);
      await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
      milliseconds = performance.now() - started;
      await page.waitForLoadState('networkidle');
    });
    const status = await page.textContent('#trang-thai');
    return {
      query,
      url: `${server.origin}${base}`,
      home,
      searchPage,
      pageViewFiles: [...home, ...searchPage].filter((item) => item.path.includes('/pagefind/')).length,
      first,
      files: first.length,
      bytes: sumOf(first, 'bytes'),
      gzip: sumOf(first, 'gzip'),
      milliseconds,
      status,
    };
  } finally {
    await close();
    await server.close();
  }
}
