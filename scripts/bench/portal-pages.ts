/**
 * The pages of a built portal that its search indexes (those whose `<main>` carries
 * `data-pagefind-body`), turned into plain Markdown pages with the same title and text, so
 * that a Starlight site built from them indexes the same words for the same number of
 * pages (scripts/bench/starlight.ts).
 *
 * The text is what Pagefind reads in the portal's `<main>`: everything but the parts marked
 * `data-pagefind-ignore` (breadcrumbs, "on this page" lists), `hidden` elements, scripts,
 * styles and SVG. The `<h1>` becomes the page's title (Starlight prints it as its own
 * `<h1>` inside the indexed area, as the portal does). Headings stay headings, list items
 * list items, table rows table rows; every other block becomes a paragraph. Nothing the
 * portal adds for its own search only (its filters, metadata, the hidden field of đ-words
 * written with "d") is copied: those are the portal's search features, not its text.
 *
 * A small tag reader rather than an HTML parser: the input is Astro's own output, with
 * every element closed, and the project has no HTML parser to depend on.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PortalPage {
  /** Route under the base, without slashes at either end: "ke-hoach/duc-tho-2024" ("" for the home page). */
  route: string;
  title: string;
  markdown: string;
}

const SEARCHABLE_MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/main>/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'figure', 'figcaption', 'blockquote', 'address',
  'details', 'summary', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'pre', 'form', 'fieldset', 'legend', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

/**
 * Backslash before every ASCII punctuation mark Markdown or Starlight's directives could
 * read as syntax (CommonMark allows it before any of them): the words come out as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&:]/g, '\\$&');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Table {
  rows: string[][];
}

/** The Markdown body and the `<h1>` of a portal page's indexed `<main>`, or undefined when it is not indexed. */
export function portalPageMarkdown(html: string): { title: string; markdown: string } | undefined {
  const main = SEARCHABLE_MAIN.exec(html.normalize('NFC'))?.[1];
  if (main === undefined) return undefined;

  const out: string[] = [];
  const stack: string[] = [];
  let skipDepth = 0; // > 0 inside an ignored element: the stack depth where it opened
  let text = '';
  let title = '';
  let table: Table | undefined;
  let cell: string[] | undefined;
  let row: string[] | undefined;

  /** Where the text gathered so far goes, by the innermost block around it. */
  const flush = () => {
    const words = squash(text);
    text = '';
    if (words === '') return;
    if (cell) {
      cell.push(escapeMarkdown(words));
      return;
    }
    const block = [...stack].reverse().find((tag) => BLOCKS.has(tag)) ?? 'p';
    if (block === 'h1' && title === '') title = words;
    else if (/^h[1-6]$/.test(block)) out.push(`${'#'.repeat(Math.max(2, Number(block[1])))} ${escapeMarkdown(words)}`);
    else if (block === 'li') out.push(`- ${escapeMarkdown(words)}`);
    else out.push(escapeMarkdown(words));
  };

  const endTable = () => {
    if (!table || table.rows.length === 0) return;
    const width = Math.max(...table.rows.map((cells) => cells.length));
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
    // GFM tables need a header row: the first row is it, as in the portal's tables.
    const [head, ...body] = table.rows;
    out.push([line(head!), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n'));
  };

  for (const token of main.match(/<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>|[^<]+|</g) ?? []) {
    if (token.startsWith('<!--')) continue;
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(token)?.[1]?.toLowerCase();
    if (!tag) {
      if (skipDepth === 0) text += decodeEntities(token);
      continue;
    }
    if (token.startsWith('</')) {
      const at = stack.lastIndexOf(tag);
      if (at < 0) continue;
      if (skipDepth > 0) {
        if (at < skipDepth) {
          stack.length = at;
          skipDepth = 0;
        } else stack.length = at;
        continue;
      }
      if (BLOCKS.has(tag)) flush();
      if ((tag === 'td' || tag === 'th') && cell && row) {
        row.push(cell.join('; '));
        cell = undefined;
      } else if (tag === 'tr' && row && table) {
        table.rows.push(row);
        row = undefined;
      } else if (tag === 'table') {
        endTable();
        table = undefined;
      }
      stack.length = at;
      continue;
    }
    if (VOID.has(tag)) {
      if (skipDepth === 0 && tag === 'br') text += ' ';
      continue;
    }
    if (skipDepth > 0) {
      if (!token.endsWith('/>')) stack.push(tag);
      continue;
    }
    if (SKIPPED.has(tag) || /\s(hidden|data-pagefind-ignore)(\s|=|\/?>)/.test(token)) {
      if (!token.endsWith('/>')) {
        if (BLOCKS.has(tag)) flush();
        stack.push(tag);
        skipDepth = stack.length;
      }
      continue;
    }
    if (BLOCKS.has(tag)) flush();
    if (tag === 'table') table = { rows: [] };
    else if (tag === 'tr' && table) row = [];
    else if ((tag === 'td' || tag === 'th') && row) cell = [];
    stack.push(tag);
  }
  flush();
  return { title, markdown: out.join('\n\n') };
}

/** Every indexed page of a built portal, in route order. */
export async function readPortalPages(dist: string): Promise<PortalPage[]> {
  const files = (await readdir(dist, { recursive: true }))
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .sort();
  const pages: PortalPage[] = [];
  for (const file of files) {
    const page = portalPageMarkdown(await readFile(join(dist, file), 'utf8'));
    if (!page) continue;
    pages.push({ route: file.replace(/(^|\/)index\.html$/, ''), ...page });
  }
  return pages;
}
