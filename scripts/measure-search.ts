/**
 * `npm run measure:search`: what search costs a visitor, measured in Chromium against the
 * built site (run `npm run build` first). A plain page view must fetch nothing of search.
 * The first search is measured by the definition in scripts/lib/first-search-accounting.ts
 * (responses after the page's `load` until the first result, plus Pagefind's files during
 * the load): its files with their size as sent and gzipped, its waves of round trips, and
 * the time from the first key to the first result on loopback and on emulated slow 3G.
 * With --starlight, the same for a stock Starlight site built from the same pages
 * (scripts/bench/starlight.ts; installing Starlight from npm takes about a minute).
 *
 *   node scripts/measure-search.ts [query] [--starlight]     (default query: "thanh toan qr")
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBuildSettings } from '../src/check/settings.ts';
import { measureStarlight, prepareStarlight, type StarlightMeasure } from './bench/starlight.ts';
import { figures, fileTable, kb, ms, sideBySide } from './lib/first-search-report.ts';
import { measureFirstSearch, sumOf } from './lib/search-transfer.ts';
import { SLOW_3G } from './lib/slow-network.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { starlight: { type: 'boolean', default: false } } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const query = positionals[0] ?? 'thanh toan qr';
const dist = join(root, 'dist');
const { base } = await loadBuildSettings(root, process.env);

const portal = await measureFirstSearch(dist, base, query);
let starlight: StarlightMeasure | undefined;
if (values.starlight) {
  const project = await prepareStarlight();
  try {
    starlight = await measureStarlight(project, { dist, base }, [query]);
  } finally {
    await project.dispose();
  }
}

const { url, home, searchPage, pageViewFiles } = portal;
console.log(`# Search cost (${url}, query “${query}”)\n`);
console.log(`Home page view: ${home.length} files, ${kb(sumOf(home, 'gzip'))} gzip; search files fetched: ${pageViewFiles}`);
console.log(`Search page view (before any key): ${searchPage.length} files, ${kb(sumOf(searchPage, 'gzip'))} gzip\n`);
console.log('First search: responses received after the page’s load event until the first result is on screen,');
console.log('plus Pagefind’s files (pagefind/) received during the load; counted on the slow 3G visit. A request');
console.log('is in wave k + 1 when it started after a request of wave k had finished.\n');
console.log(`## Portal (/tim-kiem/)\n\n${fileTable(portal)}\n`);
console.log(
  `Time from the first key to the first result (keys 150 ms apart): ${ms(portal.milliseconds)} on loopback, ` +
    `${ms(portal.slow3gMilliseconds)} on slow 3G (${SLOW_3G.latency} ms, ${(SLOW_3G.downloadThroughput * 8) / 1000} kbit/s, served gzipped) — ${portal.status}`,
);
if (starlight) {
  const other = starlight.searches[0]!;
  console.log(`\n## Starlight ${starlight.version} (${starlight.pages} pages, built in ${starlight.buildSeconds.toFixed(1)} s)\n\n${fileTable(other)}\n`);
  console.log(`Index: ${starlight.sameIndex.pages.join(' / ')} pages, ${starlight.sameIndex.words.join(' / ')} words (portal / Starlight) — ${other.status}`);
  for (const warning of starlight.warnings) console.log(`! ${warning}`);
  console.log(`\n## Side by side (query “${query}”)\n\n${sideBySide(portal, other, 'Starlight')}\n`);
}
console.log(
  JSON.stringify({
    query,
    homeSearchFiles: pageViewFiles,
    firstSearch: figures(portal),
    ...(starlight ? { starlight: { version: starlight.version, pages: starlight.pages, sameIndex: starlight.sameIndex, firstSearch: figures(starlight.searches[0]!) } } : {}),
  }),
);
if (pageViewFiles > 0) process.exitCode = 1;
