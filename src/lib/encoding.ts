/**
 * Which encoding a text file's bytes are in, for files that are not UTF-8: UTF-16, or one of
 * the legacy Vietnamese encodings still common on office machines (Windows-1258, and the
 * TCVN3 and VNI font encodings, whose "letters" are only right in their own fonts).
 *
 * Legacy bytes are told apart by decoding them with each table and counting the words that
 * come out as Vietnamese syllables: the right table yields "Việt", the wrong ones "Viêịt" or
 * "Vie¨t". The tables are written here from the public code pages.
 */
import { isVietnameseSyllable } from './keyboard-input.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | 'unknown';
export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const TONES = [GRAVE, ACUTE, TILDE, HOOK, DOT] as const;

/** Windows-1258, bytes 0x80–0xFF (undefined bytes left out). */
const CP1258_HIGH: ReadonlyArray<number | undefined> = [
  // 0x80
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, undefined, 0x2039, 0x0152, undefined, undefined, undefined,
  // 0x90
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, undefined, 0x203a, 0x0153, undefined, undefined, 0x0178,
  // 0xA0–0xBF: as Latin-1
  ...Array.from({ length: 32 }, (_, i) => 0xa0 + i),
  // 0xC0
  0xc0, 0xc1, 0xc2, 0x0102, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0x0300, 0xcd, 0xce, 0xcf,
  // 0xD0
  0x0110, 0xd1, 0x0309, 0xd3, 0xd4, 0x01a0, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0x01af, 0x0303, 0xdf,
  // 0xE0
  0xe0, 0xe1, 0xe2, 0x0103, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0x0301, 0xed, 0xee, 0xef,
  // 0xF0
  0x0111, 0xf1, 0x0323, 0xf3, 0xf4, 0x01a1, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0x01b0, 0x20ab, 0xff,
];

/** TCVN3 (TCVN 5712:1993, "ABC"): lower-case letters, and the upper-case letters it has. */
const TCVN3: Readonly<Record<string, number>> = {
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};

/** VNI-Windows: the byte after a vowel that draws its marks, [lower case, upper case]. */
const VNI_TONE: Readonly<Record<string, readonly [number, number]>> = {
  [ACUTE]: [0xf9, 0xd9], [GRAVE]: [0xf8, 0xd8], [HOOK]: [0xfb, 0xdb], [TILDE]: [0xf5, 0xd5], [DOT]: [0xef, 0xcf],
};
const VNI_CIRCUMFLEX: Readonly<Record<string, readonly [number, number]>> = {
  '': [0xe2, 0xc2], [ACUTE]: [0xe1, 0xc1], [GRAVE]: [0xe0, 0xc0], [HOOK]: [0xe5, 0xc5], [TILDE]: [0xe3, 0xc3], [DOT]: [0xe4, 0xc4],
};
const VNI_BREVE: Readonly<Record<string, readonly [number, number]>> = {
  '': [0xea, 0xca], [ACUTE]: [0xe9, 0xc9], [GRAVE]: [0xe8, 0xc8], [HOOK]: [0xfa, 0xda], [TILDE]: [0xfc, 0xdc], [DOT]: [0xeb, 0xcb],
};
/** i with a tone is one byte in VNI. */
const VNI_I: Readonly<Record<string, readonly [number, number]>> = {
  [ACUTE]: [0xed, 0xcd], [GRAVE]: [0xec, 0xcc], [HOOK]: [0xe6, 0xc6], [TILDE]: [0xf3, 0xd3], [DOT]: [0xf2, 0xd2],
};

/** Every Vietnamese letter that is not ASCII, in NFC. */
function vietnameseLetters(): string[] {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const letters = ['đ', 'Đ'];
  for (const lower of bases) {
    for (const base of [lower, lower.toUpperCase()]) {
      for (const tone of ['', ...TONES]) {
        const letter = (base + tone).normalize('NFC');
        if (letter.length === 1 && letter.charCodeAt(0) > 0x7f) letters.push(letter);
      }
    }
  }
  return letters;
}

/** A letter split into its ASCII base, its shape mark (circumflex, breve, horn) and tone. */
function parts(letter: string): { base: string; shape: string; tone: string } {
  const marks = [...letter.normalize('NFD')];
  const base = marks.shift() ?? '';
  const tone = marks.find((mark) => (TONES as readonly string[]).includes(mark)) ?? '';
  const shape = marks.find((mark) => mark !== tone) ?? '';
  return { base, shape, tone };
}

function cp1258Bytes(letter: string): number[] | undefined {
  const single = CP1258_HIGH.indexOf(letter.codePointAt(0));
  if (single >= 0) return [0x80 + single];
  const { base, shape, tone } = parts(letter);
  const stem = (base + shape).normalize('NFC');
  const stemByte = stem.charCodeAt(0) < 0x80 ? stem.charCodeAt(0) : CP1258_HIGH.indexOf(stem.codePointAt(0));
  const toneByte = CP1258_HIGH.indexOf(tone.codePointAt(0));
  if (stemByte < 0 || toneByte < 0) return undefined;
  return [stem.charCodeAt(0) < 0x80 ? stemByte : 0x80 + stemByte, 0x80 + toneByte];
}

function vniBytes(letter: string): number[] | undefined {
  if (letter === 'đ') return [0xf1];
  if (letter === 'Đ') return [0xd1];
  const { base, shape, tone } = parts(letter);
  const upper = base === base.toUpperCase() ? 1 : 0;
  const lower = base.toLowerCase();
  const pick = (table: Readonly<Record<string, readonly [number, number]>>, key: string) => table[key]?.[upper];
  if (lower === 'i' && shape === '') {
    const byte = pick(VNI_I, tone);
    return byte === undefined ? undefined : [byte];
  }
  if (shape === '\u0302') return [base.charCodeAt(0), pick(VNI_CIRCUMFLEX, tone)!];
  if (shape === '\u0306') return [base.charCodeAt(0), pick(VNI_BREVE, tone)!];
  const toneByte = tone ? pick(VNI_TONE, tone) : undefined;
  // ơ and ư are one byte (ô, ö in the font); their tone follows as for any vowel.
  const stem = shape === '\u031b' ? (lower === 'o' ? [upper ? 0xd4 : 0xf4] : [upper ? 0xd6 : 0xf6]) : [base.charCodeAt(0)];
  return toneByte === undefined ? stem : [...stem, toneByte];
}

function tcvn3Bytes(letter: string): number[] | undefined {
  const byte = TCVN3[letter] ?? TCVN3[letter.toLowerCase()];
  return byte === undefined ? undefined : [byte];
}

const ENCODERS: Record<LegacyEncoding, (letter: string) => number[] | undefined> = {
  'windows-1258': cp1258Bytes,
  tcvn3: tcvn3Bytes,
  vni: vniBytes,
};

/** Byte sequence → letter, for each legacy encoding, longest sequences first. */
const DECODERS: Record<LegacyEncoding, Map<string, string>> = (() => {
  const letters = vietnameseLetters();
  const tables = {} as Record<LegacyEncoding, Map<string, string>>;
  for (const encoding of Object.keys(ENCODERS) as LegacyEncoding[]) {
    const table = new Map<string, string>();
    for (const letter of letters) {
      const bytes = ENCODERS[encoding](letter);
      if (!bytes) continue;
      const key = String.fromCharCode(...bytes);
      // TCVN3 writes upper-case letters with tones as lower case (in an upper-case font).
      if (!table.has(key)) table.set(key, letter);
    }
    tables[encoding] = table;
  }
  return tables;
})();

/**
 * Vietnamese text in a legacy encoding, as bytes: for tests and examples. Throws on a
 * character the encoding cannot write.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    const bytes = code < 0x80 ? [code] : ENCODERS[encoding](char);
    if (!bytes) throw new Error(`${encoding} cannot write "${char}"`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** Bytes read with a legacy table, in NFC; in TCVN3 and VNI, a byte that is no letter reads as U+FFFD. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'windows-1258') {
    let text = '';
    for (const byte of bytes) text += String.fromCodePoint(byte < 0x80 ? byte : (CP1258_HIGH[byte - 0x80] ?? 0xfffd));
    return text.normalize('NFC');
  }
  const table = DECODERS[encoding];
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const pair = i + 1 < bytes.length ? String.fromCharCode(bytes[i]!, bytes[i + 1]!) : '';
    if (pair && table.has(pair)) {
      text += table.get(pair);
      i++;
      continue;
    }
    const one = String.fromCharCode(bytes[i]!);
    // A byte that draws no letter in the font is no letter here either.
    text += table.get(one) ?? (bytes[i]! < 0x80 ? one : '\uFFFD');
  }
  return text.normalize('NFC');
}

/** Of the words holding a letter beyond ASCII, how many read as Vietnamese syllables. */
function syllableScore(text: string): { good: number; words: number } {
  let good = 0;
  let words = 0;
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) good++;
  }
  return { good, words };
}

/** A NUL in at least this share of one half of the byte pairs means UTF-16. */
const NUL_SHARE = 0.3;

function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = length / 2;
  if (odd / pairs >= NUL_SHARE && odd > even) return 'utf-16le';
  if (even / pairs >= NUL_SHARE && even > odd) return 'utf-16be';
  return undefined;
}

/** The encoding of a text file's bytes, as well as can be told. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not UTF-8: try the legacy Vietnamese encodings.
  }
  let best: { encoding: Encoding; good: number } = { encoding: 'unknown', good: 0 };
  for (const encoding of ['windows-1258', 'vni', 'tcvn3'] as const) {
    const { good, words } = syllableScore(decodeLegacy(bytes, encoding));
    // More than half of the words with marks must make sense, and more of them than in any other table.
    if (good > best.good && good * 2 > words) best = { encoding, good };
  }
  return best.encoding;
}
