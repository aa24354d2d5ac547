/**
 * The search page's questions to the index: which pages hold a word (Pagefind, one word at a
 * time, so each word's pages are known without reading any result back), which pages are
 * guides, years or platforms (for ranking), what a result shows (its fragment, read only for
 * the results on screen), and the site's vocabulary (read only to correct a typo).
 * Pagefind runs on the main thread: its worker is one more file to fetch on a slow phone,
 * and a search of a few words takes milliseconds.
 */
import type { PageType } from '../lib/labels.ts';
import { PAGE_TYPES } from '../lib/labels.ts';
import { anyOf, allOf, type Hit, type Hits } from '../lib/search/rank.ts';
import { MIN_START, type Concept } from '../lib/search/query.ts';
import { parseVocabulary } from '../lib/search/typo.ts';
import { joinBase, paths } from '../lib/url.ts';

export interface ResultData {
  url: string;
  /** The page's words in search form (see lib/search/fold.ts), tone marks kept. */
  content: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the words matched on the page. */
  words: number[];
  data(): Promise<ResultData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export type Filters = Record<string, string>;

/** A page that only begins with the word being typed counts half as much as one holding it. */
const PREFIX_WEIGHT = 0.5;

const base = import.meta.env.BASE_URL;
let loading: Promise<PagefindApi> | undefined;

/** Starts fetching Pagefind (its script, WebAssembly and index metadata) once. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* @vite-ignore */ joinBase(base, paths.searchScript)).then(async (module: PagefindApi) => {
    // Only the folded title counts as a title; the fields a result shows are not for matching.
    const metaWeights = { title: 5, ten: 0, 'mo-ta': 0, loai: 0, nam: 0, tinh: 0, 'dia-phuong': 0 };
    await module.options({ noWorker: true, excerptLength: 0, ranking: { metaWeights } });
    await module.init();
    return module;
  });
  return loading;
}

export class SearchIndex {
  private readonly hits = new Map<string, Promise<Map<string, PagefindResult>>>();
  /** Every result seen, by page: any of them reads the page's fragment. */
  private readonly pages = new Map<string, PagefindResult>();
  private types: Promise<Map<string, PageType>> | undefined;
  private vocabulary: Promise<string[]> | undefined;

  constructor(private readonly pagefind: PagefindApi) {}

  private results(term: string, filters: Filters): Promise<Map<string, PagefindResult>> {
    const key = `${term}\u0000${JSON.stringify(filters)}`;
    let found = this.hits.get(key);
    if (!found) {
      found = this.pagefind.search(term, { filters }).then((search) => {
        const results = new Map((search?.results ?? []).map((result) => [result.id, result]));
        for (const [id, result] of results) this.pages.set(id, result);
        return results;
      });
      this.hits.set(key, found);
    }
    return found;
  }

  /**
   * Pages holding the folded word, each with Pagefind's score. Pagefind's exact search
   * ("word" in quotes) says which pages hold the word itself, but scores them all alike;
   * its plain search scores by weight and frequency but also matches longer words that begin
   * with it ("tho" → "thông"). The one gives the pages, the other their scores.
   */
  async word(word: string, filters: Filters, asStart = false): Promise<Hits> {
    const [exact, scored] = await Promise.all([this.results(`"${word}"`, filters), this.results(word, filters)]);
    const hitOf = (result: PagefindResult | undefined, weight = 1): Hit => ({
      score: (result?.score ?? 0) * weight,
      first: result?.words ?? [],
      last: result?.words ?? [],
    });
    const hits = new Map([...exact.keys()].map((id) => [id, hitOf(scored.get(id))]));
    if (!asStart || word.length < MIN_START) return hits;
    // A word the index holds is one of its own starts: Pagefind's answer is then no fallback.
    const starts = exact.size > 0 ? scored : await this.starts(word, scored, filters);
    return anyOf([hits, new Map([...starts].map(([id, result]) => [id, hitOf(result, PREFIX_WEIGHT)]))]);
  }

  /**
   * Pages holding a word that begins with `start`. Where no word does, Pagefind answers
   * with the pages of the longest word that `start` begins with ("cogn" → "co"): those
   * are recognised (the same pages as that word's) and dropped, so a typo stays a typo.
   */
  private async starts(start: string, starts: Map<string, PagefindResult>, filters: Filters): Promise<Map<string, PagefindResult>> {
    for (let length = start.length - 1; length >= 1 && starts.size > 0; length -= 1) {
      const shorter = await this.results(`"${start.slice(0, length)}"`, filters);
      if (shorter.size === 0) continue;
      const same = shorter.size === starts.size && [...starts.keys()].every((id) => shorter.has(id));
      return same ? new Map() : starts;
    }
    return starts;
  }

  /** Pages holding any alternative of the concept (all the words of one alternative). */
  async concept(concept: Concept, filters: Filters): Promise<Hits> {
    const alternatives = await Promise.all(
      concept.alternatives.map(async (words) => allOf(await Promise.all(words.map((word) => this.word(word, filters, concept.prefix && words.length === 1))))),
    );
    return anyOf(alternatives);
  }

  /** The data a result shows, read from the page's fragment (one small file per result). */
  async data(id: string): Promise<ResultData | undefined> {
    return this.pages.get(id)?.data();
  }

  /**
   * The kind of each guide, year and platform page, from Pagefind's own "loai" filter: the
   * few pages that are not plans, asked once.
   */
  typeOf(): Promise<Map<string, PageType>> {
    this.types ??= Promise.all(
      (['guide', 'year', 'links'] as const).map(async (type) => {
        const search = await this.pagefind.search(null, { filters: { loai: PAGE_TYPES[type] } });
        return (search?.results ?? []).map((result) => [result.id, type] as const);
      }),
    ).then((lists) => new Map(lists.flat()));
    return this.types;
  }

  /** The site's words, most frequent first, fetched the first time a word is not found. */
  words(): Promise<string[]> {
    this.vocabulary ??= fetch(joinBase(base, paths.searchVocabulary))
      .then((response) => (response.ok ? response.text() : ''))
      .then(parseVocabulary)
      .catch(() => []);
    return this.vocabulary;
  }
}
