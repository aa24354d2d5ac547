import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctWord, oneEditApart, parseVocabulary } from '../../src/lib/search/typo.ts';

describe('one slip of the finger', () => {
  it.each([
    ['thnah', 'thanh', 'two letters swapped'],
    ['thanhh', 'thanh', 'a letter too many'],
    ['thnh', 'thanh', 'a letter missing'],
    ['thamh', 'thanh', 'a wrong letter'],
  ])('“%s” is one edit from “%s” (%s)', (typed, word) => {
    expect(oneEditApart(typed, word)).toBe(true);
    expect(oneEditApart(word, typed)).toBe(true);
  });

  it('is not two edits, nor no edit', () => {
    expect(oneEditApart('thanh', 'thanh')).toBe(false);
    expect(oneEditApart('thnha', 'thanh')).toBe(false);
    expect(oneEditApart('toan', 'thanh')).toBe(false);
    expect(oneEditApart('tan', 'thanh')).toBe(false);
  });
});

describe('correcting a word no page holds', () => {
  const vocabulary = ['thanh', 'toan', 'than', 'tranh', 'cong', 'dich'];

  it('prefers a swap, then the most frequent word', () => {
    expect(correctWord('thnah', vocabulary)).toBe('thanh');
    // "thah" is one edit from "thanh" and from "than": the more frequent, listed first, wins.
    expect(correctWord('thah', vocabulary)).toBe('thanh');
    expect(correctWord('cogn', vocabulary)).toBe('cong');
    expect(correctWord('toanf', vocabulary)).toBe('toan');
  });

  it('leaves short words, numbers and hopeless words alone', () => {
    expect(correctWord('cog', vocabulary)).toBeNull();
    expect(correctWord('2024', vocabulary)).toBeNull();
    expect(correctWord('qwertyuiop', vocabulary)).toBeNull();
  });

  it('builds the vocabulary from the pages, most frequent first, without numbers or short words', () => {
    const file = buildVocabulary([
      ['thanh', 'toan', 'qr', '2024', 'thanh'],
      ['thanh', 'cong'],
      ['cong', 'thanh', 'dich'],
    ]);
    expect(file).toBe('thanh\ncong\ndich\ntoan\n');
    expect(parseVocabulary(file)).toEqual(['thanh', 'cong', 'dich', 'toan']);
  });
});
