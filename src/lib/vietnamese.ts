/**
 * Vietnamese text as people type it: often without tone marks, and with "d" for "đ" (a
 * letter of its own, not a mark). Folding for search builds on these (lib/search/fold.ts);
 * sorting and slugs live here too.
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
