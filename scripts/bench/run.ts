/**
 * `npm run bench -- [N …] [--json tep.json] [--seed 1]`: how the build scales with the
 * number of local plans. For each N (default 100 1000 3300): a copy of content/ in a
 * temporary folder with N synthetic commune and district plans added
 * (scripts/bench/synthetic-plans.ts), built by the real build script, then measured:
 * build time (total and per HTML page), peak memory of the build's process tree, size of
 * dist/ and of its HTML pages, the first-visit transfer (gzip, HTML + CSS + JS) of the home
 * page, one plan page and the calendar, the search index and the first search in Chromium.
 * The first search (scripts/lib/first-search-accounting.ts: bytes, files, waves of round
 * trips; first key to first result on loopback and slow 3G) is measured for two queries,
 * on the portal and on a stock Starlight site built from the same N's indexed pages
 * (scripts/bench/starlight.ts; Starlight is installed from npm once per run).
 *
 * Prints Markdown tables and a JSON object (to the --json file if given), then checks:
 *   - build time per HTML page at the largest N ≤ 1.5 × that at the smallest N;
 *   - the home page weighs the same at every N (it shows province-level plans only);
 *   - no HTML page over 100 KB (102 400 bytes) at any N;
 *   - the content check (median of 3 runs after the first) within 3 s at every N;
 *   - at every N and for each query, the portal's first search transfers at most 0.6 × the
 *     bytes (gzip) of the Starlight site's.
 * Exits with 1 when a check fails.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBuildSettings } from '../../src/check/settings.ts';
import { measurePages, type PageWeight } from '../lib/page-weight.ts';
import { figures } from '../lib/first-search-report.ts';
import { firstSearchOf, measureFirstSearch, portalSearch, type FirstSearch } from '../lib/search-transfer.ts';
import { timeContentCheck, type CheckTime } from './check-time.ts';
import { distStats, runMeasured } from './measure.ts';
import { measureStarlight, prepareStarlight, type StarlightProject } from './starlight.ts';
import { generatePlans, loadSeedPlans, writePlans } from './synthetic-plans.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HTML_LIMIT = 102_400;
const TIME_RATIO = 1.5;
/** The query of the main table's first-search column (the one measured before Starlight was). */
const QUERY = 'dich vu cong';
/** Queries measured on both sites. */
const QUERIES = ['thanh toan qr', 'dich vu cong'];
/** The portal's first search may transfer at most this share of Starlight's (gzip). */
const STARLIGHT_RATIO = 0.6;
/** The content check runs on every save in the preview server. */
const CHECK_LIMIT_MS = 3_000;
const BUILD_ENV = {
  CDS_TODAY: '2024-10-05',
  SOURCE_DATE_EPOCH: '1728086400', // 2024-10-05T00:00:00Z
  CDS_SITE_URL: 'https://bench.test',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Cách dùng: npm run bench -- [N …] [--json tep.json] [--seed 1]   (mặc định: 100 1000 3300)');
  process.exit(0);
}
const counts = (positionals.length > 0 ? positionals : ['100', '1000', '3300']).map(Number);
const seed = Number(values.seed);
if (counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) {
  console.error(`Số kế hoạch phải là số nguyên dương và --seed là số nguyên (nhận: ${positionals.join(' ')} --seed ${values.seed}).`);
  process.exit(2);
}
counts.sort((a, b) => a - b);

interface PageTransfer {
  path: string;
  gzip: number;
  raw: number;
  html: number;
}

interface BenchRow {
  n: number;
  plans: number;
  htmlPages: number;
  buildSeconds: number;
  msPerPage: number;
  /** The content check alone: it runs on every save in the preview server. */
  contentCheck: CheckTime;
  peakRssMiB: number;
  dist: { files: number; bytes: number; mib: number };
  html: {
    bytes: number;
    meanBytes: number;
    largest: { path: string; bytes: number };
    over100KB: Array<{ path: string; bytes: number }>;
    kinds: Record<string, { count: number; meanBytes: number; largestBytes: number }>;
  };
  transfer: { home: PageTransfer | null; plan: PageTransfer | null; calendar: PageTransfer | null; homeSha256: string };
  search: {
    indexFiles: number;
    indexBytes: number;
    firstSearch: FirstSearchFigures & { pageViewFiles: number };
    starlight: { version: string; pages: number; buildSeconds: number; sameIndex: { pages: [number, number]; words: [number, number]; differing: string[] }; warnings: string[] };
    /** Each query on both sites; `gzipRatio` is portal / Starlight. */
    comparison: Array<{ query: string; portal: FirstSearchFigures; starlight: FirstSearchFigures; gzipRatio: number; slow3gRatio: number }>;
  };
}

type FirstSearchFigures = ReturnType<typeof figures>;

const MiB = 1024 * 1024;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

// Temporary folders to remove even when the run is interrupted (Ctrl-C reaches the build too).
const temporary = new Set<string>();
process.once('SIGINT', () => {
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
  process.exit(130);
});

async function benchOne(n: number, seedPlans: Awaited<ReturnType<typeof loadSeedPlans>>, starlightProject: StarlightProject): Promise<BenchRow> {
  const work = await mkdtemp(join(tmpdir(), `cds-bench-${n}-`));
  temporary.add(work);
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const env = { ...process.env, ...BUILD_ENV, CDS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const settings = await loadBuildSettings(root, env);
  // The build keeps a data-store cache per content folder (see scripts/build.ts): this one's goes too.
  const cache = join(root, 'node_modules', '.astro', settings.contentDir.replace(/[^a-z0-9]+/gi, '-'));
  temporary.add(cache);
  try {
    await cp(join(root, 'content'), content, { recursive: true });
    const plans = generatePlans(n, seedPlans, seed);
    await writePlans(content, plans);
    const contentCheck = await timeContentCheck(root, content, 3);

    console.error(`… N = ${n}: dựng ${n} kế hoạch giả lập (+ ${seedPlans.length} kế hoạch có sẵn) vào ${dist}`);
    const run = await runMeasured(process.execPath, ['scripts/build.ts', '--out', dist], { cwd: root, env });
    if (run.code !== 0) {
      throw new Error(
        `Dựng cổng với N = ${n} thất bại (mã thoát ${run.code ?? run.signal}).\n${run.stdout.trim()}\n${run.stderr.trim()}`.trim(),
      );
    }

    const stats = await distStats(dist, settings.base, HTML_LIMIT);
    const weights = await measurePages(dist, settings.base);
    const page = (path: string): PageTransfer | null => {
      const found = weights.find((weight: PageWeight) => weight.path === path);
      if (!found) console.error(`  ! Không thấy trang ${path} trong bản dựng N = ${n}.`);
      return found ? { path, gzip: found.gzip, raw: found.raw, html: found.html } : null;
    };
    const first = plans[0]!;
    console.error(`… N = ${n}: đo lần tìm kiếm đầu tiên trong Chromium (cổng; mạng nội bộ và 3G chậm)`);
    const search = await measureFirstSearch(dist, settings.base, QUERY);
    // One browser at a time: the timings share the machine's two cores with nothing else.
    const portalSearches: FirstSearch[] = [];
    for (const query of QUERIES) portalSearches.push(query === QUERY ? search : await firstSearchOf(portalSearch(dist, settings.base), query));
    console.error(`… N = ${n}: dựng trang Starlight từ các trang có chỉ mục của cổng, rồi đo`);
    const starlight = await measureStarlight(starlightProject, { dist, base: settings.base }, QUERIES);
    for (const warning of starlight.warnings) console.error(`  ! N = ${n}: ${warning}`);

    return {
      n,
      plans: n + seedPlans.length,
      htmlPages: stats.html.count,
      buildSeconds: round(run.seconds, 2),
      msPerPage: round((run.seconds * 1000) / Math.max(1, stats.html.count), 2),
      contentCheck,
      peakRssMiB: round(run.peakRss / MiB),
      dist: { files: stats.files, bytes: stats.bytes, mib: round(stats.bytes / MiB, 2) },
      html: {
        bytes: stats.html.bytes,
        meanBytes: Math.round(stats.html.bytes / Math.max(1, stats.html.count)),
        largest: stats.html.largest,
        over100KB: stats.over,
        kinds: Object.fromEntries(
          Object.entries(stats.kinds).map(([kind, entry]) => [kind, { count: entry.count, meanBytes: Math.round(entry.bytes / entry.count), largestBytes: entry.largest }]),
        ),
      },
      transfer: {
        home: page(settings.base),
        plan: page(`${settings.base}ke-hoach/${first.id}/`),
        calendar: page(`${settings.base}lich/`),
        homeSha256: createHash('sha256').update(readFileSync(join(dist, 'index.html'))).digest('hex'),
      },
      search: {
        indexFiles: stats.pagefind.files,
        indexBytes: stats.pagefind.bytes,
        firstSearch: { ...figures(search), pageViewFiles: search.pageViewFiles },
        starlight: {
          version: starlight.version,
          pages: starlight.pages,
          buildSeconds: round(starlight.buildSeconds, 2),
          sameIndex: starlight.sameIndex,
          warnings: starlight.warnings,
        },
        comparison: QUERIES.map((query, index) => {
          const portal = figures(portalSearches[index]!);
          const other = figures(starlight.searches[index]!);
          return { query, portal, starlight: other, gzipRatio: round(portal.gzip / other.gzip, 3), slow3gRatio: round(portal.slow3gMilliseconds / other.slow3gMilliseconds, 3) };
        }),
      },
    };
  } finally {
    for (const path of [work, cache]) {
      await rm(path, { recursive: true, force: true });
      temporary.delete(path);
    }
  }
}

const seedPlans = await loadSeedPlans(join(root, 'content'));
const rows: BenchRow[] = [];
let starlightProject: StarlightProject | undefined;
try {
  starlightProject = await prepareStarlight();
  if (!starlightProject.kept) temporary.add(starlightProject.dir);
  for (const n of counts) rows.push(await benchOne(n, seedPlans, starlightProject));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await starlightProject?.dispose();
  if (starlightProject) temporary.delete(starlightProject.dir);
}
if (process.exitCode === 1) process.exit(1);

// ---------------------------------------------------------------- report

const gz = (transfer: PageTransfer | null) => (transfer ? kb(transfer.gzip) : '—');
console.log('\n# Đo dựng cổng theo số kế hoạch\n');
console.log(
  '| N | kế hoạch | trang HTML | dựng (s) | ms/trang | bộ nhớ đỉnh | dist | HTML tổng | HTML trung bình | HTML lớn nhất | trang chủ (gzip) | trang kế hoạch (gzip) | /lich/ (gzip) | chỉ mục tìm kiếm | lần tìm đầu (gzip) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.n} | ${row.plans} | ${row.htmlPages} | ${row.buildSeconds.toFixed(1)} | ${row.msPerPage.toFixed(1)} | ${row.peakRssMiB.toFixed(0)} MiB | ${mib(row.dist.bytes)} | ${mib(row.html.bytes)} | ${kb(row.html.meanBytes)} | ${kb(row.html.largest.bytes)} ${row.html.largest.path} | ${gz(row.transfer.home)} | ${gz(row.transfer.plan)} | ${gz(row.transfer.calendar)} | ${mib(row.search.indexBytes)} (${row.search.indexFiles} tệp) | ${kb(row.search.firstSearch.gzip)} (${row.search.firstSearch.files} tệp, ${row.search.firstSearch.milliseconds} ms) |`,
  );
}

// The same pages and queries on a stock Starlight site: bytes received from `load` to the
// first result (plus Pagefind's files during load), waves of round trips, and the time
// from the first key to the first result on emulated slow 3G.
console.log('\n## Lần tìm đầu: cổng và Starlight (cùng trang, cùng từ khóa; 3G chậm: 400 ms, 400 kbit/s)\n');
console.log('| N | trang có chỉ mục | từ khóa | cổng (gzip) | tệp | đợt | 3G chậm | Starlight (gzip) | tệp | đợt | 3G chậm | cổng / Starlight (gzip) |');
console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  for (const entry of row.search.comparison) {
    const { portal, starlight } = entry;
    console.log(
      `| ${row.n} | ${row.search.starlight.pages} | ${entry.query} | ${kb(portal.gzip)} | ${portal.files} | ${portal.waves} | ${portal.slow3gMilliseconds} ms | ${kb(starlight.gzip)} | ${starlight.files} | ${starlight.waves} | ${starlight.slow3gMilliseconds} ms | ${entry.gzipRatio.toFixed(2)} |`,
    );
  }
}

// Each kind of page stays within a bound: lists fill up to their page size as N grows,
// which is why the mean above rises towards that bound and then stops.
const kinds = [...new Set(rows.flatMap((row) => Object.keys(row.html.kinds)))].sort();
console.log('\n## Kiểm tra nội dung (chạy trước mỗi lần dựng và mỗi lần lưu khi xem thử)\n');
for (const row of rows) {
  console.log(`- N = ${row.n}: ${row.contentCheck.files} tệp, lần đầu ${row.contentCheck.firstMs} ms, các lần sau ${row.contentCheck.medianMs} ms`);
}

console.log('\n## Trang HTML theo loại: số trang, trung bình / lớn nhất\n');
console.log(`| loại trang | ${rows.map((row) => `N = ${row.n}`).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---:').join('|')}|`);
for (const kind of kinds) {
  const cells = rows.map((row) => {
    const entry = row.html.kinds[kind];
    return entry ? `${entry.count} · ${kb(entry.meanBytes)} / ${kb(entry.largestBytes)}` : '—';
  });
  console.log(`| ${kind} | ${cells.join(' | ')} |`);
}

const report = {
  date: BUILD_ENV.CDS_TODAY,
  seed,
  node: process.version,
  cpus: availableParallelism(),
  rows,
};
const json = `${JSON.stringify(report, null, 2)}\n`;
if (values.json) {
  await writeFile(resolve(values.json), json);
  console.log(`\nKết quả dạng JSON: ${resolve(values.json)}`);
} else {
  console.log(`\n${json}`);
}

// ---------------------------------------------------------------- checks

const smallest = rows[0]!;
const largest = rows.at(-1)!;
const homes = rows.map((row) => row.transfer.home?.gzip ?? null);
const over = rows.flatMap((row) => row.html.over100KB.map((page) => ({ n: row.n, ...page })));
const checks = [
  {
    name: `thời gian dựng mỗi trang ở N = ${largest.n} ≤ ${TIME_RATIO} × ở N = ${smallest.n}`,
    ok: largest.msPerPage <= TIME_RATIO * smallest.msPerPage,
    detail: `${largest.msPerPage.toFixed(2)} ms so với ${smallest.msPerPage.toFixed(2)} ms (× ${(largest.msPerPage / smallest.msPerPage).toFixed(2)})`,
  },
  {
    name: `kiểm tra nội dung ≤ ${CHECK_LIMIT_MS / 1000} giây ở mọi N (mỗi lần lưu khi xem thử)`,
    ok: rows.every((row) => row.contentCheck.medianMs <= CHECK_LIMIT_MS),
    detail: rows.map((row) => `N = ${row.n}: ${row.contentCheck.medianMs} ms`).join('; '),
  },
  {
    name: 'trang chủ tải như nhau ở mọi N',
    ok: homes.every((gzip) => gzip !== null && gzip === homes[0]),
    detail: `${rows.map((row) => `N = ${row.n}: ${row.transfer.home ? `${row.transfer.home.gzip} B gzip` : 'không có'}`).join('; ')}${
      new Set(rows.map((row) => row.transfer.homeSha256)).size === 1 ? ' (HTML giống nhau từng byte)' : ' (HTML khác nhau)'
    }`,
  },
  {
    name: `không trang HTML nào quá 100 KB (${HTML_LIMIT} byte)`,
    ok: over.length === 0,
    detail:
      over.length === 0
        ? rows.map((row) => `N = ${row.n}: lớn nhất ${row.html.largest.bytes} B (${row.html.largest.path})`).join('; ')
        : `${over.length} trang quá: ${over
            .slice(0, 10)
            .map((page) => `N = ${page.n} ${page.path} ${page.bytes} B`)
            .join('; ')}${over.length > 10 ? '; …' : ''}`,
  },
  {
    name: `lần tìm đầu của cổng ≤ ${STARLIGHT_RATIO} × của Starlight (byte gzip) ở mọi N, với “${QUERIES.join('” và “')}”`,
    ok: rows.every((row) => row.search.comparison.every((entry) => entry.portal.gzip <= STARLIGHT_RATIO * entry.starlight.gzip)),
    detail: rows
      .flatMap((row) => row.search.comparison.map((entry) => `N = ${row.n} “${entry.query}”: ${entry.portal.gzip} B / ${entry.starlight.gzip} B (× ${entry.gzipRatio.toFixed(2)})`))
      .join('; '),
  },
];
console.log('\n## Tiêu chí\n');
for (const check of checks) console.log(`- ${check.ok ? '✓ đạt' : '✗ KHÔNG ĐẠT'}: ${check.name} — ${check.detail}`);
const failed = checks.filter((check) => !check.ok);
if (failed.length > 0) {
  console.error(`\nKhông đạt ${failed.length} tiêu chí: ${failed.map((check) => check.name).join('; ')}.`);
  process.exitCode = 1;
}
