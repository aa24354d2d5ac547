/**
 * An error thrown while Astro renders, and Ctrl+C, stop `npm run build` with one Vietnamese
 * line, no English stack frame, no staging folder left behind, dist/ the same to the byte
 * (broken content, refused before Astro runs: broken-builds.test.ts).
 */
import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_RENDER, contentWith, ROOT } from '../fixtures/content-copy.ts';
import { runBuild, runBuildAsync } from '../support/build.ts';
import { expectClean, stagingLeft, treeHash } from '../support/dist-state.ts';
import { SITES } from './build-sites.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a build that fails while Astro renders', () => {
  it.each(BROKEN_RENDER)('$name: names the file, keeps dist/, leaves nothing behind', async ({ edits, line }) => {
    const dir = await contentWith(edits);
    made.push(dir);
    const before = await treeHash(SITES.root.dir);
    const run = runBuild(SITES.root.dir, { CDS_CONTENT_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Dựng cổng thất bại; thư mục .test-builds/root cũ được giữ nguyên.');
    // The report names files from the project; the copy stands for content/.
    expect(run.stderr.replaceAll(`${relative(ROOT, dir)}/`, 'content/')).toContain(line);
    expectClean(run);
    expect(await stagingLeft(SITES.root.dir)).toEqual([]);
    expect(await treeHash(SITES.root.dir)).toBe(before);
  });

  it('Ctrl+C while Astro renders: exits 130, keeps dist/, leaves nothing behind', async () => {
    const before = await treeHash(SITES.root.dir);
    let stagingAtCtrlC: string[] = [];
    const run = await runBuildAsync(SITES.root.dir, {}, (pid) => {
      // Past the content check, while Astro is building pages into its staging folder.
      setTimeout(async () => {
        stagingAtCtrlC = await stagingLeft(SITES.root.dir);
        process.kill(pid, 'SIGINT');
      }, 6_000);
    });
    expect(stagingAtCtrlC).toHaveLength(1);
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('Đã dừng dựng cổng (Ctrl+C); thư mục .test-builds/root cũ được giữ nguyên.');
    expect(run.stdout).not.toContain('Đã dựng cổng vào');
    expectClean(run);
    expect(await stagingLeft(SITES.root.dir)).toEqual([]);
    expect(await treeHash(SITES.root.dir)).toBe(before);
  });
});
