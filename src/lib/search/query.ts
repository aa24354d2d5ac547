/**
 * What a query asks for, before any index is read: its words as "concepts", each with the
 * folded forms a page may hold it in. A concept is one word, or a phrase of the synonyms
 * file (content/tim-kiem.yaml) standing for any phrase of its group, or a question word a
 * page need not hold. Telex and VNI left raw ("ddieenj", "d9ie65n") are searched as typed
 * and as converted.
 */
import { fromTelex, fromVni } from '../keyboard-input.ts';
import { FILLER_PHRASES, HOW_TO_PHRASES } from './fillers.ts';
import { foldWord, searchForm } from './fold.ts';

export interface Concept {
  /** The words as typed, for the notices ("không tìm thấy “zzzz”"). */
  typed: string;
  /** What the citizen meant, where it differs from what was typed (Telex converted). */
  meant: string;
  /** Each alternative is a list of words (search form, see fold.ts) a page must all hold. */
  alternatives: string[][];
  /** A question word or filler: counts when present, never required, never "not found". */
  optional: boolean;
  /** The query's last word, perhaps still being typed: may also begin a longer word. */
  prefix: boolean;
  /**
   * A last word of one or two letters: the start of a word more often than a word ("dich
   * vu c"), so it is not required when no page holds it as it stands.
   */
  unfinished?: boolean;
}

export interface QueryPlan {
  concepts: Concept[];
  /** The query asks how to do something ("cách …", "làm sao …"): guides come first. */
  howTo: boolean;
  /** The query with Telex or VNI converted, where any word was: "điện tử". */
  converted: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_PHRASE = 4;
/** Shorter starts of a word are not searched as starts: they would fetch much of the index for little meaning. */
export const MIN_START = 3;

/** Synonym groups as lookups: folded phrase → the alternatives of its group, in search form. */
export type Synonyms = ReadonlyMap<string, readonly string[][]>;

export function synonymLookup(groups: readonly (readonly string[])[]): Synonyms {
  const lookup = new Map<string, string[][]>();
  for (const group of groups) {
    const phrases = group.map((phrase) => phrase.normalize('NFC').match(WORD) ?? []).filter((words) => words.length > 0);
    const alternatives = [...new Set(phrases.map((words) => words.map(searchForm).join(' ')))].map((phrase) => phrase.split(' '));
    for (const words of phrases) lookup.set(words.map(foldWord).join(' '), alternatives);
  }
  return lookup;
}

const FILLERS = new Set(FILLER_PHRASES);

function holdsPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  return phrases.some((phrase) => text.includes(` ${phrase} `));
}

/** A word typed with the Vietnamese keyboard off, converted: "ddieenj" → "điện". */
function convert(word: string): string | null {
  return fromTelex(word) ?? fromVni(word);
}

export function planQuery(query: string, synonyms: Synonyms = new Map()): QueryPlan {
  const typed = query.normalize('NFC').match(WORD) ?? [];
  const meant = typed.map((word) => convert(word) ?? word);
  const typedForms = typed.map(foldWord);
  const meantForms = meant.map(foldWord);
  const concepts: Concept[] = [];
  for (let at = 0; at < typed.length; ) {
    let taken = 0;
    for (let length = Math.min(MAX_PHRASE, typed.length - at); length >= 1 && taken === 0; length -= 1) {
      // As typed first: an English word may happen to read as Telex ("post" → "pót").
      for (const forms of [typedForms, meantForms]) {
        const phrase = forms.slice(at, at + length).join(' ');
        const group = synonyms.get(phrase);
        const filler = FILLERS.has(phrase);
        if (!group && !filler) continue;
        const words = forms === typedForms ? typed : meant;
        concepts.push({
          typed: typed.slice(at, at + length).join(' '),
          meant: words.slice(at, at + length).join(' '),
          alternatives: group ? group.map((alternative) => [...alternative]) : [words.slice(at, at + length).map(searchForm)],
          optional: !group,
          prefix: false,
        });
        taken = length;
        break;
      }
    }
    if (taken === 0) {
      const alternatives = [[searchForm(meant[at] ?? '')]];
      if (typedForms[at] !== meantForms[at]) alternatives.push([searchForm(typed[at] ?? '')]);
      concepts.push({ typed: typed[at] ?? '', meant: meant[at] ?? '', alternatives, optional: false, prefix: false });
      taken = 1;
    }
    at += taken;
  }
  const last = concepts.at(-1);
  // A query that does not end in a space may end in a word still being typed.
  if (last && !/\s$/.test(query) && last.alternatives.every((words) => words.length === 1)) {
    last.prefix = true;
    last.unfinished = last.alternatives.every(([word]) => (word ?? '').length < MIN_START);
  }
  if (concepts.every((concept) => concept.optional)) for (const concept of concepts) concept.optional = false;
  return {
    concepts,
    howTo: holdsPhrase(meantForms, HOW_TO_PHRASES),
    converted: meant.some((word, index) => word !== typed[index]) ? meant.join(' ') : null,
  };
}
