/** What a failed build must leave as it was: the output folder, to the byte, and no staging folder. */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../fixtures/content-copy.ts';
import type { BuildRun } from './build.ts';

/** Every file of the tree, its path and its bytes, in one hash. */
export async function treeHash(dir: string): Promise<string> {
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

/**
 * Every file of the tree with its size and modification time: cheap enough to take after
 * each of a hundred builds; any write shows in it (treeHash, once at the end, checks bytes).
 */
export async function treeStamp(dir: string): Promise<string> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const lines = await Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const info = await stat(path);
      return `${path.slice(dir.length)} ${info.size} ${info.mtimeMs}`;
    }),
  );
  return lines.sort().join('\n');
}

/** Staging folders: the build's own place under node_modules/, and beside the output folder (where they used to be). */
export async function stagingLeft(outDir: string): Promise<string[]> {
  const own = await readdir(join(ROOT, 'node_modules', '.cds-dang-dung')).catch(() => [] as string[]);
  const beside = (await readdir(dirname(outDir))).filter((name) => name.includes('dang-dung') || name.endsWith('.cu'));
  return [...own, ...beside];
}

/** No English stack frame and no Node error code in what the build printed. */
export function expectClean(run: BuildRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^ {4}at /m);
  expect(run.stderr).not.toMatch(/\bE[A-Z]{4,}\b|Error:/);
}
