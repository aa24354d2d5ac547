import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';

describe('CSV', () => {
  const rows = [
    ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì'],
    ['1', 'Tuyên truyền, vận động "Bình dân học vụ số"', 'UBND các huyện, thị xã, thành phố; Sở Thông tin và Truyền thông'],
    ['2', 'Dòng một\nDòng hai', ''],
  ];

  it('round-trips commas, quotes, line breaks and Vietnamese', () => {
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFFTT,Nhiệm vụ,Đơn vị chủ trì\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('reads files saved with LF endings and without a byte-order mark, skipping blank lines', () => {
    expect(parseCsv('a,b\n\n"c,d",e\n')).toEqual([
      ['a', 'b'],
      ['c,d', 'e'],
    ]);
  });
});
