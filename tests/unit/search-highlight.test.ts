import { describe, expect, it } from 'vitest';
import { markWords } from '../../src/lib/search/highlight.ts';

describe('marking the words searched for', () => {
  it('marks words however they were typed, and the start being typed', () => {
    const segments = markWords('Kế hoạch của huyện Đức Thọ, Hà Tĩnh', { words: new Set(['duc', 'tho']), prefixes: ['tin'] });
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['Đức', 'Thọ', 'Tĩnh']);
    expect(segments.map((segment) => segment.text).join('')).toBe('Kế hoạch của huyện Đức Thọ, Hà Tĩnh');
  });

  it('returns plain text with nothing marked when nothing matches', () => {
    expect(markWords('<b>Trang</b>', { words: new Set(['x']), prefixes: [] })).toEqual([{ text: '<b>Trang</b>', marked: false }]);
  });
});
