/**
 * A small record of what a built site was made for, `.cds-build.json` in the output folder:
 * the address (`site`) and sub-path (`base`) Astro printed into every absolute link.
 *
 * Why a file of its own: tools that run on a finished build (`npm run package`) must judge
 * the folder in hand, not today's site.yaml or environment; someone may build with
 * CDS_SITE_URL and package without it. Bundlers do the same (Vite's `.vite/manifest.json`
 * in the output folder). Reading the address back from the pages (a canonical link, the
 * sitemap) would tie the tools to markup that changes for other reasons. Written when
 * Astro's build is done, from the configuration Astro actually used, so any build (`npm run
 * build`, `astro build`, the benchmark) leaves one, and `npm run build` swaps it in together
 * with the pages it describes. It holds nothing secret (every page shows the same address)
 * and is not part of the site: `npm run package` leaves it out of the zip.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const MANIFEST_FILE = '.cds-build.json';

export interface BuildManifest {
  /** The host's absolute URL, e.g. "https://tinh.test". */
  site: string;
  /** The sub-path, "/" or "/cds/". */
  base: string;
}

export function buildManifest(): AstroIntegration {
  let manifest: BuildManifest | undefined;
  return {
    name: 'cds:build-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        manifest = { site: config.site ?? '', base: config.base };
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  };
}

/** The manifest of a built folder, or undefined when there is none or it is not one of ours. */
export async function readBuildManifest(dir: string): Promise<BuildManifest | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const { site, base } = (value ?? {}) as Partial<Record<keyof BuildManifest, unknown>>;
  return typeof site === 'string' && site !== '' && typeof base === 'string' ? { site, base } : undefined;
}
