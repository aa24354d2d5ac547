/**
 * The shipped content built the way it ships: for site.yaml's default preview address,
 * with no CDS_SITE_URL. It costs a full build, so it is made only by the first test file
 * that asks for it, once per run (the global setup empties TEST_BUILDS first), and its
 * output is kept beside it for the next file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild, TEST_BUILDS, type BuildRun } from '../support/build.ts';

export const PREVIEW = {
  dir: join(TEST_BUILDS, 'xem-thu'),
  base: '/',
  /** site.yaml's url with the base: where every absolute link of this build points. */
  address: 'http://localhost:4321/',
} as const;

export async function previewBuild(): Promise<BuildRun> {
  const log = `${PREVIEW.dir}.log.json`;
  try {
    return JSON.parse(await readFile(log, 'utf8')) as BuildRun;
  } catch {
    // Not built yet in this run.
  }
  const run = runBuild(PREVIEW.dir, { CDS_SITE_URL: undefined, CDS_BASE: undefined });
  if (run.status !== 0) throw new Error(`The preview build failed:\n${run.stdout}\n${run.stderr}`);
  await writeFile(log, JSON.stringify(run));
  return run;
}
