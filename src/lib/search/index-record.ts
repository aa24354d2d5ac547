/**
 * The copy of a page that Pagefind indexes. Published pages keep their text as written;
 * Pagefind reads a copy of each page's <main> reduced to its words, in order, in their
 * search form (see fold.ts: "d" for "đ", i for a final y). So:
 *   - Pagefind matches the words citizens type (without tone marks, "d" for "đ", i or y)
 *     by itself, and the browser never reads results back to check them;
 *   - each result's fragment is the page's words and nothing else (no markup, no
 *     punctuation), the smallest that keeps their order: the order is what tells that
 *     "chữ ký số" stands together on a page.
 * Tags stay, so Pagefind's weights (headings, `data-pagefind-weight`) still put the page
 * that is about the words first. Meta fields: "title", the title in search form (Pagefind boosts a page whose title holds the words, so it must hold them as
 * they are searched), and what a result shows, as written: "ten" (the title) and "mo-ta"
 * (the page's description). The search page gives these display fields no weight.
 */
import { searchForms } from './fold.ts';

const SEARCHABLE_MAIN = /(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*?)(<\/main>)/;
/** A tag, with quoted attribute values that may hold ">". */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The text of an HTML fragment, tags dropped, entities decoded, white space collapsed. */
export function textOfHtml(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(TAG, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export function isSearchable(html: string): boolean {
  return SEARCHABLE_MAIN.test(html);
}

interface Open {
  name: string;
  /** Inside data-pagefind-ignore: left as written, Pagefind skips it. */
  ignored: boolean;
  raw: boolean;
}

function tagName(tag: string): string {
  return /^<\/?\s*([a-z][a-z0-9-]*)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
}

/** The body of <main> with its text reduced to words in their search form, tags kept. */
export function foldBody(body: string): string {
  const stack: Open[] = [];
  let out = '';
  let last = 0;
  const writeText = (text: string) => {
    const top = stack.at(-1);
    if (top?.raw) return;
    if (top?.ignored) {
      out += text;
      return;
    }
    const words = searchForms(decodeEntities(text));
    // Spaces on both sides: Astro writes blocks with nothing between them ("</dt><dd>").
    out += words.length > 0 ? ` ${words.join(' ')} ` : ' ';
  };
  for (const match of body.matchAll(TAG)) {
    const tag = match[0];
    const index = match.index;
    if (index > last) writeText(body.slice(last, index));
    last = index + tag.length;
    const name = tagName(tag);
    const top = stack.at(-1);
    if (top?.raw && !(tag.startsWith('</') && name === top.name)) {
      continue;
    }
    if (tag.startsWith('</')) {
      const at = stack.map((open) => open.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      out += tag;
      continue;
    }
    out += tag;
    if (tag.startsWith('<!') || VOID.has(name) || tag.endsWith('/>')) continue;
    stack.push({
      name,
      ignored: (top?.ignored ?? false) || /\sdata-pagefind-ignore\b/.test(tag),
      raw: RAW_TEXT.has(name),
    });
  }
  if (last < body.length) writeText(body.slice(last));
  return out;
}

function metaSpan(key: string, value: string): string {
  return value ? `<span data-pagefind-meta="${key}:${escapeAttribute(value)}"></span>` : '';
}

/** The page as Pagefind reads it: <main> folded, its title and description as meta fields. */
export function forIndexing(html: string): string {
  const page = html.normalize('NFC');
  const description = decodeEntities(/<meta\s+name="description"\s+content="([^"]*)"/.exec(page)?.[1] ?? '');
  return page.replace(SEARCHABLE_MAIN, (_, open: string, body: string, close: string) => {
    const title = textOfHtml(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '');
    // A plan's description is its title: shown twice, it would only push the next result down.
    const shown = description === title ? '' : description;
    const fields = [metaSpan('title', searchForms(title).join(' ')), metaSpan('ten', title), metaSpan('mo-ta', shown)];
    return `${open}${fields.join('')}${foldBody(body)}${close}`;
  });
}

/**
 * "ke-hoach/x/index.html" → "/ke-hoach/x/". Relative to the site, not the host: Pagefind
 * puts its own folder's base ("/cds/") in front when it returns results.
 */
export function pageUrl(file: string): string {
  return `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}
