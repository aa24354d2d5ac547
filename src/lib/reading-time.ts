/**
 * Reading time of a guide from its MDX source. Vietnamese words are single syllables,
 * so counts run higher than in English; 150 a minute suits an unhurried reader on a phone.
 */
export const WORDS_PER_MINUTE = 150;

/** The words a reader sees: no imports, tags, expressions or Markdown marks. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/^\s*\d+\.\s/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_>`|[\]()-]+/g, ' ');
}

export function countWords(mdx: string): number {
  return proseOf(mdx)
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
