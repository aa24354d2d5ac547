/**
 * Whether two built sites' Pagefind indexes hold the same pages with the same titles and
 * the same words, read back from each index's fragments (one per page: its URL, title and
 * the text Pagefind indexed). This is what makes the portal and its Starlight twin a fair
 * pair: any difference in their first search then comes from the search, not the content.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { searchForms } from '../../src/lib/search/fold.ts';

interface IndexedPage {
  title: string;
  words: Map<string, number>;
  count: number;
}

export interface IndexComparison {
  pages: [number, number];
  words: [number, number];
  /** Pages missing on one side, or whose title or words differ ("/lich: 3 words"). */
  differing: string[];
}

// Compared in the search form the portal indexes ("d" for "đ", i for a final y; see
// src/lib/search/fold.ts): the same words, whichever way each index writes them.
const wordsOf = (text: string) => searchForms(text);

/** Every page of a site's index by URL path under its base, without the trailing slash. */
async function indexedPages(dist: string, base: string): Promise<Map<string, IndexedPage>> {
  const folder = join(dist, 'pagefind', 'fragment');
  const pages = new Map<string, IndexedPage>();
  for (const name of await readdir(folder)) {
    // A fragment is gzipped JSON behind Pagefind's "pagefind_dcd" signature.
    const json = gunzipSync(await readFile(join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(json) as { url: string; content: string; meta: { title?: string; ten?: string } };
    const path = `/${fragment.url.slice(fragment.url.startsWith(base) ? base.length : 1)}`.replace(/(.)\/$/, '$1');
    const words = new Map<string, number>();
    const list = wordsOf(fragment.content);
    for (const word of list) words.set(word, (words.get(word) ?? 0) + 1);
    // The portal shows its title from "ten" ("title" is the title in search form).
    pages.set(path, { title: fragment.meta.ten ?? fragment.meta.title ?? '', words, count: list.length });
  }
  return pages;
}

export async function compareIndexes(first: { dist: string; base: string }, second: { dist: string; base: string }): Promise<IndexComparison> {
  const [a, b] = await Promise.all([indexedPages(first.dist, first.base), indexedPages(second.dist, second.base)]);
  const differing: string[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const left = a.get(path);
    const right = b.get(path);
    if (!left || !right) {
      differing.push(`${path}: ${left ? 'missing on the second site' : 'missing on the first site'}`);
      continue;
    }
    if (left.title !== right.title) differing.push(`${path}: titles differ`);
    const counts = new Map(left.words);
    for (const [word, count] of right.words) counts.set(word, (counts.get(word) ?? 0) - count);
    const off = [...counts.values()].reduce((sum, count) => sum + Math.abs(count), 0);
    if (off > 0) differing.push(`${path}: ${off} words differ`);
  }
  const total = (pages: Map<string, IndexedPage>) => [...pages.values()].reduce((sum, page) => sum + page.count, 0);
  return { pages: [a.size, b.size], words: [total(a), total(b)], differing };
}
