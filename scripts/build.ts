/**
 * `npm run build`: checks content (Vietnamese errors, before Astro reads anything), then
 * builds into a fresh folder beside dist/ and swaps it in only on success, so a failed
 * build never leaves a half-written site behind.
 *
 *   node scripts/build.ts [--out DIR]
 * Environment: CDS_CONTENT_DIR, CDS_SITE_URL, CDS_BASE (see src/check/settings.ts).
 *
 * A build made for a preview address (localhost, a private network) still succeeds, since
 * previewing is what such a build is for, but ends with a warning on stderr: it is the last
 * thing on the screen, after Astro's own output. Only this script warns; `astro dev` and
 * `astro preview` never come through here.
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/content.ts';
import { loadBuildSettings } from '../src/check/settings.ts';
import { isPreviewAddress } from '../src/lib/preview-address.ts';
import { absoluteUrl } from '../src/lib/url.ts';
import { formatProblems } from '../src/schemas/errors.ts';
import { previewBuildWarning } from './lib/preview-address-messages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.out);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const settings = await loadBuildSettings(root, process.env);
const { problems } = await checkContent(root, settings.contentDir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}

await mkdir(dirname(outDir), { recursive: true });
const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-dang-dung-`));
const started = performance.now();
try {
  const { build } = await import('astro');
  // A cache of its own per content folder: builds of other content (tests, previews)
  // never read each other's data store.
  const cacheDir = join(root, 'node_modules', '.astro', settings.contentDir.replace(/[^a-z0-9]+/gi, '-'));
  await build({ root, outDir: staging, cacheDir, logLevel: 'warn' });
  const previous = `${outDir}.cu`;
  await rm(previous, { recursive: true, force: true });
  await rename(outDir, previous).catch(() => undefined);
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nDựng cổng thất bại; thư mục ${values.out} cũ được giữ nguyên.\n`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
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
