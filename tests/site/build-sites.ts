/**
 * Builds the shipped content twice before the site tests: at the root of a host and under
 * a sub-path, the two ways a portal gets published.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild, TEST_BUILDS } from '../support/build.ts';

export const SITES = {
  root: { dir: join(TEST_BUILDS, 'root'), base: '/', site: 'https://cds.test' },
  subpath: { dir: join(TEST_BUILDS, 'cds'), base: '/cds/', site: 'https://tinh.test' },
} as const;

export default async function setup() {
  await rm(TEST_BUILDS, { recursive: true, force: true });
  for (const { dir, base, site } of Object.values(SITES)) {
    const run = runBuild(dir, { CDS_BASE: base, CDS_SITE_URL: site });
    if (run.status !== 0) throw new Error(`Build for ${base} failed:\n${run.stdout}\n${run.stderr}`);
  }
}
