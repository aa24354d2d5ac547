/**
 * Vietnamese typed with the Vietnamese keyboard switched off. On a phone whose Telex or VNI
 * input is off, the keystrokes that would have made the marks stay in the text: "ddieenj tuwr"
 * (Telex) or "d9ie65n tu73" (VNI) for "điện tử". Search folds tone marks, so such a query finds
 * nothing; these functions read the keystrokes back into the syllable the citizen meant.
 *
 * The guard against false alarms is the syllable check: a word is converted only when it
 * carries at least one keystroke AND the result is a well-formed Vietnamese syllable. Plain
 * unaccented Vietnamese ("dich vu cong") carries no keystroke at all: no Vietnamese word ends
 * in s, f, r, x or j, none holds w, z, dd, aa or ee, so it is left alone. English and brand
 * names mostly fail the syllable check ("shopee" → "shopê": "sh" is no onset).
 */

/** Tones by number, as VNI numbers them: 0 ngang (none), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const TONE_OF_MARK = new Map<string, number>(TONE_MARKS.map((mark, tone) => [mark, tone] as const).filter(([mark]) => mark !== ''));
const TELEX_TONES = new Map<string, number>([
  ['s', 1],
  ['f', 2],
  ['r', 3],
  ['x', 4],
  ['j', 5],
]);

const VOWELS = new Set([...'aăâeêioôơuưy']);
const LETTERS = new Set([...'aăâbcdđeêghiklmnoôơpqrstuưvxy']);
/** The vowels that carry a mark of their own (not a tone): the tone goes on them. */
const MODIFIED = new Set([...'ăâêôơư']);

/** Longest first, so "ngh" is tried before "ng" and "n". The empty onset is tried last. */
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/**
 * Every rhyme (vowel group plus coda, without tone) of written Vietnamese, grouped by main
 * vowel. A closed list rather than rules for vowel + coda, because which codas a vowel group
 * takes is irregular ("ay" but not "ey", "ươu" but not "uôu"), and a list is easy to check
 * against a dictionary. A few loanword rhymes are in it: "oong" (xoong, boong), "ooc" (soóc),
 * "ec" (séc), "eng" (xẻng), "uyn" (tuyn), "uyp" (tuýp).
 */
const RHYMES = new Set(
  `a ai ao au ay am an ang anh ac ach ap at
   ăm ăn ăng ăc ăp ăt
   âu ây âm ân âng âc âp ât
   e eo em en eng ec ep et
   ê êu êm ên ênh êch êp êt
   i ia iu im in inh ich ip it
   iêu iêm iên iêng iêc iêp iêt
   yêu yêm yên yêng yêt
   y
   o oi om on ong oc op ot oong ooc
   ô ôi ôm ôn ông ôc ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua ui um un ung uc up ut
   uôi uôm uôn uông uôc uôt
   ư ưa ưi ưu ưm ưng ưc ưt
   ươi ươu ươm ươn ương ươc ươp ươt
   oa oai oay oam oan oang oanh oac oach oap oat
   oăm oăn oăng oăc oăt
   oe oeo oen oet
   uân uâng uât uây
   uê uêch uênh
   uy uya uych uyn uynh uyp uyt uyu uyên uyêt
   uơ`.split(/\s+/),
);

/** Front vowels: before them Vietnamese spells k, gh, ngh; elsewhere c, g, ng. */
const FRONT = new Set([...'ieêy']);

interface Parse {
  /** Where the vowel group starts and ends (exclusive) in the toneless word. */
  vowelFrom: number;
  vowelTo: number;
  /** The consonant coda, "" for an open syllable or one ending in a vowel. */
  coda: string;
}

function restFits(onset: string, rest: string): boolean {
  const first = rest[0] ?? '';
  if (first === '') return false;
  if (onset === 'qu') {
    // "qu" holds the medial u: "qua" is the rhyme "oa", "quân" is "uân", "quốc" is "ôc".
    if (first === 'u' || first === 'ư') return false;
    return RHYMES.has(`o${rest}`) || RHYMES.has(`u${rest}`) || RHYMES.has(rest);
  }
  if (!RHYMES.has(rest)) return false;
  // "iê" is written "yê" when nothing stands before it (yên, yêu), "iê" after a consonant.
  if (rest.startsWith('yê') && onset !== '') return false;
  if (rest.startsWith('iê') && onset === '') return false;
  // "ưi" lives only after a consonant (gửi, ngửi); alone it would read "wi" (of wi-fi) as Telex.
  if (rest === 'ưi' && onset === '') return false;
  // The spelling rules that tell Vietnamese from English look-alikes: k/c, gh/g, ngh/ng.
  // "g" before "i" stays allowed: "gì", "gìn" are g + i, the "gi" onset swallowing its i.
  switch (onset) {
    case 'k':
      return FRONT.has(first);
    case 'c':
      return !FRONT.has(first);
    case 'gh':
    case 'ngh':
      return first === 'i' || first === 'e' || first === 'ê';
    case 'g':
      return first !== 'e' && first !== 'ê';
    case 'ng':
      return first !== 'i' && first !== 'e' && first !== 'ê';
    case 'gi':
      return first !== 'i';
    default:
      return true;
  }
}

/** Every way a toneless word splits into onset + rhyme, longest onset first. */
function parses(toneless: string): Parse[] {
  const found: Parse[] = [];
  for (const onset of ONSETS) {
    if (!toneless.startsWith(onset)) continue;
    const rest = toneless.slice(onset.length);
    if (!restFits(onset, rest)) continue;
    let vowelTo = onset.length;
    while (vowelTo < toneless.length && VOWELS.has(toneless[vowelTo] ?? '')) vowelTo += 1;
    found.push({ vowelFrom: onset.length, vowelTo, coda: toneless.slice(vowelTo) });
  }
  return found;
}

/** A stop coda (c, ch, p, t) cuts the syllable short: only sắc or nặng fit it. */
function toneFitsCoda(tone: number, coda: string): boolean {
  return !/^(c|ch|p|t)$/.test(coda) || tone === 1 || tone === 5;
}

/**
 * Whether a word is one well-formed Vietnamese syllable: onset, rhyme, at most one tone on
 * its vowel group, and the stop-coda tone rule. Not a full phonotactic model (it accepts
 * "gìa" as well as "già", both the old "hóa" and the new "hoá"), but it accepts every
 * syllable of ordinary text. Case and Unicode form do not matter.
 */
export function isVietnameseSyllable(word: string): boolean {
  const chars = [...word.normalize('NFC').toLowerCase()];
  let tone = 0;
  let toneAt = -1;
  let toneless = '';
  for (const [index, char] of chars.entries()) {
    // NFD splits "ậ" into a + dot below + circumflex: the tone marks come off, the rest
    // (the letter's own mark) is composed back into one of the 12 vowels.
    const parts = [...char.normalize('NFD')];
    const tones = parts.filter((part) => TONE_OF_MARK.has(part));
    if (tones.length > 0) {
      if (tones.length > 1 || toneAt >= 0) return false;
      tone = TONE_OF_MARK.get(tones[0] ?? '') ?? 0;
      toneAt = index;
    }
    const base = parts.filter((part) => !TONE_OF_MARK.has(part)).join('').normalize('NFC');
    if (!LETTERS.has(base)) return false;
    toneless += base;
  }
  return parses(toneless).some(
    (parse) => (toneAt < 0 || (toneAt >= parse.vowelFrom && toneAt < parse.vowelTo)) && toneFitsCoda(tone, parse.coda),
  );
}

/**
 * Where the tone mark goes, in the "old" placement the shipped content uses (hóa, thủy,
 * khỏe, not hoá, thuỷ, khoẻ), so a converted query matches the text exactly: on the vowel
 * that carries a mark of its own (the ơ of ươ); else the middle of three vowels (ngoài); the
 * second of two before a consonant (toán, hoạch); the first of two at the end (hòa, mái).
 */
function toneIndex(toneless: string, parse: Parse): number {
  const { vowelFrom, vowelTo, coda } = parse;
  const group = toneless.slice(vowelFrom, vowelTo);
  for (let index = group.length - 1; index >= 0; index -= 1) {
    if (MODIFIED.has(group[index] ?? '')) return vowelFrom + index;
  }
  if (group.length >= 3) return vowelFrom + 1;
  if (group.length === 2 && coda !== '') return vowelFrom + 1;
  return vowelFrom;
}

/** The syllable in NFC with its tone placed, or null when the letters make no syllable. */
function compose(toneless: string, tone: number): string | null {
  const parse = parses(toneless)[0];
  if (!parse) return null;
  const at = toneIndex(toneless, parse);
  const word = (toneless.slice(0, at + 1) + TONE_MARKS[tone] + toneless.slice(at + 1)).normalize('NFC');
  return isVietnameseSyllable(word) ? word : null;
}

/** The marks a keystroke can ask for, each with the plain vowels it may land on. */
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const BREVE: Record<string, string> = { a: 'ă' };
const HORN: Record<string, string> = { o: 'ơ', u: 'ư' };

type Mark = 'circumflex' | 'breve' | 'horn' | 'hornOrBreve';

/** What a word's keystrokes asked for, before deciding which vowel each mark lands on. */
interface Draft {
  letters: string[];
  tone: number;
  /** Marks typed after the vowels, to be placed once the whole word is known. */
  marks: Set<Mark>;
  /** Whether any keystroke (tone, mark, đ) was typed: a word without one is plain text. */
  keyed: boolean;
}

function startDraft(): Draft {
  return { letters: [], tone: 0, marks: new Set(), keyed: false };
}

const hasVowel = (letters: readonly string[]) => letters.some((letter) => VOWELS.has(letter));

/**
 * The ways to put a mark on the word's vowel group. The marks are placed only once the
 * whole word is read, because citizens type them late ("duongw", "turw", "tua6n2") and
 * sometimes twice ("uwow"). The horn on "uo" goes on both (ươ), tried first; otherwise the
 * vowel nearest the end comes first ("hoawcj" → hoặc), and the syllable check then picks
 * the first choice that makes a syllable ("muwa" → mưa, not muă).
 */
function markChoices(letters: readonly string[], mark: Mark): string[][] {
  const from = letters.findIndex((letter) => VOWELS.has(letter));
  if (from < 0) return [];
  let to = from;
  while (to < letters.length && VOWELS.has(letters[to] ?? '')) to += 1;
  const choices: string[][] = [];
  if (mark === 'horn' || mark === 'hornOrBreve') {
    for (let index = from; index + 1 < to; index += 1) {
      const pair = `${letters[index]}${letters[index + 1]}`;
      if (pair === 'uo' || pair === 'ưo' || pair === 'uơ') {
        const next = [...letters];
        next[index] = 'ư';
        next[index + 1] = 'ơ';
        choices.push(next);
      }
    }
  }
  const table: Record<string, string> =
    mark === 'circumflex' ? CIRCUMFLEX : mark === 'breve' ? BREVE : mark === 'horn' ? HORN : { ...HORN, ...BREVE };
  for (let index = to - 1; index >= from; index -= 1) {
    const marked = table[letters[index] ?? ''];
    if (marked === undefined) continue;
    const next = [...letters];
    next[index] = marked;
    choices.push(next);
  }
  // A mark already there ("uwow" after the first w made ư) may be typed again: no change.
  if (choices.length === 0 && letters.slice(from, to).some((letter) => Object.values(table).includes(letter))) {
    choices.push([...letters]);
  }
  return choices;
}

/** The first way of placing the draft's marks that makes a Vietnamese syllable. */
function finish(draft: Draft): string | null {
  if (!draft.keyed) return null;
  let candidates: string[][] = [draft.letters];
  for (const mark of draft.marks) candidates = candidates.flatMap((letters) => markChoices(letters, mark));
  for (const letters of candidates) {
    const toneless = letters.join('');
    // A lone plain vowel with a tone ("as", "is", "of", "or", "us"; VNI "a4", "a1") is far
    // more often an English word, a paper size or a licence class than the interjection it
    // would make. "ý" (ys, y1) is the one such syllable people search for ("ý kiến").
    if (/^[aeiou]$/.test(toneless)) return null;
    const word = compose(toneless, draft.tone);
    // Keys that cancel out ("hasz", VNI "ha20") leave plain letters: a code, not a syllable.
    if (word !== null) return /^[a-z]+$/.test(word) ? null : word;
  }
  return null;
}

/**
 * One word typed in raw Telex, as the Vietnamese syllable it spells (NFC, lower case), or
 * null when the word holds no Telex keystroke or spells no Vietnamese syllable.
 *
 * Ambiguity, decided on purpose: "oo" always reads as ô, so the loanwords "xoong" (pot) and
 * "boong" (deck) come back as "xông" and "bông": a Telex typist writes "xoong" far more
 * often than anyone searches for a pot, and search folds the marks on the typed query anyway.
 */
export function fromTelex(word: string): string | null {
  const typed = word.toLowerCase();
  if (!/^[a-z]+$/.test(typed)) return null;
  const draft = startDraft();
  const { letters } = draft;
  let toneTyped = false;
  for (const key of typed) {
    const afterVowel = hasVowel(letters);
    const tone = TELEX_TONES.get(key);
    if (key === 'd' && letters.length === 1 && letters[0] === 'd') {
      // đ only begins a syllable, so "dd" counts only there ("vneid" keeps its d).
      letters[0] = 'đ';
    } else if (tone !== undefined && afterVowel) {
      // Before the first vowel s, x, r are onsets (số, xong, rau) and f, j no Vietnamese
      // letter: only after a vowel is the key a tone, wherever it falls ("dieejn", "dieenj").
      // A second tone key ("boss", "less", "miss") is English, not a citizen's Telex.
      if (toneTyped) return null;
      toneTyped = true;
      draft.tone = tone;
    } else if (key === 'z' && afterVowel) {
      // z takes a tone off; with no tone to take off ("quiz", "lazada") it is not Telex.
      if (!toneTyped) return null;
      draft.tone = 0;
    } else if ((key === 'a' || key === 'e' || key === 'o') && letters.at(-1) === key) {
      letters[letters.length - 1] = CIRCUMFLEX[key] ?? key;
    } else if (key === 'w') {
      // w alone, before any vowel, is the letter ư ("tw" → tư, "nhwngx" → những);
      // after a vowel it asks for a horn or a breve, placed once the word is read.
      if (afterVowel) draft.marks.add('hornOrBreve');
      else letters.push('ư');
    } else {
      letters.push(key);
      continue;
    }
    draft.keyed = true;
  }
  return finish(draft);
}

const VNI_MARKS: Record<string, Mark> = { '6': 'circumflex', '7': 'horn', '8': 'breve' };

/**
 * One word typed in raw VNI, as the Vietnamese syllable it spells (NFC, lower case), or
 * null. Digits are VNI keys only after a vowel (9 for đ needs the word to begin with d), so
 * numbers ("2024", "10") and codes that begin with a digit ("4g", "3g") are never read as VNI.
 */
export function fromVni(word: string): string | null {
  const typed = word.toLowerCase();
  if (!/^[a-z0-9]+$/.test(typed) || !/[a-z]/.test(typed)) return null;
  const draft = startDraft();
  const { letters } = draft;
  let toneTyped = false;
  for (const key of typed) {
    if (!/[0-9]/.test(key)) {
      letters.push(key);
      continue;
    }
    draft.keyed = true;
    if (key === '9') {
      if (letters[0] !== 'd') return null;
      letters[0] = 'đ';
      continue;
    }
    // Any other digit before a vowel makes the word a code or a number ("b2", "mp3").
    if (!hasVowel(letters)) return null;
    const mark = VNI_MARKS[key];
    if (mark !== undefined) {
      draft.marks.add(mark);
    } else if (key === '0') {
      // 0 takes a tone off; with none to take off ("a10", "ha0") the digits are a number.
      if (!toneTyped) return null;
      draft.tone = 0;
    } else {
      // A second tone digit ("a11", "b12") is a code, not VNI.
      if (toneTyped) return null;
      toneTyped = true;
      draft.tone = Number(key);
    }
  }
  return finish(draft);
}

/**
 * A search query with each raw Telex or VNI word read back into Vietnamese (NFC), or null
 * when no word changed: plain unaccented queries ("dich vu cong") are left to the search's
 * own folding. Words that do not convert stay as typed, case and all; converted words come
 * back in lower case. Punctuation and spacing are kept: only runs of letters and digits are
 * read as words, so "ddieenj," keeps its comma.
 */
export function convertTyping(query: string): string | null {
  let changed = false;
  const converted = query.normalize('NFC').replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
    const syllable = fromTelex(word) ?? fromVni(word);
    if (syllable === null) return word;
    changed = true;
    return syllable;
  });
  return changed ? converted.normalize('NFC') : null;
}
