/**
 * What the search page says and shows once the index has answered: the status line, the
 * words to mark, and the order of the results read (their titles and words are known only
 * then).
 */
import type { Marking } from './highlight.ts';
import { foldedWords, foldWord, searchForm, searchForms } from './fold.ts';
import type { Concept, QueryPlan } from './query.ts';
import type { Ranking } from './rank.ts';

export const quoted = (concepts: readonly Concept[]) => concepts.map((concept) => `“${concept.typed}”`).join(', ');

/** The status line: how many pages, what was searched for instead, which words no page holds. */
export function describeResults(query: string, plan: QueryPlan, ranking: Ranking): string {
  const count = ranking.pages.length;
  if (count === 0) return `Không tìm thấy trang nào có “${query}”.`;
  const typed = plan.concepts.map((concept) => concept.typed).join(' ');
  const meant = plan.concepts.map((concept) => concept.meant).join(' ');
  const instead = meant === typed ? '' : `Đang hiện kết quả cho “${meant}”`;
  if (ranking.complete) return instead ? `${instead}: ${count} trang.` : `Tìm thấy ${count} trang có “${query}”.`;
  const missing = ranking.missing.length > 0 ? ` Không tìm thấy ${quoted(ranking.missing)}.` : '';
  return `${instead ? `${instead}. ` : ''}Không trang nào có đủ các từ: đang hiện ${count} trang có nhiều từ nhất.${missing}`;
}

/** The words to mark in results: every form searched for, and the start being typed. */
export function markingOf(plan: QueryPlan): Marking {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const concept of plan.concepts) {
    for (const alternative of concept.alternatives) for (const word of alternative) words.add(foldWord(word));
    if (concept.prefix && concept.alternatives[0]?.[0]) prefixes.push(foldWord(concept.alternatives[0][0]));
  }
  return { words, prefixes: prefixes.filter((prefix) => prefix.length >= 3) };
}

export interface ReadResult {
  /** The title as shown. */
  title: string;
  /** The page's words in search form, as indexed. */
  content: string;
}

/**
 * The results read, reordered: first those whose title holds every required word (the page
 * the citizen means: the guide named "dịch vụ công", not the plan that repeats it), then,
 * for words typed with their marks ("đồng"), those holding them exactly (the index ranks
 * "động" alike); the index's order within each group.
 */
export function orderRead<T extends ReadResult>(results: readonly T[], plan: QueryPlan, missing: readonly Concept[] = []): T[] {
  // Words no page holds are in no title either: the title is judged on the others.
  const required = plan.concepts.filter((concept) => !concept.optional && !concept.unfinished && !missing.includes(concept));
  const typedWithMarks = (concept: Concept) => concept.typed === concept.meant && foldWord(concept.typed) !== searchForm(concept.typed);
  const withMarks = required.filter(typedWithMarks).map((concept) => concept.typed.split(/\s+/).map(searchForm));
  const titleHolds = (title: string) => {
    const folded = new Set(foldedWords(title));
    const exact = new Set(searchForms(title));
    // A word typed with its marks is that word in the title too: "đồng" is not "động".
    const holds = (concept: Concept) =>
      typedWithMarks(concept)
        ? concept.alternatives.some((words) => words.every((word) => exact.has(word)))
        : concept.alternatives.some((words) => words.every((word) => folded.has(foldWord(word))));
    return required.length > 0 && required.every(holds);
  };
  const holdsAsTyped = (content: string) => {
    const words = new Set(content.split(' '));
    return withMarks.length > 0 && withMarks.every((phrase) => phrase.every((word) => words.has(word)));
  };
  const key = (result: T) => (titleHolds(result.title) ? 0 : 2) + (holdsAsTyped(result.content) ? 0 : 1);
  return results
    .map((result, at) => ({ result, at, key: key(result) }))
    .sort((a, b) => a.key - b.key || a.at - b.at)
    .map(({ result }) => result);
}
