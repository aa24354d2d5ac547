/**
 * `npm run measure:search`: what search costs a visitor, measured in Chromium against the
 * built site (run `npm run build` first). A page view must fetch nothing of search; the
 * first search fetches Pagefind's script, WebAssembly and the index parts it needs.
 * Prints each file with its size as sent and gzipped (what a host that compresses sends),
 * and the time from the first key press to the results on screen.
 *
 *   node scripts/measure-search.ts [query]      (default query: "dich vu cong")
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadBuildSettings } from '../src/check/settings.ts';
import { launchChromium } from './lib/chromium.ts';
import { serve } from './lib/static-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const query = process.argv[2] ?? 'dich vu cong';
const dist = join(root, 'dist');
const { base } = await loadBuildSettings(root, process.env);

interface Fetched {
  path: string;
  bytes: number;
  gzip: number;
}

async function record(page: Page, action: () => Promise<void>): Promise<Fetched[]> {
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (list: Fetched[], key: 'bytes' | 'gzip') => list.reduce((total, item) => total + item[key], 0);

const server = await serve(dist, base);
const { browser, close } = await launchChromium();
try {
  const page = await browser.newPage();
  const home = await record(page, async () => {
    await page.goto(`${server.origin}${base}`, { waitUntil: 'networkidle' });
  });
  const searchPage = await record(page, async () => {
    await page.goto(`${server.origin}${base}tim-kiem/`, { waitUntil: 'networkidle' });
  });
  let milliseconds = 0;
  const first = await record(page, async () => {
    const started = performance.now();
    await page.focus('#tu-khoa');
    await page.keyboard.type(query);
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    milliseconds = performance.now() - started;
    await page.waitForLoadState('networkidle');
  });
  const status = await page.textContent('#trang-thai');

  const searchBytes = [...home, ...searchPage].filter((item) => item.path.includes('/pagefind/'));
  console.log(`# Search cost (${server.origin}${base}, query “${query}”)\n`);
  console.log(`Home page view: ${home.length} files, ${kb(sum(home, 'gzip'))} gzip; search files fetched: ${searchBytes.length}`);
  console.log(`Search page view (before any key): ${searchPage.length} files, ${kb(sum(searchPage, 'gzip'))} gzip\n`);
  console.log('| first search fetched | as sent | gzip |\n|---|---:|---:|');
  for (const item of first) console.log(`| ${item.path} | ${kb(item.bytes)} | ${kb(item.gzip)} |`);
  console.log(`| **total (${first.length} files)** | **${kb(sum(first, 'bytes'))}** | **${kb(sum(first, 'gzip'))}** |\n`);
  console.log(`Time from focus to results on screen: ${Math.round(milliseconds)} ms (loopback, no throttling) — ${status}`);
  console.log(
    JSON.stringify({ query, homeSearchFiles: searchBytes.length, firstSearch: { files: first.length, bytes: sum(first, 'bytes'), gzip: sum(first, 'gzip'), milliseconds: Math.round(milliseconds) } }),
  );
  if (searchBytes.length > 0) process.exitCode = 1;
} finally {
  await close();
  await server.close();
}
