/**
 * Which responses make up a site's first search, what they weigh and how many round trips
 * they chain. Pure: it takes the request records of one visit and two moments of it, so the
 * same definition applies to the portal and to the Starlight site it is compared with.
 *
 * Definition. The first search's transfer is every response received after the page's
 * `load` event fired and up to the moment the first result is on screen, plus any response
 * received during the page load whose path is under the site's `pagefind/` folder. The
 * second part is there because a search page may start fetching Pagefind as soon as it is
 * shown, before `load`: those bytes are still the search's. What a plain page view costs
 * (its HTML, CSS, scripts) is not counted, on either site.
 *
 * Bytes are counted from the files the server answered with, two ways: `bytes`, the file as
 * scripts/lib/static-server.ts sends it (no compression, no headers); `gzip`, the file
 * compressed with gzip -9, what a host that compresses sends (Pagefind's index files and
 * WebAssembly are compressed already and barely change). Not CDP's encodedDataLength: the
 * plain server does not compress, and Chromium reports a worker's own script (Pagefind's
 * pagefind-worker.js, 43 KB) as 177 bytes there.
 *
 * Round trips. A request is in wave 1 when no counted request had finished by the time it
 * started; otherwise it is in wave k + 1, where k is the highest wave among the counted
 * requests that had finished by then. The number of waves is the length of the chain of
 * requests that wait on one another: what a slow network makes the reader pay in latency,
 * however many files each wave holds.
 */

export interface RequestRecord {
  /** Path of the URL (query string dropped), as the site's server saw it. */
  path: string;
  /** When the request started and when its response had been received, in ms on one clock. */
  start: number;
  end: number;
  /** Size of the served file, and of the file gzipped at level 9. */
  bytes: number;
  gzip: number;
}

export interface CountedRequest extends RequestRecord {
  /** Received while the page was loading (only Pagefind's files count then) or after. */
  phase: 'load' | 'after-load';
  wave: number;
}

export interface Moments {
  /** When the page's `load` event fired. */
  loadAt: number;
  /** When the first result was on screen. */
  resultAt: number;
}

export interface FirstSearchTotals {
  files: number;
  waves: number;
  bytes: number;
  gzip: number;
}

/** Is this path under the site's Pagefind folder (`<base>pagefind/`)? */
export const underPagefind = (path: string, base: string) => path.startsWith(`${base}pagefind/`);

/**
 * The wave of each record, in the order given. Records are taken by start time, so a
 * request only ever depends on ones that started before it.
 */
export function assignWaves(records: readonly Pick<RequestRecord, 'start' | 'end'>[]): number[] {
  const order = records.map((_, index) => index).sort((a, b) => records[a]!.start - records[b]!.start || a - b);
  const waves = new Array<number>(records.length).fill(0);
  for (const index of order) {
    const { start } = records[index]!;
    let highest = 0;
    for (const other of order) {
      if (other === index || waves[other] === 0) continue;
      if (records[other]!.end <= start) highest = Math.max(highest, waves[other]!);
    }
    waves[index] = highest + 1;
  }
  return waves;
}

/** The records that belong to the first search, by the definition above, each with its wave. */
export function countFirstSearch(records: readonly RequestRecord[], moments: Moments, base: string): CountedRequest[] {
  const kept = records
    .filter((record) => record.end <= moments.resultAt)
    .filter((record) => record.end > moments.loadAt || underPagefind(record.path, base))
    .map((record) => ({ ...record, phase: record.end > moments.loadAt ? ('after-load' as const) : ('load' as const) }));
  const waves = assignWaves(kept);
  return kept.map((record, index) => ({ ...record, wave: waves[index]! })).sort((a, b) => a.start - b.start || a.end - b.end);
}

export function totals(counted: readonly CountedRequest[]): FirstSearchTotals {
  return {
    files: counted.length,
    waves: counted.reduce((highest, record) => Math.max(highest, record.wave), 0),
    bytes: counted.reduce((sum, record) => sum + record.bytes, 0),
    gzip: counted.reduce((sum, record) => sum + record.gzip, 0),
  };
}
