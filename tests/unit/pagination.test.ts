import { describe, expect, it } from 'vitest';
import { pageOfIndex, pageParam, pagePath, pageTitle, pageWindow, paginate } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('cuts a list into pages of a fixed size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => `${page.number}/${page.total}`)).toEqual(['1/3', '2/3', '3/3']);
  });

  it('gives an empty list one empty page, and refuses a size of 0', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });

  it('puts page 1 at the list path and later pages under trang-n/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('trang-4');
    expect(pagePath('lich/thang/2024-10/', 1)).toBe('lich/thang/2024-10/');
    expect(pagePath('lich/thang/2024-10/', 4)).toBe('lich/thang/2024-10/trang-4/');
    expect(pageOfIndex(0, 30)).toBe(1);
    expect(pageOfIndex(30, 30)).toBe(2);
    expect(pageTitle('Kế hoạch các cấp – Hà Tĩnh', { number: 1, total: 1 })).toBe('Kế hoạch các cấp – Hà Tĩnh');
    expect(pageTitle('Kế hoạch các cấp – Hà Tĩnh', { number: 2, total: 3 })).toBe('Kế hoạch các cấp – Hà Tĩnh (trang 2/3)');
  });

  it('shows at most 7 page links however long the list, skipping with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 100)).toEqual([1, 2, null, 100]);
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, null, 9]);
    expect(pageWindow(50, 100)).toEqual([1, null, 49, 50, 51, null, 100]);
    expect(pageWindow(100, 100)).toEqual([1, null, 99, 100]);
    for (let current = 1; current <= 40; current += 1) expect(pageWindow(current, 40).length).toBeLessThanOrEqual(7);
  });
});
