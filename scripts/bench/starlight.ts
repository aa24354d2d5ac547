/**
 * A stock Astro Starlight site holding the same pages as a built portal, to measure the
 * portal's first search against: one Markdown page per page the portal's search indexes,
 * with the same title and text (./portal-pages.ts), built by Starlight, which runs Pagefind
 * itself with its own search dialog (Pagefind's default UI).
 *
 *   node scripts/bench/starlight.ts [query …] [--dist dist] [--base /]
 *   (default query: "thanh toan qr"; default base: the portal's, from content/site.yaml)
 *
 * builds the site in a temporary folder from the portal's dist/ and prints its first-search
 * figures; `npm run measure:search -- --starlight` and `npm run bench` use the functions.
 *
 * The site is Starlight as its starter makes it, with three settings: the portal's language
 * (Vietnamese, so Pagefind reads both sites alike), no sidebar (by default every page lists
 * every other page, which at thousands of pages makes each page heavy and the build
 * quadratic; the sidebar is outside the indexed area either way) and a title. Starlight is
 * installed from the npm registry at a pinned version, with the project's own Astro
 * version; CDS_STARLIGHT_DIR names a folder to keep the install in between runs.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBuildSettings } from '../../src/check/settings.ts';
import type { SearchTarget } from '../lib/first-search-run.ts';
import { firstSearchOf, type FirstSearch } from '../lib/search-transfer.ts';
import { compareIndexes, type IndexComparison } from './index-words.ts';
import { readPortalPages, type PortalPage } from './portal-pages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Current on 2026-12-01 and made for Astro 7. Change it on purpose, and measure again. */
export const STARLIGHT_VERSION = '0.42.4';
/** The Astro the portal itself is built with. */
export const ASTRO_VERSION: string = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;

const ASTRO_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Starlight',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      sidebar: [],
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function run(command: string, args: string[], cwd: string): Promise<{ seconds: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolvePromise({ seconds: (performance.now() - started) / 1000 });
      else reject(new Error(`${command} ${args.join(' ')} thất bại (mã thoát ${code}) trong ${cwd}:\n${output.slice(-4000)}`));
    });
  });
}

const installedVersion = async (dir: string, name: string) =>
  JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8').catch(() => '{}')).version as string | undefined;

export interface StarlightProject {
  dir: string;
  /** The folder is CDS_STARLIGHT_DIR's, kept after the run. */
  kept: boolean;
  /** Removes the folder, unless it is kept. */
  dispose(): Promise<void>;
}

/** A folder with Starlight installed, ready to receive pages (npm install takes about 40 s). */
export async function prepareStarlight(): Promise<StarlightProject> {
  const kept = process.env.CDS_STARLIGHT_DIR ? resolve(process.env.CDS_STARLIGHT_DIR) : undefined;
  const dir = kept ?? (await mkdtemp(join(tmpdir(), 'cds-starlight-')));
  await mkdir(join(dir, 'src'), { recursive: true });
  const manifest = { name: 'starlight-bench', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: ASTRO_VERSION } };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
  await writeFile(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  if ((await installedVersion(dir, '@astrojs/starlight')) !== STARLIGHT_VERSION || (await installedVersion(dir, 'astro')) !== ASTRO_VERSION) {
    console.error(`… cài @astrojs/starlight@${STARLIGHT_VERSION} và astro@${ASTRO_VERSION} vào ${dir}`);
    await run('npm', ['install', '--no-audit', '--no-fund'], dir);
  }
  return { dir, kept: kept !== undefined, dispose: () => (kept ? Promise.resolve() : rm(dir, { recursive: true, force: true })) };
}

const frontmatter = (page: PortalPage) => `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n`;

export interface StarlightBuild {
  dist: string;
  pages: number;
  seconds: number;
  /** The page the search is opened from, under the base ("gioi-thieu/"). */
  page: string;
}

/** Writes one Markdown page per portal page, replacing earlier ones, and builds the site. */
export async function buildStarlight(project: StarlightProject, pages: readonly PortalPage[]): Promise<StarlightBuild> {
  if (pages.length === 0) throw new Error('Bản dựng của cổng không có trang nào được lập chỉ mục tìm kiếm (data-pagefind-body).');
  const docs = join(project.dir, 'src', 'content', 'docs');
  await rm(docs, { recursive: true, force: true });
  await rm(join(project.dir, 'dist'), { recursive: true, force: true });
  for (const page of pages) {
    const file = join(docs, `${page.route === '' ? 'index' : page.route}.md`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${frontmatter(page)}${page.markdown}\n`);
  }
  const { seconds } = await run(process.execPath, [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], project.dir);
  // A short page everyone has: any page would do, the page view itself is not counted.
  const opened = pages.find((page) => page.route === 'gioi-thieu') ?? pages[0]!;
  return { dist: join(project.dir, 'dist'), pages: pages.length, seconds, page: opened.route === '' ? '' : `${opened.route}/` };
}

/**
 * Starlight's search: a button opens a dialog, where Pagefind's UI (fetched after the
 * page's DOMContentLoaded, once the browser is idle) puts its box; focusing the box loads
 * Pagefind. A result is shown first as a grey placeholder, also a `.pagefind-ui__result`,
 * and gets its title link once its fragment has arrived: the first result is the first
 * one with that link.
 */
export function starlightSearch(build: StarlightBuild): SearchTarget {
  return {
    name: 'Starlight',
    dist: build.dist,
    base: '/',
    page: build.page,
    open: async (page) => {
      await page.click('site-search button[data-open-modal]');
      const box = page.locator('#starlight__search input');
      await box.waitFor({ state: 'visible' });
      await box.focus();
    },
    result: { selector: '.pagefind-ui__result:has(.pagefind-ui__result-link)' },
    statusSelector: '.pagefind-ui__message',
  };
}

/** Pagefind's UI, which Starlight bundles into a chunk of its own. */
const SEARCH_UI_CHUNK = /\/_astro\/ui-core\.[^/]+\.js$/;

export interface StarlightMeasure {
  version: string;
  pages: number;
  buildSeconds: number;
  /** Both indexes compared: they should hold the same pages, titles and words. */
  sameIndex: IndexComparison;
  searches: FirstSearch[];
  /** What may make the comparison unfair, in words, for the report. */
  warnings: string[];
}

/**
 * Builds the Starlight twin of a portal's dist/ in `project` and measures each query's
 * first search there.
 */
export async function measureStarlight(
  project: StarlightProject,
  portal: { dist: string; base: string },
  queries: readonly string[],
): Promise<StarlightMeasure> {
  const build = await buildStarlight(project, await readPortalPages(portal.dist));
  const sameIndex = await compareIndexes(portal, { dist: build.dist, base: '/' });
  const warnings: string[] = [];
  if (sameIndex.differing.length > 0 || sameIndex.pages[0] !== sameIndex.pages[1]) {
    warnings.push(`chỉ mục của cổng và của Starlight khác nhau ở ${sameIndex.differing.length} trang: ${sameIndex.differing.slice(0, 5).join('; ')}`);
  }
  const searches: FirstSearch[] = [];
  for (const query of queries) {
    const search = await firstSearchOf(starlightSearch(build), query);
    // Starlight fetches its search UI once the page is idle after DOMContentLoaded, so far
    // always after `load`; were it to arrive before, the definition would not count it.
    for (const run of [search.runs.loopback, search.runs.slow3g]) {
      if (!run.counted.some((record) => SEARCH_UI_CHUNK.test(record.path))) {
        warnings.push(`“${query}”, ${run.network}: gói giao diện tìm kiếm của Starlight (ui-core) về trước sự kiện load nên không được tính`);
      }
    }
    searches.push(search);
  }
  return { version: STARLIGHT_VERSION, pages: build.pages, buildSeconds: build.seconds, sameIndex, searches, warnings };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: 'string', default: join(root, 'dist') }, base: { type: 'string' } },
  });
  const base = values.base ?? (await loadBuildSettings(root, process.env)).base;
  const queries = positionals.length > 0 ? positionals : ['thanh toan qr'];
  const project = await prepareStarlight();
  try {
    const measured = await measureStarlight(project, { dist: resolve(values.dist), base }, queries);
    console.log(`Starlight ${measured.version}: ${measured.pages} trang, dựng trong ${measured.buildSeconds.toFixed(1)} s`);
    console.log(`Chỉ mục: ${measured.sameIndex.pages.join(' / ')} trang, ${measured.sameIndex.words.join(' / ')} từ (cổng / Starlight)`);
    for (const warning of measured.warnings) console.log(`! ${warning}`);
    for (const search of measured.searches) {
      const { runs, ...figures } = search;
      console.log(JSON.stringify({ ...figures, files: runs.slow3g.counted.map((record) => `${record.wave} ${record.phase} ${record.path} ${record.bytes} ${record.gzip}`) }, null, 2));
    }
  } finally {
    await project.dispose();
  }
}
