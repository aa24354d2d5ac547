import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertTyping, fromTelex, fromVni, isVietnameseSyllable } from '../../src/lib/keyboard-input.ts';
import { foldAll } from '../../src/lib/vietnamese.ts';

describe('fromTelex', () => {
  it.each([
    ['ddieenj', 'điện'],
    ['tuwr', 'tử'],
    ['turw', 'tử'],
    ['thanhf', 'thành'],
    ['phoos', 'phố'],
    ['soos', 'số'],
    ['kys', 'ký'],
    ['ys', 'ý'],
    ['dieenj', 'diện'],
    ['dieejn', 'diện'],
    ['hojc', 'học'],
    ['dduwowngf', 'đường'],
    ['dduowngf', 'đường'],
    ['dduwongf', 'đường'],
    ['truwowngf', 'trường'],
    ['nguwowif', 'người'],
    ['tw', 'tư'],
    ['nhwngx', 'những'],
    ['muwa', 'mưa'],
    ['hoawcj', 'hoặc'],
    ['giuwx', 'giữ'],
    ['gif', 'gì'],
    ['quys', 'quý'],
    ['khuyeens', 'khuyến'],
    ['ddaauf', 'đầu'],
    ['thuowr', 'thuở'],
    ['dieenjz', 'diên'],
    ['DDIEENJ', 'điện'],
  ])('reads %s as %s', (typed, syllable) => {
    expect(fromTelex(typed)).toBe(syllable);
  });

  it('places the tone as the shipped content does: hòa, khỏe, thủy, ngoài, toán', () => {
    expect(['hoaf', 'khoer', 'thuyr', 'ngoaif', 'toans'].map(fromTelex)).toEqual(['hòa', 'khỏe', 'thủy', 'ngoài', 'toán']);
  });

  it('reads "oo" as ô even where it spells a loanword: xoong → xông, boong → bông', () => {
    expect(fromTelex('xoong')).toBe('xông');
    expect(fromTelex('boong')).toBe('bông');
    expect(fromTelex('sooc')).toBeNull();
  });

  it.each(['dich', 'cong', 'ho', 'so', 'xong', 'rau', 'anh', 'vnied', 'vneid', 'zalo', 'hotline', 'lazada', 'jj'])(
    'leaves %s alone: no Telex keystroke',
    (typed) => {
      expect(fromTelex(typed)).toBeNull();
    },
  );

  it.each(['shopee', 'facebook', 'apps', 'sms', 'ios', 'news', 'boss', 'quiz', 'wi'])('rejects %s: no Vietnamese syllable', (typed) => {
    expect(fromTelex(typed)).toBeNull();
  });

  it('does not read a lone vowel with a tone key as Vietnamese: as, is, of, or, us', () => {
    expect(['as', 'is', 'of', 'or', 'us'].map(fromTelex)).toEqual([null, null, null, null, null]);
  });

  it('takes only plain letters: marks, digits or spaces mean the word is not raw Telex', () => {
    expect(fromTelex('điện')).toBeNull();
    expect(fromTelex('d9ie65n')).toBeNull();
    expect(fromTelex('')).toBeNull();
    expect(fromTelex('dd tuwr')).toBeNull();
  });
});

describe('fromVni', () => {
  it.each([
    ['d9ie65n', 'điện'],
    ['d9ie6n5', 'điện'],
    ['tu73', 'tử'],
    ['tu7o7ng2', 'tường'],
    ['tuo7ng2', 'tường'],
    ['ngu7o72i', 'người'],
    ['tua6n2', 'tuần'],
    ['hoa8c5', 'hoặc'],
    ['ho5c', 'học'],
    ['o73', 'ở'],
    ['y1', 'ý'],
    ['D9IE65N', 'điện'],
  ])('reads %s as %s', (typed, syllable) => {
    expect(fromVni(typed)).toBe(syllable);
  });

  it.each(['2024', '505', '10', '4g', 'b2', 'mp3', 'a4', 'a1', 'a11', 'ha20', 'd9', 'dien', 'ddieenj'])('does not read %s as VNI', (typed) => {
    expect(fromVni(typed)).toBeNull();
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['điện', 'tử', 'đường', 'người', 'nghiêng', 'khuỷu', 'quốc', 'quý', 'giữ', 'gìn', 'yêu', 'hòa', 'hoà', 'học', 'ủy', 'xoong', 'soóc', 'Đường'])(
    'accepts %s',
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    },
  );

  it.each([
    ['shopee', 'sh is no onset'],
    ['shop', 'sh is no onset'],
    ['facebook', 'two syllables, f'],
    ['apps', 'pp is no coda'],
    ['hoc', 'a stop coda needs sắc or nặng'],
    ['hỏc', 'a stop coda needs sắc or nặng'],
    ['hóà', 'two tones'],
    ['qúy', 'tone on the u of qu'],
    ['ce', 'c before e is spelled k'],
    ['ngi', 'ng before i is spelled ngh'],
    ['tyên', 'yê after a consonant is spelled iê'],
    ['iêu', 'iê with no onset is spelled yê'],
    ['viêt', 'a stop coda needs a tone'],
    ['', 'empty'],
  ])('rejects %s (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe('convertTyping', () => {
  it.each([
    ['ddieenj tuwr', 'điện tử'],
    ['d9ie65n tu73', 'điện tử'],
    ['thanhf phoos', 'thành phố'],
    ['dang kys', 'dang ký'],
    ['Ddieenj, TUWR!', 'điện, tử!'],
    ['  ddieenj   tuwr ', '  điện   tử '],
    ['tra cuwus hoof sow', 'tra cứu hồ sơ'],
    ['VNeID ddawng kys', 'VNeID đăng ký'],
  ])('converts %j to %j', (query, converted) => {
    expect(convertTyping(query)).toBe(converted);
  });

  it.each([
    'dich vu cong',
    'dich vu cong truc tuyen',
    'thanh toan qr',
    'quet ma qr',
    'ke hoach',
    'thanh toan',
    'mua sam',
    'tieu dung so',
    'ho so',
    'ca nhan',
    'so dien thoai',
    'the ngan hang',
    'mat khau',
    'zalo',
    'hotline',
    'vneid',
    'shopee',
    'lazada facebook',
    'ngày 10/10 năm 2024',
    'tờ A4',
    'wi-fi',
    '',
  ])('leaves %j alone', (query) => {
    expect(convertTyping(query)).toBeNull();
  });
});

/**
 * The words of the shipped content: every Vietnamese syllable in it must pass the check,
 * must come back from its own raw Telex and VNI keystrokes, and written without marks (as
 * citizens type) must not be taken for keystrokes.
 */
describe('the words of content/', () => {
  const root = resolve(import.meta.dirname, '../../content');
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => /\.(ya?ml|md|mdx)$/.test(name));
  const words = new Set<string>();
  for (const name of files) {
    for (const line of readFileSync(join(root, name), 'utf8').normalize('NFC').split('\n')) {
      // Titles quoted in another language, named as such ("(tiếng Pháp): La Journée…").
      if (/\(tiếng (?!Việt)/.test(line)) continue;
      for (const word of line.match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase());
    }
  }
  const VIETNAMESE_ONLY = /[ăâđêôơư\u0300\u0301\u0303\u0309\u0323]/;
  // Abbreviations (QĐ, HĐND, CĐSQG) hold no vowel: they are not syllables.
  const vietnamese = [...words].filter(
    (word) => VIETNAMESE_ONLY.test(word.normalize('NFD')) && /[aeiouy]/.test(foldAll(word)),
  );

  it('holds enough Vietnamese words for the checks below to mean something', () => {
    expect(vietnamese.length).toBeGreaterThan(700);
  });

  it('are all Vietnamese syllables', () => {
    expect(vietnamese.filter((word) => !isVietnameseSyllable(word))).toEqual([]);
  });

  const TONE_KEYS: Record<string, [telex: string, vni: string]> = {
    '\u0301': ['s', '1'],
    '\u0300': ['f', '2'],
    '\u0309': ['r', '3'],
    '\u0303': ['x', '4'],
    '\u0323': ['j', '5'],
  };
  const TELEX: Record<string, string> = { đ: 'dd', â: 'aa', ê: 'ee', ô: 'oo', ă: 'aw', ơ: 'ow', ư: 'uw' };
  const VNI: Record<string, string> = { đ: 'd9', â: 'a6', ê: 'e6', ô: 'o6', ă: 'a8', ơ: 'o7', ư: 'u7' };
  /** The keys a citizen presses for the word, the tone key last. */
  const keystrokes = (word: string, keys: Record<string, string>, which: 0 | 1) => {
    let tone = '';
    let typed = '';
    for (const char of word) {
      const parts = [...char.normalize('NFD')];
      for (const part of parts) tone = TONE_KEYS[part]?.[which] ?? tone;
      const letter = parts.filter((part) => !TONE_KEYS[part]).join('').normalize('NFC');
      typed += keys[letter] ?? letter;
    }
    return typed + tone;
  };

  it('come back from their raw Telex keystrokes', () => {
    const wrong = vietnamese.filter((word) => fromTelex(keystrokes(word, TELEX, 0)) !== word);
    expect(wrong).toEqual([]);
  });

  it('come back from their raw VNI keystrokes', () => {
    const wrong = vietnamese.filter((word) => fromVni(keystrokes(word, VNI, 1)) !== word);
    expect(wrong).toEqual([]);
  });

  it('typed without marks, are never taken for Telex or VNI', () => {
    const plain = [...new Set(vietnamese.map(foldAll))];
    expect(plain.filter((word) => convertTyping(word) !== null)).toEqual([]);
  });
});
