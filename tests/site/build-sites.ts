/**
 * Builds the shipped content twice before the site tests: at the root of a host and under
 * a sub-path, the two ways a portal gets published. What each build printed is handed to
 * the tests (`inject('buildOutput')`).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild, TEST_BUILDS } from '../support/build.ts';

export const SITES = {
  root: { dir: join(TEST_BUILDS, 'root'), base: '/', site: 'https://cds.test' },
  subpath: { dir: join(TEST_BUILDS, 'cds'), base: '/cds/', site: 'https://tinh.test' },
} as const;

type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    buildOutput: Record<SiteName, { stdout: string; stderr: string }>;
  }
}

export default async function setup(project: TestProject) {
  await rm(TEST_BUILDS, { recursive: true, force: true });
  const output = {} as Record<SiteName, { stdout: string; stderr: string }>;
  for (const [name, { dir, base, site }] of Object.entries(SITES) as Array<[SiteName, (typeof SITES)[SiteName]]>) {
    const run = runBuild(dir, { CDS_BASE: base, CDS_SITE_URL: site });
    if (run.status !== 0) throw new Error(`Build for ${base} failed:\n${run.stdout}\n${run.stderr}`);
    output[name] = { stdout: run.stdout, stderr: run.stderr };
  }
  project.provide('buildOutput', output);
}
