/**
 * The first search of two sites printed side by side, for `npm run measure:search` and
 * `npm run bench`: one formatting for both, so their figures read the same.
 */
import type { FirstSearch } from './search-transfer.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (milliseconds: number) => `${Math.round(milliseconds)} ms`;
export const ratio = (portal: number, other: number) => (other > 0 ? (portal / other).toFixed(2) : '—');

/** The files one site's first search received, in the order requested, with their totals. */
export function fileTable(search: FirstSearch): string {
  const lines = ['| file | received | wave | as sent | gzip -9 |', '|---|---|---:|---:|---:|'];
  for (const record of search.runs.slow3g.counted) {
    lines.push(`| ${record.path} | ${record.phase === 'load' ? 'during load' : 'after load'} | ${record.wave} | ${kb(record.bytes)} | ${kb(record.gzip)} |`);
  }
  lines.push(`| **total (${search.files} files, ${search.waves} waves)** | | | **${kb(search.bytes)}** | **${kb(search.gzip)}** |`);
  const late = search.runs.slow3g.late;
  if (late.length > 0) lines.push('', `Received after the first result, not counted: ${late.map((record) => `${record.path} (+${record.afterMs} ms)`).join(', ')}`);
  return lines.join('\n');
}

/** One column per site, and the ratio of the first to the second where it means something. */
export function sideBySide(portal: FirstSearch, other: FirstSearch, otherName: string): string {
  const rows: Array<[string, string, string, string]> = [
    ['bytes as sent', kb(portal.bytes), kb(other.bytes), ratio(portal.bytes, other.bytes)],
    ['bytes, gzip -9', kb(portal.gzip), kb(other.gzip), ratio(portal.gzip, other.gzip)],
    ['files', String(portal.files), String(other.files), ''],
    ['waves (sequential round trips)', String(portal.waves), String(other.waves), ''],
    ['first key → first result, slow 3G', ms(portal.slow3gMilliseconds), ms(other.slow3gMilliseconds), ratio(portal.slow3gMilliseconds, other.slow3gMilliseconds)],
    ['first key → first result, loopback', ms(portal.milliseconds), ms(other.milliseconds), ratio(portal.milliseconds, other.milliseconds)],
    ['load → box ready to type, slow 3G', ms(portal.slow3gReadyMilliseconds), ms(other.slow3gReadyMilliseconds), ''],
  ];
  return [`| first search | portal | ${otherName} | portal / ${otherName} |`, '|---|---:|---:|---:|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The figures kept in JSON reports: everything but the request lists. */
export function figures(search: FirstSearch) {
  return {
    query: search.query,
    files: search.files,
    waves: search.waves,
    bytes: search.bytes,
    gzip: search.gzip,
    milliseconds: Math.round(search.milliseconds),
    slow3gMilliseconds: Math.round(search.slow3gMilliseconds),
    slow3gReadyMilliseconds: Math.round(search.slow3gReadyMilliseconds),
    status: search.status,
  };
}
