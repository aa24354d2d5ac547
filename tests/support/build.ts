/** Runs `npm run build`'s script the way an editor would, into a folder of the test's. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../fixtures/content-copy.ts';

export const TEST_BUILDS = join(ROOT, '.test-builds');
/** Pinned so "now and next" on the home page has something to show and never drifts. */
export const TEST_TODAY = '2024-10-05';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * vitest puts Vite's variables into the environment of its test workers (BASE_URL=/,
 * MODE=test, DEV, PROD, SSR, NODE_ENV=test) and its own (VITEST…). A build started from a
 * test would take that BASE_URL as its own and link everything from "/" whatever CDS_BASE
 * says, and `astro dev` seeing VITEST serves no page at all.
 */
export function editorEnvironment(): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...rest } = process.env;
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('VITEST'))),
    // The tests start the build script over a hundred times: Node's cache of compiled code
    // takes its start from about 0.9 s to 0.35 s (it is checked against each file's content).
    NODE_COMPILE_CACHE: join(ROOT, 'node_modules', '.cache', 'node-compile'),
  };
}

/** `env` is laid over the test's own environment; a variable set to undefined is left out. */
export function runBuild(out: string, env: Record<string, string | undefined> = {}): BuildRun {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: ROOT,
    env: { ...editorEnvironment(), CDS_TODAY: TEST_TODAY, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same build, started in the background: `onStart` gets the process a few seconds in
 * (to press Ctrl+C on it, say), and the promise resolves once it has exited.
 */
export function runBuildAsync(
  out: string,
  env: Record<string, string | undefined>,
  onStart: (pid: number) => void,
): Promise<BuildRun> {
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: ROOT,
    env: { ...editorEnvironment(), CDS_TODAY: TEST_TODAY, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (child.pid !== undefined) onStart(child.pid);
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}
