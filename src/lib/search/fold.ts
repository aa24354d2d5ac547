/**
 * The one form in which the search index holds words and queries are compared: no tone
 * marks, "d" for "đ", lower case, and "i" for a "y" that ends a syllable after a consonant
 * (kỹ/kĩ, lý/lí, mỹ/mĩ and công ty/công ti are the same word spelled two ways). Folding both
 * sides the same way lets Pagefind match "duong" with "đường" and "li lich" with "lý lịch"
 * by itself, with no result read back to check.
 */
import { foldAll } from '../vietnamese.ts';

const WORD = /[\p{L}\p{N}]+/gu;
/** A final "y" straight after a consonant letter: "ky", "ly", "my", "ty", "sy", "quy" is not (u before y). */
const FINAL_Y_AFTER_CONSONANT = /(?<=[bcdghklmnprstvx])y$/;

export function foldWord(word: string): string {
  return foldAll(word).replace(FINAL_Y_AFTER_CONSONANT, 'i');
}

/** The folded words of a text, in order, repeats kept. */
export function foldedWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(foldWord);
}
