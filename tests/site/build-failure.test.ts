/**
 * Broken content stops `npm run build` with a Vietnamese error naming the file and the
 * field, exits non-zero, and leaves the previous site untouched.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN, contentWith } from '../fixtures/content-copy.ts';
import { runBuild } from '../support/build.ts';
import { SITES } from './build-sites.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a build with broken content', () => {
  it.each(BROKEN)('$name: stops with the file and the field', async ({ edits, file, field }) => {
    const dir = await contentWith(edits);
    made.push(dir);
    const before = await readFile(join(SITES.root.dir, 'index.html'), 'utf8');
    const run = runBuild(SITES.root.dir, { CDS_CONTENT_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('chưa thể dựng cổng');
    expect(run.stderr).toContain(`${file.split('/').at(-1)}:`);
    expect(run.stderr).toMatch(new RegExp(`Trường (nội dung › dòng \\d+ › )?${field}:`));
    expect(await readFile(join(SITES.root.dir, 'index.html'), 'utf8')).toBe(before);
  });
});
