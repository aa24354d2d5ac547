/**
 * Measuring one benchmark build: the build run as a child process with its wall time and
 * peak memory (the resident memory of its whole process tree, sampled from /proc), and
 * the files it wrote.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface BuildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  /** Highest sum of VmRSS over the build's process tree, in bytes (0 where /proc is missing). */
  peakRss: number;
  stdout: string;
  stderr: string;
}

/** Parent of each running process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  let names: string[] = [];
  try {
    names = readdirSync('/proc');
  } catch {
    return map;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(after[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to its end, sampling the memory of its process tree every `everyMs`. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; everyMs?: number; onStart?: (pid: number) => void },
): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let peakRss = 0;
    const sample = () => {
      if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.everyMs ?? 100);
    child.once('spawn', () => {
      if (child.pid !== undefined) options.onStart?.(child.pid);
      sample();
    });
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, seconds: (performance.now() - started) / 1000, peakRss, stdout, stderr });
    });
  });
}

export interface DistStats {
  files: number;
  bytes: number;
  html: { count: number; bytes: number; largest: { path: string; bytes: number } };
  /** Every HTML page over `limit` bytes, largest first. */
  over: Array<{ path: string; bytes: number }>;
  pagefind: { files: number; bytes: number };
  /** HTML pages by kind: each kind's size must stay bounded whatever N is. */
  kinds: Record<string, { count: number; bytes: number; largest: number }>;
}

/**
 * The kind of an HTML page, from its file: the plan pages, the lists that grow with the
 * plans (paginated), and the rest.
 */
export function pageKind(file: string): string {
  if (/^ke-hoach\/tinh\//.test(file)) return 'danh sách kế hoạch của tỉnh';
  if (/^ke-hoach\/[^/]+\/index\.html$/.test(file) && file !== 'ke-hoach/index.html') return 'trang kế hoạch';
  if (/^lich\/thang\//.test(file)) return 'lịch tháng (cả nước)';
  if (/^lich\/tinh\/[^/]+\/thang\//.test(file)) return 'lịch tháng của tỉnh';
  if (/^lich\/tinh\/[^/]+\/don-vi\//.test(file)) return 'lịch theo đơn vị chủ trì';
  if (/thuong-xuyen\//.test(file)) return 'hoạt động thường xuyên';
  if (/^lich\/tinh\/[^/]+\/index\.html$/.test(file)) return 'tổng quan lịch của tỉnh';
  return 'trang khác';
}

/** Sizes of a built site; page paths are given as URLs under `base`. */
export async function distStats(dist: string, base: string, limit: number): Promise<DistStats> {
  const stats: DistStats = {
    files: 0,
    bytes: 0,
    html: { count: 0, bytes: 0, largest: { path: '', bytes: 0 } },
    over: [],
    pagefind: { files: 0, bytes: 0 },
    kinds: {},
  };
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const file = relative(dist, full).split('\\').join('/');
    const { size } = await stat(full);
    stats.files += 1;
    stats.bytes += size;
    if (file.startsWith('pagefind/')) {
      stats.pagefind.files += 1;
      stats.pagefind.bytes += size;
    }
    if (!file.endsWith('.html')) continue;
    const path = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    stats.html.count += 1;
    stats.html.bytes += size;
    if (size > stats.html.largest.bytes) stats.html.largest = { path, bytes: size };
    if (size > limit) stats.over.push({ path, bytes: size });
    const kind = (stats.kinds[pageKind(file)] ??= { count: 0, bytes: 0, largest: 0 });
    kind.count += 1;
    kind.bytes += size;
    kind.largest = Math.max(kind.largest, size);
  }
  stats.over.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  return stats;
}
