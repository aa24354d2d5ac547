/**
 * One slip of the finger in a word of four letters or more ("thnah", "thanhh", "thnh",
 * "thamh") corrected against the words the index holds. The vocabulary is the site's own
 * folded words, most frequent first (written at build time), so a correction always leads
 * to pages and the commonest word wins a tie.
 */
export const MIN_TYPO_LENGTH = 4;

/** Whether two words are one edit apart: a letter swapped with its neighbour, missing, extra or wrong. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const difference = a.length - b.length;
  if (Math.abs(difference) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (difference === 0) {
    // Wrong letter, or two neighbours swapped.
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  const [longer, shorter] = difference > 0 ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
}

function swapped(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * The word the citizen most likely meant, or null: among the vocabulary's words one edit
 * away, a swap of two letters first (the commonest slip on a phone), then the most frequent.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | null {
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return null;
  let best: string | null = null;
  for (const candidate of vocabulary) {
    if (!oneEditApart(word, candidate)) continue;
    if (swapped(word, candidate)) return candidate;
    best ??= candidate;
  }
  return best;
}

/** The vocabulary file: one word per line, most frequent first. */
export function parseVocabulary(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

/**
 * The vocabulary written at build time from each page's folded words: words of three
 * letters or more without digits (a typo in a number or a code is not guessed), by the
 * number of pages holding them, most first, then alphabetically for a stable file.
 */
export function buildVocabulary(pages: Iterable<Iterable<string>>): string {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const word of new Set(page)) {
      if (word.length >= MIN_TYPO_LENGTH - 1 && /^[a-z]+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => `${word}\n`)
    .join('');
}
