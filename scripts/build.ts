/**
 * `npm run build`: checks content (Vietnamese errors, before Astro reads anything), then
 * builds into a staging folder and swaps it in for dist/ only on success, so a failed
 * build never leaves a half-written site behind.
 *
 * Staging lives in node_modules/.cds-dang-dung/ (git-ignored, on the same filesystem as
 * dist/ so the swap is a rename); a folder left by a build that was killed outright is
 * removed by the next build. Any failure (content, an error while Astro renders, Pagefind,
 * Ctrl+C or SIGTERM) prints one Vietnamese line, exits non-zero (130 for Ctrl+C), removes
 * the staging folder once Astro has stopped writing into it, and leaves dist/ as it was.
 * English stack frames are kept out of the output unless CDS_DEBUG=1.
 *
 *   node scripts/build.ts [--out DIR]
 * Environment: CDS_CONTENT_DIR, CDS_SITE_URL, CDS_BASE (see src/check/settings.ts).
 *
 * A build made for a preview address (localhost, a private network) still succeeds, since
 * previewing is what such a build is for, but ends with a warning on stderr: it is the last
 * thing on the screen, after Astro's own output. Only this script warns; `astro dev` and
 * `astro preview` never come through here.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/content.ts';
import { loadBuildSettings } from '../src/check/settings.ts';
import { isPreviewAddress } from '../src/lib/preview-address.ts';
import { absoluteUrl } from '../src/lib/url.ts';
import { formatProblems } from '../src/schemas/errors.ts';
import {
  bodySizeWarnings,
  contentFileForRoute,
  contentFileInError,
  explainFailure,
  failureLine,
  interruptedLine,
  isAstroErrorLog,
  isStackFrame,
  renderFailureLine,
  routeInLog,
} from './lib/build-failure.ts';
import { previewBuildWarning } from './lib/preview-address-messages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.out);
const debug = process.env.CDS_DEBUG === '1';
/** The output folder as the editor knows it: relative to the project when inside it. */
const shownOut = (() => {
  const inside = relative(root, outDir);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : outDir;
})();

/** Folders of this build that must not outlive it (staging, the previous dist/ while swapping). */
const ours = new Set<string>();
let astroRunning: Promise<unknown> | undefined;
let stopping = false;

/** Removes a folder Astro may still be writing into: retried until it stays gone. */
async function removeSoon(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
    await new Promise((done) => setTimeout(done, 200));
    if (!(await stat(dir).catch(() => undefined))) return;
  }
}

/** Last removal right before exiting: synchronous, so nothing of this process writes meanwhile. */
function removeNow(): void {
  for (const dir of ours) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // Reported by the check in the tests; nothing more can be done on the way out.
    }
  }
}

/** Waits for Astro to stop (its build promise settled, Pagefind's service closed), then cleans up. */
async function stopAndClean(): Promise<void> {
  stopping = true;
  if (astroRunning) {
    await Promise.race([astroRunning.catch(() => undefined), new Promise((done) => setTimeout(done, 1_000))]);
  }
  await import('pagefind')
    .then((pagefind) => pagefind.close())
    .catch(() => undefined);
  for (const dir of ours) await removeSoon(dir);
  removeNow();
}

/** Unless CDS_DEBUG=1, drops stack frames and Astro's own error lines (the summary follows). */
const astroErrors: string[] = [];
function filterOutput(stream: NodeJS.WriteStream): void {
  if (debug) return;
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text.split('\n').filter((line) => {
      if (isAstroErrorLog(line)) {
        astroErrors.push(line);
        return false;
      }
      return !isStackFrame(line);
    });
    if (kept.length === 1 && kept[0] === '' && text !== '') return true;
    return write(kept.join('\n'), ...rest);
  }) as typeof stream.write;
}
filterOutput(process.stdout);
filterOutput(process.stderr);

function fail(lines: string[], code = 1): never {
  console.error(`\n${lines.join('\n')}\n`);
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    void stopAndClean().finally(() => fail([interruptedLine(shownOut, signal)], signal === 'SIGINT' ? 130 : 143));
  });
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const settings = await loadBuildSettings(root, process.env);
const { problems, content } = await checkContent(root, settings.contentDir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  fail([failureLine(shownOut)]);
}
for (const warning of bodySizeWarnings(content)) console.error(warning);

/**
 * node_modules/.cds-dang-dung/ when it is on dist/'s filesystem (a rename across
 * filesystems is a copy, not a swap); otherwise beside dist/, as a hidden folder.
 */
await mkdir(dirname(outDir), { recursive: true });
const stagingRoot = (() => {
  const preferred = join(root, 'node_modules', '.cds-dang-dung');
  mkdirSync(preferred, { recursive: true });
  return statSync(preferred).dev === statSync(dirname(outDir)).dev ? preferred : dirname(outDir);
})();
const stagingPrefix = stagingRoot === dirname(outDir) ? `.${basename(outDir)}-dang-dung-` : '';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folders of builds whose process is gone (killed outright: no handler ran). */
async function removeLeftovers(): Promise<void> {
  for (const name of await readdir(stagingRoot).catch(() => [] as string[])) {
    const pid = Number(new RegExp(`^${escape(stagingPrefix)}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!alive) await rm(join(stagingRoot, name), { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  }
  // Leftovers of builds from before staging moved (".dist-dang-dung-XXXXXX", "dist.cu").
  const old = new RegExp(`^\\.${escape(basename(outDir))}-dang-dung-[A-Za-z0-9]{6}$`);
  for (const name of await readdir(dirname(outDir)).catch(() => [] as string[])) {
    if (old.test(name)) await rm(join(dirname(outDir), name), { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  }
  await rm(`${outDir}.cu`, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
}
await removeLeftovers();

const staging = await mkdtemp(join(stagingRoot, `${stagingPrefix}${process.pid}-`));
ours.add(staging);
const started = performance.now();
let thrown: unknown;
process.on('unhandledRejection', (error) => {
  thrown ??= error;
});
try {
  const { build } = await import('astro');
  // A cache of its own per content folder: builds of other content (tests, previews)
  // never read each other's data store.
  const cacheDir = join(root, 'node_modules', '.astro', settings.contentDir.replace(/[^a-z0-9]+/gi, '-'));
  astroRunning = build({ root, outDir: staging, cacheDir, logLevel: 'warn' });
  await astroRunning;
  if (stopping) await new Promise(() => undefined); // the signal handler exits
  const previous = `${staging}-cu`;
  ours.add(previous);
  await rename(outDir, previous).catch(() => undefined);
  try {
    await rename(staging, outDir);
  } catch (error) {
    await rename(previous, outDir).catch(() => undefined);
    throw error;
  }
  await rm(previous, { recursive: true, force: true, maxRetries: 5 });
} catch (error) {
  thrown = error;
}
if (thrown !== undefined) {
  if (stopping) await new Promise(() => undefined);
  await stopAndClean();
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const log = astroErrors.join('\n');
  const route = routeInLog(log) ?? routeInLog(message);
  const details = `${message}\n${thrown instanceof Error ? (thrown.stack ?? '') : ''}\n${log}`;
  const explained = explainFailure(details, content, (path) => relative(root, path).split('\\').join('/'));
  const file =
    explained?.file ??
    contentFileInError(details, root, settings.contentDir) ??
    (route ? contentFileForRoute(route, settings.base, content) : undefined);
  if (debug) console.error(thrown);
  fail([failureLine(shownOut), renderFailureLine(explained?.text ?? message, file, route)]);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Đã dựng cổng vào ${values.out}/ trong ${seconds} giây (${settings.site}${settings.base}).`);
if (isPreviewAddress(settings.site)) {
  const warning = previewBuildWarning({
    address: absoluteUrl(settings.site, settings.base),
    siteFile: `${settings.contentDir}/site.yaml`,
    fromEnvironment: process.env.CDS_SITE_URL !== undefined,
  });
  console.error(`\n${warning}\n`);
}
