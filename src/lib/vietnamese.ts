/**
 * Vietnamese text as people type it: often without tone marks, and with "d" for "đ".
 * Pagefind already folds tone marks, but "đ" is a letter of its own, not a mark, so these
 * helpers fill the gap on both sides: at indexing (a field of the page's đ-words written
 * with "d") and when reading results (keep only pages that hold every word typed).
 */

const MARKS = /\p{M}+/gu;

/** "Đường" → "Dường": the stroke only, every other mark kept. */
export function foldStroke(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "Đường Đức Thọ" → "duong duc tho": no marks, no stroke, lower case. */
export function foldAll(text: string): string {
  return foldStroke(text).normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The page's words that contain đ/Đ, written with d/D, each once: the extra search field. */
export function strokeFoldedWords(text: string): string {
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (/[đĐ]/.test(word)) seen.add(foldStroke(word).toLowerCase());
  }
  return [...seen].join(' ');
}

/** The words of a query, folded for comparison. */
export function queryTerms(query: string): string[] {
  return words(query).map(foldAll);
}

/**
 * Whether a page holds every word typed: each as a whole word, except the last, which may
 * still be being typed ("dich vu c"). Pagefind alone would drop a word that matches nothing
 * and fall back to prefixes of others ("duc" → "dự"), giving pages that lack the word.
 */
export function holdsAllTerms(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const folded = new Set(words(text).map(foldAll));
  const all = [...folded];
  return terms.every((term, index) =>
    index === terms.length - 1 ? all.some((word) => word.startsWith(term)) : folded.has(term),
  );
}

/** Whether the text holds the query's words exactly as typed, tone marks and all. */
export function holdsExactly(text: string, query: string): boolean {
  const typed = words(query).map((word) => word.toLowerCase());
  const present = new Set(words(text).map((word) => word.toLowerCase()));
  return typed.every((word) => present.has(word));
}

export function hasMarks(query: string): boolean {
  return foldAll(query) !== query.normalize('NFC').toLowerCase();
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * A short passage around the first place the query's words occur, with those words
 * marked: plain segments, so the page can show it without parsing any HTML.
 */
export function excerpt(content: string, terms: readonly string[], length = 32): Segment[] {
  const tokens = content.normalize('NFC').split(/(\s+)/);
  const isMatch = (token: string) => {
    const folded = words(token).map(foldAll);
    return folded.some((word) => terms.some((term, index) => (index === terms.length - 1 ? word.startsWith(term) : word === term)));
  };
  const wordIndexes = tokens.map((token, index) => (/\S/.test(token) ? index : -1)).filter((index) => index >= 0);
  const firstHit = wordIndexes.findIndex((index) => isMatch(tokens[index] ?? ''));
  // A little context before the first match, but never a window shorter than it could be.
  const startWord = Math.max(0, Math.min((firstHit < 0 ? 0 : firstHit) - Math.floor(length / 4), wordIndexes.length - length));
  const endWord = Math.min(wordIndexes.length, startWord + length);
  const from = wordIndexes[startWord] ?? 0;
  const to = (wordIndexes[endWord - 1] ?? tokens.length - 1) + 1;
  const segments: Segment[] = [];
  if (startWord > 0) segments.push({ text: '… ', marked: false });
  for (const token of tokens.slice(from, to)) {
    const marked = /\S/.test(token) && isMatch(token);
    const last = segments.at(-1);
    if (last && last.marked === marked && !marked) last.text += token;
    else segments.push({ text: token, marked });
  }
  if (endWord < wordIndexes.length) segments.push({ text: ' …', marked: false });
  return segments;
}

/** How many times the words typed stand together, in order, in the text (folded). */
export function phraseCount(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const folded = words(text).map(foldAll);
  const last = terms.length - 1;
  let count = 0;
  for (let start = 0; start + last < folded.length; start += 1) {
    const matches = terms.every((term, offset) => {
      const word = folded[start + offset] ?? '';
      return offset === last ? word.startsWith(term) : word === term;
    });
    if (matches) count += 1;
  }
  return count;
}

export interface Candidate {
  title: string;
  text: string;
  /** The page's section headings: a section about the words beats a passing mention. */
  headings?: readonly string[] | undefined;
}

/**
 * Pagefind ranks a word found through the đ-field below one found in the text, so the
 * page about Đức Thọ can rank under pages that only mention it for "duc tho". Among the
 * pages that hold every word, this puts first those whose title holds the words, then
 * those where the words stand together most often (a section headed by them counting
 * extra), then (for a query with tone marks) those with the words exactly as typed;
 * Pagefind's order breaks ties.
 */
export function score(candidate: Candidate, query: string): number {
  const terms = queryTerms(query);
  let total = 0;
  if (phraseCount(candidate.title, terms) > 0) total += 8;
  else if (holdsAllTerms(candidate.title, terms)) total += 4;
  // A section headed by the words counts as three more mentions: enough to pass a page that
  // mentions them as often, not one that is about them throughout.
  const headed = candidate.headings?.some((heading) => phraseCount(heading, terms) > 0) ? 3 : 0;
  total += Math.min(5, phraseCount(candidate.text, terms) + headed);
  if (hasMarks(query) && holdsExactly(`${candidate.title} ${candidate.text}`, query)) total += 3;
  return total;
}

/** The results that hold every word typed, best first. */
export function refine<T>(results: readonly T[], query: string, candidateOf: (result: T) => Candidate): T[] {
  const terms = queryTerms(query);
  return results
    .map((result, order) => ({ result, order, candidate: candidateOf(result) }))
    .filter(({ candidate }) => holdsAllTerms(`${candidate.title} ${candidate.text}`, terms))
    .map((entry) => ({ ...entry, score: score(entry.candidate, query) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result }) => result);
}

const collator = new Intl.Collator('vi');

/**
 * Vietnamese alphabetical order (ă and â after a, đ after d). One collator for all:
 * `localeCompare(b, 'vi')` builds a new one per call, which thousands of plans feel.
 */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** "Phòng Văn hóa - Xã hội" → "phong-van-hoa-xa-hoi": a URL slug without marks. */
export function slugify(text: string): string {
  return foldAll(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
