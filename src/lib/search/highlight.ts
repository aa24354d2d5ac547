/**
 * A result's title and description with the words searched for marked, as plain segments
 * the page turns into text nodes and <mark>s (nothing is parsed as HTML).
 */
import { foldWord } from './fold.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

export interface Marking {
  /** Folded words to mark wherever they stand. */
  words: ReadonlySet<string>;
  /** Folded starts of words (the word still being typed). */
  prefixes: readonly string[];
}

export function markWords(text: string, marking: Marking): Segment[] {
  const segments: Segment[] = [];
  for (const token of text.normalize('NFC').split(/([\p{L}\p{N}]+)/u)) {
    if (token === '') continue;
    const folded = foldWord(token);
    const marked = /[\p{L}\p{N}]/u.test(token) && (marking.words.has(folded) || marking.prefixes.some((prefix) => folded.startsWith(prefix)));
    const last = segments.at(-1);
    if (last && !last.marked && !marked) last.text += token;
    else segments.push({ text: token, marked });
  }
  return segments;
}
