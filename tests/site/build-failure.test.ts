/**
 * Broken content stops `npm run build` with a Vietnamese error naming the file and the
 * field, exits non-zero, and leaves the previous site untouched. So does an error thrown
 * while Astro renders, and Ctrl+C: one Vietnamese line, no English stack frame, no staging
 * folder left behind, dist/ the same to the byte.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN, BROKEN_RENDER, contentWith, ROOT } from '../fixtures/content-copy.ts';
import { runBuild, runBuildAsync, type BuildRun } from '../support/build.ts';
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

/** Every file of the tree, its path and its bytes, in one hash. */
async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(`${file.slice(dir.length)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

/** Staging folders: the build's own place under node_modules/, and beside dist/ (where they used to be). */
async function stagingLeft(): Promise<string[]> {
  const own = await readdir(join(ROOT, 'node_modules', '.cds-dang-dung')).catch(() => [] as string[]);
  const beside = (await readdir(dirname(SITES.root.dir))).filter((name) => name.includes('dang-dung') || name.endsWith('.cu'));
  return [...own, ...beside];
}

function expectClean(run: BuildRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^ {4}at /m);
  expect(run.stderr).not.toContain('ENOTEMPTY');
}

describe('a build that fails while Astro renders', () => {
  it.each(BROKEN_RENDER)('$name: names the file, keeps dist/, leaves nothing behind', async ({ edits, line }) => {
    const dir = await contentWith(edits);
    made.push(dir);
    const before = await treeHash(SITES.root.dir);
    const run = runBuild(SITES.root.dir, { CDS_CONTENT_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Dựng cổng thất bại; thư mục .test-builds/root cũ được giữ nguyên.');
    expect(run.stderr).toContain(line);
    expectClean(run);
    expect(await stagingLeft()).toEqual([]);
    expect(await treeHash(SITES.root.dir)).toBe(before);
  });

  it('Ctrl+C while Astro renders: exits 130, keeps dist/, leaves nothing behind', async () => {
    const before = await treeHash(SITES.root.dir);
    let stagingAtCtrlC: string[] = [];
    const run = await runBuildAsync(SITES.root.dir, {}, (pid) => {
      // Past the content check, while Astro is building pages into its staging folder.
      setTimeout(async () => {
        stagingAtCtrlC = await stagingLeft();
        process.kill(pid, 'SIGINT');
      }, 6_000);
    });
    expect(stagingAtCtrlC).toHaveLength(1);
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('Đã dừng dựng cổng (Ctrl+C); thư mục .test-builds/root cũ được giữ nguyên.');
    expect(run.stdout).not.toContain('Đã dựng cổng vào');
    expectClean(run);
    expect(await stagingLeft()).toEqual([]);
    expect(await treeHash(SITES.root.dir)).toBe(before);
  });
});
