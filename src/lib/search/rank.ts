/**
 * From what the index says about each word to the list a citizen sees. The index is asked
 * one word at a time (which pages hold it, and Pagefind's score for each); this puts the
 * words back together as the query's concepts and orders the pages:
 *   1. pages that hold every required concept; when none does, pages that hold the most;
 *   2. then by score: Pagefind's scores of the concepts held (its weights already favour a
 *      page whose title or headings hold the words), question words counting a little,
 *      and a boost for the kind of page a citizen most likely means.
 */
import type { PageType } from '../labels.ts';
import type { Concept, QueryPlan } from './query.ts';

/** What the index says of one page for a word or a concept. */
export interface Hit {
  score: number;
  /** Where the concept's first and last words stand on the page (word positions). */
  first: readonly number[];
  last: readonly number[];
}

/** Page id → hit, for one word or one concept. */
export type Hits = ReadonlyMap<string, Hit>;

/** How often a use of `before` is followed straight by a use of `after` (three at most counted). */
export function timesTogether(before: Hit, after: Hit): number {
  const next = new Set(after.first);
  return Math.min(PHRASE_USES, before.last.filter((position) => next.has(position + 1)).length);
}

export function standTogether(before: Hit, after: Hit): boolean {
  return timesTogether(before, after) > 0;
}

/** Uses of a phrase that count: a page that repeats it is about it, up to a point. */
const PHRASE_USES = 3;
/** A phrase found as written, once, doubles a page's score; three times, quadruples it. */
const PHRASE_BOOST = 1;

/**
 * Pages holding every word of an alternative ("căn cước công dân"), scored by the sum of the
 * words' scores, doubled where the words stand together as a phrase.
 */
export function allOf(words: readonly Hits[]): Map<string, Hit> {
  const [first, ...rest] = words;
  const found = new Map<string, Hit>();
  if (!first) return found;
  for (const [page, hit] of first) {
    const hits = [hit, ...rest.map((other) => other.get(page))];
    if (hits.some((other) => other === undefined)) continue;
    const held = hits as Hit[];
    const score = held.reduce((total, other) => total + other.score, 0);
    const together = held.every((other, at) => at === 0 || standTogether(held[at - 1]!, other));
    found.set(page, { score: together ? score * (1 + PHRASE_BOOST) : score, first: hit.first, last: held.at(-1)!.last });
  }
  return found;
}

/** Pages holding any alternative, each with its best. */
export function anyOf(alternatives: readonly Hits[]): Map<string, Hit> {
  const found = new Map<string, Hit>();
  for (const hits of alternatives) {
    for (const [page, hit] of hits) {
      const known = found.get(page);
      if (!known) found.set(page, hit);
      else found.set(page, { score: Math.max(known.score, hit.score), first: [...known.first, ...hit.first], last: [...known.last, ...hit.last] });
    }
  }
  return found;
}

/** How much a page's kind weighs: guides are what most citizens look for. */
export function kindBoost(type: PageType | undefined, howTo: boolean): number {
  if (type === 'guide') return howTo ? 2.5 : 1.1;
  if (type === 'year' || type === 'links') return 1.2;
  return 1;
}

/** A question word on a page counts this much of a required word. */
const OPTIONAL_WEIGHT = 0.3;

export interface RankedPage {
  id: string;
  score: number;
  /** The required concepts this page lacks (shown as "Không có: …" on a partial result). */
  lacks: Concept[];
}

export interface Ranking {
  pages: RankedPage[];
  /** Some page holds every required concept. */
  complete: boolean;
  /** Required concepts no page holds at all. */
  missing: Concept[];
}

export function rankPages(plan: QueryPlan, conceptHits: readonly Hits[], typeOf: (id: string) => PageType | undefined): Ranking {
  const required = plan.concepts.map((concept, index) => {
    const hits: Hits = conceptHits[index] ?? new Map<string, Hit>();
    // An unfinished last letter or two that no page holds is still being typed: not a miss.
    return { concept: concept.unfinished && hits.size === 0 ? { ...concept, optional: true } : concept, hits };
  });
  const pages = new Set<string>();
  for (const { concept, hits } of required) if (!concept.optional) for (const page of hits.keys()) pages.add(page);
  const ranked = [...pages].map((id) => {
    let score = 0;
    const lacks: Concept[] = [];
    let previous: Hit | undefined;
    let pairs = 0;
    let together = 0;
    for (const { concept, hits } of required) {
      const hit = hits.get(id);
      if (hit === undefined) {
        if (!concept.optional) lacks.push(concept);
      } else {
        score += concept.optional ? hit.score * OPTIONAL_WEIGHT : hit.score;
      }
      if (concept.optional) continue;
      // Consecutive words of the query standing together on the page: "chữ ký số" as written.
      if (previous && hit) {
        pairs += 1;
        together += timesTogether(previous, hit);
      }
      previous = hit;
    }
    const phrase = pairs > 0 ? 1 + (PHRASE_BOOST * together) / pairs : 1;
    return { id, score: score * phrase * kindBoost(typeOf(id), plan.howTo), lacks };
  });
  ranked.sort((a, b) => a.lacks.length - b.lacks.length || b.score - a.score || (a.id < b.id ? -1 : 1));
  const complete = ranked.length > 0 && ranked[0]?.lacks.length === 0;
  return {
    pages: complete ? ranked.filter((page) => page.lacks.length === 0) : ranked,
    complete,
    missing: required.filter(({ concept, hits }) => !concept.optional && hits.size === 0).map(({ concept }) => concept),
  };
}
