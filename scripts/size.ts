/**
 * `npm run size`: the first-visit weight of every page of the built site (run `npm run
 * build` first) against the budgets: home ≤ 30 KB, other pages ≤ 25 KB, gzip, without
 * images and search data. Exits non-zero when a page is over. The web editor (/admin/) is
 * exempt: it is an application for editors, not a page citizens visit (EXEMPT in
 * scripts/lib/page-weight.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuildSettings } from '../src/check/settings.ts';
import { BUDGETS, EXEMPT, measurePages } from './lib/page-weight.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { base } = await loadBuildSettings(root, process.env);
const pages = await measurePages(join(root, 'dist'), base);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const heaviest = [...pages].sort((a, b) => b.gzip - a.gzip);
const over = pages.filter((page) => page.gzip > BUDGETS[page.kind]);
console.log('| page | kind | HTML raw | transfer (gzip) | budget |\n|---|---|---:|---:|---:|');
for (const page of [pages.find((page) => page.kind === 'home')!, ...heaviest.filter((page) => page.kind === 'content').slice(0, 8)]) {
  console.log(`| ${page.path} | ${page.kind} | ${kb(page.html)} | ${kb(page.gzip)} | ${kb(BUDGETS[page.kind])} |`);
}
console.log(`\nExempt: ${EXEMPT.join(', ')} (the web editor and its help).`);
console.log(`\n${pages.length} pages; largest HTML ${kb(Math.max(...pages.map((page) => page.html)))}; ${over.length} over budget.`);
for (const page of over) console.error(`Over budget: ${page.path} ${kb(page.gzip)} > ${kb(BUDGETS[page.kind])}`);
if (over.length > 0) process.exitCode = 1;
