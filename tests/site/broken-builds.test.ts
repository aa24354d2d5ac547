/**
 * The acceptance table of broken content (tests/fixtures/broken/) through `npm run build`'s
 * own script, as an editor runs it: each mistake stops the build with exit code 1 and the
 * content check's Vietnamese report (every problem pinned for the case, naming the file and
 * the field or line), no English stack frame, no staging folder left, and the site built
 * before it untouched (no file written after any build, the same to the byte after all).
 */
import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../fixtures/broken/index.ts';
import { contentWith, ROOT } from '../fixtures/content-copy.ts';
import { runBuildAsync } from '../support/build.ts';
import { expectClean, stagingLeft, treeHash, treeStamp } from '../support/dist-state.ts';
import { SITES } from './build-sites.ts';

/** A pinned "file [field] message" as the build's report prints it. */
function reportLines(problem: string): [string, string] {
  const [, file, field, message] = /^(.*?) \[([^\]]*)\] ([\s\S]*)$/.exec(problem) ?? [];
  return [`Tệp content/${file}:`, field ? `  • Trường ${field}: ${message}` : `  • ${message}`];
}

let hashBefore: string;
let stampBefore: string;
beforeAll(async () => {
  hashBefore = await treeHash(SITES.root.dir);
  stampBefore = await treeStamp(SITES.root.dir);
});
afterAll(async () => {
  expect(await treeHash(SITES.root.dir)).toBe(hashBefore);
});

describe('npm run build on broken content', () => {
  it('covers at least 60 mistakes', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(60);
  });

  // Each build stops at the content check, before Astro and before any staging folder: a
  // few at a time share the two cores without touching one another.
  it.concurrent.each(BROKEN_CASES)('$kind: $name', async ({ edits, problems }) => {
    const dir = await contentWith(edits);
    try {
      const run = await runBuildAsync(SITES.root.dir, { CDS_CONTENT_DIR: dir }, () => undefined);
      // The report names files from the project; the copy stands for content/.
      const stderr = run.stderr.replaceAll(`${relative(ROOT, dir)}/`, 'content/').replaceAll(`${dir}/`, 'content/');
      expect(run.status).toBe(1);
      expect(stderr).toContain(`Nội dung có ${problems.length} lỗi, chưa thể dựng cổng:`);
      for (const problem of problems) {
        for (const line of reportLines(problem)) expect(stderr).toContain(line);
      }
      expect(stderr).toContain('Dựng cổng thất bại; thư mục .test-builds/root cũ được giữ nguyên.');
      expectClean(run);
      expect(await stagingLeft(SITES.root.dir)).toEqual([]);
      expect(await treeStamp(SITES.root.dir)).toBe(stampBefore);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
