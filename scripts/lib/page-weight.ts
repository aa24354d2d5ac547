/**
 * What a first visit to each page transfers, compressed as a web server sends it: the
 * HTML and the styles and scripts it loads from the site. Images and search data are
 * left out (images are lazy and sized; search data loads only when someone searches).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageKind = 'home' | 'content';

/** Budgets in bytes (gzip): the home page, and every other page. */
export const BUDGETS: Record<PageKind, number> = { home: 30 * 1024, content: 25 * 1024 };

export interface PageWeight {
  path: string;
  kind: PageKind;
  /** Bytes as stored, and gzipped, for the HTML plus its CSS and JS. */
  raw: number;
  gzip: number;
  html: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/**
 * Exempt from the budgets: /admin/ is the web editor and /admin/tro-giup/ its help (for editors, loaded
 * on their computers, measured on its own in tests/site/admin.test.ts), not a page a
 * citizen visits.
 */
export const EXEMPT = ['admin/index.html', 'admin/tro-giup/index.html'];

export async function measurePages(dist: string, base: string): Promise<PageWeight[]> {
  const files = (await readdir(dist, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !EXEMPT.includes(file.split('\\').join('/')))
    .sort();
  const cache = new Map<string, Buffer>();
  const asset = async (url: string) => {
    const path = join(dist, url.slice(base.length));
    if (!cache.has(path)) cache.set(path, await readFile(path));
    return cache.get(path)!;
  };
  const pages: PageWeight[] = [];
  for (const file of files) {
    const html = await readFile(join(dist, file));
    const text = html.toString('utf8');
    const assets = [
      ...[...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? ''),
      ...[...text.matchAll(/<script[^>]* src="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ].filter((url) => url.startsWith(base));
    const bodies = [html, ...(await Promise.all(assets.map(asset)))];
    const path = `${base}${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`;
    pages.push({
      path,
      kind: file === 'index.html' ? 'home' : 'content',
      raw: bodies.reduce((sum, body) => sum + body.length, 0),
      gzip: bodies.reduce((sum, body) => sum + gzipSize(body), 0),
      html: html.length,
    });
  }
  return pages;
}
