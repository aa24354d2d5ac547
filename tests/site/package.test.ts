/** `npm run package`: the built site in one zip, with the administrators' guide. */
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/content-copy.ts';
import { TEST_BUILDS } from '../support/build.ts';
import { SITES } from './build-sites.ts';

const out = join(TEST_BUILDS, 'goi.zip');
afterAll(async () => {
  await rm(out, { force: true });
});

describe('npm run package', () => {
  it('zips every file of the site with a guide for the sub-path it was built for', async () => {
    const run = spawnSync(process.execPath, ['scripts/package.ts', '--dist', SITES.subpath.dir, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, CDS_BASE: SITES.subpath.base, CDS_SITE_URL: SITES.subpath.site },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const entries = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['HUONG-DAN-DANG-TAI.md', 'site/index.html', 'site/404.html', 'site/lich.ics', 'site/pagefind/pagefind.js']));
    const guide = new TextDecoder().decode(entries['HUONG-DAN-DANG-TAI.md']);
    expect(guide).toContain('https://tinh.test/cds/');
    expect(guide).toContain('error_page 404 /cds/404.html;');
    expect(guide).toContain('ErrorDocument 404 /cds/404.html');
    expect(Buffer.from(entries['site/index.html']!).equals(await readFile(join(SITES.subpath.dir, 'index.html')))).toBe(true);
  });
});
