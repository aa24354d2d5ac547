import { describe, expect, it } from 'vitest';
import { foldedWords, foldWord, searchForm, searchForms } from '../../src/lib/search/fold.ts';

describe('the one form words are searched in', () => {
  it('drops tone marks, writes đ as d, lower case', () => {
    expect(foldedWords('Đường dây nóng, ĐĂNG KÝ')).toEqual(['duong', 'day', 'nong', 'dang', 'ki']);
    expect(foldedWords('Chuyển đổi số'.normalize('NFD'))).toEqual(['chuyen', 'doi', 'so']);
  });

  it('spells a final y after a consonant as i, so kỹ/kĩ, lý/lí, mỹ/mĩ match', () => {
    for (const [a, b] of [['kỹ', 'kĩ'], ['lý', 'lí'], ['Mỹ', 'mĩ'], ['công ty', 'công ti'], ['sỹ', 'sĩ'], ['Kỳ', 'kì']]) {
      expect(foldedWords(a ?? '')).toEqual(foldedWords(b ?? ''));
    }
  });

  it('writes words for the index with d for đ and i for a final y, tone marks kept', () => {
    expect(searchForms('Đường dây nóng, ĐĂNG KÝ, kỹ năng')).toEqual(['dường', 'dây', 'nóng', 'dăng', 'kí', 'kĩ', 'năng']);
    expect(searchForm('Mỹ')).toBe('mĩ');
    expect(searchForm('quý')).toBe('quý');
  });

  it('keeps y where it is a vowel of its own or after another vowel', () => {
    expect(foldWord('yêu')).toBe('yeu');
    expect(foldWord('ý')).toBe('y');
    expect(foldWord('quy')).toBe('quy');
    expect(foldWord('thay')).toBe('thay');
    expect(foldWord('tuyến')).toBe('tuyen');
  });
});
