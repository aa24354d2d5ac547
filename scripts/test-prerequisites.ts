/**
 * `pretest`, `pretest:site`: before the tests, check for what the suite needs beyond npm
 * (Chromium, Tesseract with Vietnamese, poppler-utils). On Debian or Ubuntu as root with
 * apt-get, install what is missing from the distribution's packages; elsewhere stop at once
 * (exit 1) with a Vietnamese message naming what is missing and the command that installs it.
 * The decisions and their words are in src/lib/test-prerequisites.ts.
 *
 *   node scripts/test-prerequisites.ts
 *
 * Environment: CHROMIUM_PATH (the browser the tests launch; default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterInstall, DEFAULT_CHROMIUM, installFailed, isDebianLike, planPrerequisites, tesseractLanguages, type PrerequisiteFacts } from '../src/lib/test-prerequisites.ts';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Whether `command` is an executable file in a folder of PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, command)));
}

function readOsRelease(): string {
  for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // try the next one
    }
  }
  return '';
}

function gatherFacts(): PrerequisiteFacts {
  const fromEnv = process.env.CHROMIUM_PATH;
  const chromiumPath = fromEnv && fromEnv !== '' ? fromEnv : DEFAULT_CHROMIUM;
  const tesseract = onPath('tesseract');
  let vie = false;
  if (tesseract) {
    const run = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 20_000 });
    vie = run.status === 0 && tesseractLanguages(`${run.stdout}\n${run.stderr}`).includes('vie');
  }
  return {
    chromiumPath,
    chromiumFromEnv: chromiumPath !== DEFAULT_CHROMIUM,
    chromium: executable(chromiumPath),
    tesseract,
    vie,
    poppler: ['pdftoppm', 'pdfinfo', 'pdftotext'].every(onPath),
    isDebianLike: isDebianLike(readOsRelease()),
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
  };
}

const facts = gatherFacts();
const plan = planPrerequisites(facts);
if (plan.action === 'ready') {
  console.log(plan.message);
  process.exit(0);
}
if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
console.log(plan.message);
for (const command of plan.commands) {
  const [program, ...args] = command as [string, ...string[]];
  const run = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run.status !== 0) {
    console.error(installFailed(plan.packages, command, run.status));
    process.exit(1);
  }
}
const after = afterInstall(gatherFacts(), plan.packages);
if (after.ok) {
  console.log(after.message);
} else {
  console.error(after.message);
  process.exit(1);
}
