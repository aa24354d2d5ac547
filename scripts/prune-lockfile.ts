/**
 * Drops from package-lock.json the optional platform packages that the registry in use
 * does not serve (some mirrors hold only the Linux x64 builds). npm records them as
 * optional dependencies without entries of their own, and `npm ci` then refuses the lock
 * as out of sync. Run after `npm install`:  node scripts/prune-lockfile.ts
 */
import { readFile, writeFile } from 'node:fs/promises';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(await readFile(file, 'utf8')) as {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
};
const present = new Set(Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')));
const removed: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (present.has(name)) continue;
    delete entry.optionalDependencies?.[name];
    removed.push(`${path || '(root)'} → ${name}`);
  }
}
await writeFile(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(removed.length ? `Removed:\n${removed.join('\n')}` : 'Nothing to remove.');
