/**
 * `npm run measure:search`: what search costs a visitor, measured in Chromium against the
 * built site (run `npm run build` first). A page view must fetch nothing of search; the
 * first search fetches Pagefind's script, WebAssembly and the index parts it needs.
 * Prints each file with its size as sent and gzipped (what a host that compresses sends),
 * and the time from the first key press to the results on screen.
 *
 *   node scripts/measure-search.ts [query]      (default query: "dich vu cong")
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuildSettings } from '../src/check/settings.ts';
import { measureFirstSearch, sumOf } from './lib/search-transfer.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const query = process.argv[2] ?? 'dich vu cong';
const dist = join(root, 'dist');
const { base } = await loadBuildSettings(root, process.env);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const { url, home, searchPage, pageViewFiles, first, milliseconds, status } = await measureFirstSearch(dist, base, query);
console.log(`# Search cost (${url}, query “${query}”)\n`);
console.log(`Home page view: ${home.length} files, ${kb(sumOf(home, 'gzip'))} gzip; search files fetched: ${pageViewFiles}`);
console.log(`Search page view (before any key): ${searchPage.length} files, ${kb(sumOf(searchPage, 'gzip'))} gzip\n`);
console.log('| first search fetched | as sent | gzip |\n|---|---:|---:|');
for (const item of first) console.log(`| ${item.path} | ${kb(item.bytes)} | ${kb(item.gzip)} |`);
console.log(`| **total (${first.length} files)** | **${kb(sumOf(first, 'bytes'))}** | **${kb(sumOf(first, 'gzip'))}** |\n`);
console.log(`Time from focus to results on screen: ${Math.round(milliseconds)} ms (loopback, no throttling) — ${status}`);
console.log(
  JSON.stringify({ query, homeSearchFiles: pageViewFiles, firstSearch: { files: first.length, bytes: sumOf(first, 'bytes'), gzip: sumOf(first, 'gzip'), milliseconds: Math.round(milliseconds) } }),
);
if (pageViewFiles > 0) process.exitCode = 1;
