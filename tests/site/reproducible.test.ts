/** Two builds of the same commit give the same bytes, file for file. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, TEST_BUILDS } from '../support/build.ts';
import { SITES } from './build-sites.ts';

async function filesOf(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('reproducible builds', () => {
  it('a second build of the same content gives byte-identical dist/', async () => {
    const again = join(TEST_BUILDS, 'root-again');
    const { base, site } = SITES.root;
    const run = runBuild(again, { CDS_BASE: base, CDS_SITE_URL: site });
    expect(run.status).toBe(0);
    const first = await filesOf(SITES.root.dir);
    expect(await filesOf(again)).toEqual(first);
    const differing: string[] = [];
    for (const file of first) {
      const [a, b] = await Promise.all([readFile(join(SITES.root.dir, file)), readFile(join(again, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
