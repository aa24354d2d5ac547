/**
 * The acceptance table (tests/fixtures/broken/) through the content check: each mistake
 * gives exactly the problems pinned for it, in Vietnamese, naming the file and the field
 * or line, and nothing more (one message per cause).
 */
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../fixtures/broken/index.ts';
import { reportedProblems } from '../fixtures/broken/case.ts';

describe('broken content', () => {
  it.each(BROKEN_CASES)('$kind: $name', async ({ edits, problems }) => {
    expect(await reportedProblems(edits)).toEqual(problems);
  });
});
