/**
 * The copy of a page that Pagefind indexes. Published pages keep their text as written;
 * Pagefind reads a copy of each page's <main> whose words are folded (see fold.ts) and,
 * outside headings, kept in order up to their third use. So:
 *   - Pagefind matches the words citizens type (no tone marks, "d" for "đ", i for y)
 *     directly, and the browser never reads results back to check them;
 *   - the index holds at most three positions per word and page instead of every repeat,
 *     and each result's fragment is a few hundred words, not the page: a plan's table of
 *     activities repeats its words dozens of times. Three uses in order are enough to see
 *     that "chữ ký số" stands together on a page and that a page is about it.
 * Headings and elements given a `data-pagefind-weight` keep every word, so Pagefind's
 * weights still put the page that is about the words first. Meta fields: "title", the
 * title folded (Pagefind boosts a page whose title holds the words, so it must hold them as
 * they are searched), and what a result shows, as written: "ten" (the title) and "mo-ta"
 * (the page's description). The search page gives these display fields no weight.
 */
import { foldedWords } from './fold.ts';

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
  /** A heading or a weighted element: every word kept, for Pagefind's weights. */
  weighted: boolean;
  raw: boolean;
}

function tagName(tag: string): string {
  return /^<\/?\s*([a-z][a-z0-9-]*)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
}

/** How many uses of a word outside headings the index keeps, per page. */
export const USES_KEPT = Number(process.env.USES ?? 1e9);

/** The body of <main>, folded: text outside headings keeps each word's first uses only. */
export function foldBody(body: string): string {
  const uses = new Map<string, number>();
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
    const folded = foldedWords(decodeEntities(text));
    const kept = top?.weighted
      ? folded
      : folded.filter((word) => {
          const count = (uses.get(word) ?? 0) + 1;
          uses.set(word, count);
          return count <= USES_KEPT;
        });
    // Spaces on both sides: Astro writes blocks with nothing between them ("</dt><dd>").
    out += kept.length > 0 ? ` ${kept.join(' ')} ` : ' ';
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
      weighted: (top?.weighted ?? false) || /^h[1-6]$/.test(name) || /\sdata-pagefind-weight=/.test(tag),
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
    const fields = [metaSpan('title', foldedWords(title).join(' ')), metaSpan('ten', title), metaSpan('mo-ta', description)];
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
