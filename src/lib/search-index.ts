/**
 * What the search index gets beyond the page as published: a hidden field of the page's
 * đ-words written with "d", so "duong" finds "đường" (Pagefind folds tone marks, not the
 * stroke). Added to the copy Pagefind reads, never to the published HTML.
 */
import { strokeFoldedWords } from './vietnamese.ts';

const SEARCHABLE_MAIN = /(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*?)(<\/main>)/;

/** The text of an HTML fragment, tags dropped and the few entities Astro writes decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' })[entity] ?? "'");
}

export function isSearchable(html: string): boolean {
  return SEARCHABLE_MAIN.test(html);
}

const BLOCK_END = /<\/(p|li|dt|dd|td|th|tr|h[1-6]|div|section|caption|figcaption|blockquote|aside|ul|ol|dl|table)>/g;

/**
 * Astro writes block elements with no white space between them ("<dt>Người ký</dt><dd>Đồng
 * Văn Thanh"), and Pagefind joins their text into one word ("kýĐồng"). A space after each
 * block's end keeps the words apart in the index.
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}

/** The copy of a page that Pagefind reads: in NFC, blocks spaced, and the đ-field added. */
export function forIndexing(html: string): string {
  return html.normalize('NFC').replace(SEARCHABLE_MAIN, (_, open: string, body: string, close: string) => {
    const spaced = spaceBlocks(body);
    const folded = strokeFoldedWords(textOfHtml(spaced));
    const field = folded ? `<span data-pagefind-meta="dfold:${folded}"></span>` : '';
    return `${open}${spaced}${field}${close}`;
  });
}

/**
 * "ke-hoach/x/index.html" → "/ke-hoach/x/". Relative to the site, not the host: Pagefind
 * puts its own folder's base ("/cds/") in front when it returns results.
 */
export function pageUrl(file: string): string {
  return `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}
