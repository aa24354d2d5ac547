/** Small readers for built HTML: what a visitor reads, and where links go. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** The visible text of a page, whitespace folded. */
export function textOf(html: string): string {
  return decode(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => decode(match[1] ?? ''));
}

/**
 * The portal's pages. The web editor (/admin/) and its help (/admin/tro-giup/) are for
 * editors, with their own rules (own CSP, noindex, no canonical, out of the sitemap),
 * tested in tests/site/admin.test.ts.
 */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.startsWith('admin/'))
    .sort();
}

export async function readPage(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path.replace(/^\/+/, ''), path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}
