/**
 * The forms in which the search index holds words and queries are compared.
 *
 * The index holds each word with "d" for "đ" and "i" for a "y" that ends a syllable after
 * a consonant (kỹ/kĩ, lý/lí, mỹ/mĩ and công ty/công ti are one word spelled two ways), in
 * lower case, tone marks kept (`searchForm`). Pagefind folds tone marks itself, so "duong"
 * finds "đường", while a query typed with its marks ("đồng") still ranks the pages holding
 * that exact word ("đồng", not "động") first. "đ" is a letter, not a mark: Pagefind would
 * keep it, hence it is written "d" on both sides.
 *
 * Comparisons made outside Pagefind (synonyms, question words, typos, marking results) use
 * the fully folded form (`foldWord`): no marks at all.
 */
import { foldAll, foldStroke } from '../vietnamese.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const FINAL_Y: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
/** A final "y" straight after a consonant letter: "ky", "lý", "mỹ", "ty"; not "quy", "thay". */
const FINAL_Y_AFTER_CONSONANT = /(?<=[bcdghklmnprstvx])[yýỳỷỹỵ]$/;

export function searchForm(word: string): string {
  return foldStroke(word)
    .toLowerCase()
    .replace(FINAL_Y_AFTER_CONSONANT, (y) => FINAL_Y[y] ?? y);
}

export function foldWord(word: string): string {
  return foldAll(searchForm(word));
}

/** The words of a text in their search form, in order, repeats kept. */
export function searchForms(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(searchForm);
}

/** The folded words of a text, in order, repeats kept. */
export function foldedWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(foldWord);
}
