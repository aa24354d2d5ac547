import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/periods.ts';

const range = (start: string, end: string) => ({ kind: 'range', start, end });
const ongoing = { kind: 'ongoing' };

describe('parsePeriod reads', () => {
  it.each([
    // Every period of the shipped plans, with the plan's year.
    ['06/10 - 10/10', 2025, range('2025-10-06', '2025-10-10')],
    ['10/10 - 31/10', 2025, range('2025-10-10', '2025-10-31')],
    ['07/10 - 20/10', 2025, range('2025-10-07', '2025-10-20')],
    ['Thường xuyên', 2025, ongoing],
    ['06/10 - 31/10', 2025, range('2025-10-06', '2025-10-31')],
    ['10 ngày (từ ngày 01/10/2024 - 10/10/2024)', 2024, range('2024-10-01', '2024-10-10')],
    ['Từ ngày 26/9 - 10/10/2024', 2024, range('2024-09-26', '2024-10-10')],
    ['Từ tháng 9 đến tháng 12/2024', 2024, range('2024-09-01', '2024-12-31')],
    ['Năm 2024', 2024, range('2024-01-01', '2024-12-31')],
    ['Từ ngày 15/9/2024 đến ngày 31/10/2024', 2024, range('2024-09-15', '2024-10-31')],
    [
      'Từ ngày 30/8 đến ngày 10/10/2024, trong đó: cao điểm từ 01/10/2024-10/10/2024',
      2024,
      range('2024-08-30', '2024-10-10'),
    ],
    ['Tháng 10', 2024, range('2024-10-01', '2024-10-31')],
    ['Trong 10 ngày (01/10/2024 - 10/10/2024)', 2024, range('2024-10-01', '2024-10-10')],
    ['Từ ngày 25/9 đến ngày 31/10/2024', 2024, range('2024-09-25', '2024-10-31')],
    ['Trong ngày 10/10/2024', 2024, range('2024-10-10', '2024-10-10')],
    ['Trong tháng 10/2024', 2024, range('2024-10-01', '2024-10-31')],
    ['Từ ngày 25/9 đến hết tháng 10/2024', 2024, range('2024-09-25', '2024-10-31')],
    [
      'Từ ngày 25/9 đến ngày 10/10/2024 hoặc trong toàn bộ tháng 10/2024',
      2024,
      range('2024-09-25', '2024-10-31'),
    ],
    ['Từ ngày 01/10 đến 10/10/2022', 2022, range('2022-10-01', '2022-10-10')],
    ['Từ ngày 01/10/2022 đến 10/10/2022', 2022, range('2022-10-01', '2022-10-10')],

    // The other forms the rules name.
    ['Hằng năm', 2024, ongoing],
    ['Hàng năm', 2024, ongoing],
    ['Liên tục', 2024, ongoing],
    ['Thường xuyên, liên tục', 2024, ongoing],
    ['10/10/2024', 2025, range('2024-10-10', '2024-10-10')],
    ['Ngày 10/10/2024', 2024, range('2024-10-10', '2024-10-10')],
    ['10/10', 2023, range('2023-10-10', '2023-10-10')],
    ['1/10/2024', 2024, range('2024-10-01', '2024-10-01')],
    ['từ 01/10/2024-10/10/2024', 2024, range('2024-10-01', '2024-10-10')],
    ['Từ tháng 9/2024 đến hết tháng 10/2024', 2024, range('2024-09-01', '2024-10-31')],
    ['trong toàn bộ tháng 10/2024', 2024, range('2024-10-01', '2024-10-31')],
    ['Tháng 10/2025', 2024, range('2025-10-01', '2025-10-31')],
    ['Tháng 10', 2025, range('2025-10-01', '2025-10-31')],
    ['Tháng 2', 2024, range('2024-02-01', '2024-02-29')],
    ['cao điểm từ 01/10/2024-10/10/2024', 2024, range('2024-10-01', '2024-10-10')],
    ['Từ ngày 01/10 đến hết ngày 10/10/2024', 2024, range('2024-10-01', '2024-10-10')],
    ['Từ ngày 20/12/2024 đến ngày 05/01/2025', 2024, range('2024-12-20', '2025-01-05')],
    ['29/2/2024', 2024, range('2024-02-29', '2024-02-29')],
    ['Năm 2025', 2024, range('2025-01-01', '2025-12-31')],

    // How people type: NFD, capitals, spaces, dashes.
    ['Từ ngày 26/9 - 10/10/2024'.normalize('NFD'), 2024, range('2024-09-26', '2024-10-10')],
    ['Thường xuyên'.normalize('NFD'), 2025, ongoing],
    ['TỪ NGÀY 25/9 ĐẾN HẾT THÁNG 10/2024', 2024, range('2024-09-25', '2024-10-31')],
    ['THƯỜNG XUYÊN', 2025, ongoing],
    ['  Từ   ngày  15/9/2024   đến  ngày 31/10/2024 ', 2024, range('2024-09-15', '2024-10-31')],
    ['06 / 10  -  10 / 10', 2025, range('2025-10-06', '2025-10-10')],
    ['10/10 – 31/10', 2025, range('2025-10-10', '2025-10-31')],
    ['10/10—31/10', 2025, range('2025-10-10', '2025-10-31')],
    ['Tháng 10.', 2024, range('2024-10-01', '2024-10-31')],
  ] as const)('%s (kế hoạch năm %i)', (text, year, expected) => {
    expect(parsePeriod(text, year)).toEqual(expected);
  });
});

describe('parsePeriod refuses to guess', () => {
  it.each([
    ['', 2024, 'trống'],
    ['   ', 2024, 'trống'],
    ['trước ngày 10/10/2024', 2024, 'chỉ có ngày kết thúc'],
    ['Chậm nhất ngày 10/10/2024', 2024, 'chỉ có ngày kết thúc'],
    ['Đến hết tháng 10/2024', 2024, 'chỉ có ngày kết thúc'],
    ['Từ ngày 01/10/2024', 2024, 'chỉ có ngày bắt đầu'],
    ['31/9/2024', 2024, 'tháng 9/2024 chỉ có 30 ngày'],
    ['29/2/2025', 2025, 'tháng 2/2025 chỉ có 28 ngày'],
    ['Từ ngày 25/9 đến ngày 31/9', 2024, 'tháng 9/2024 chỉ có 30 ngày'],
    ['01/13/2024', 2024, 'tháng 13 không có'],
    ['Tháng 13/2024', 2024, 'tháng 13 không có'],
    ['Từ ngày 10/10/2024 đến ngày 01/10/2024', 2024, 'ngày kết thúc 01/10/2024 trước ngày bắt đầu 10/10/2024'],
    // The start takes the end's year, so a year-less start cannot cross into the next year.
    ['Từ ngày 20/12 đến ngày 05/01/2025', 2024, 'trước ngày bắt đầu 20/12/2025'],
    ['10 ngày (từ ngày 01/10/2024 - 11/10/2024)', 2024, 'ghi 10 ngày nhưng từ 01/10/2024 đến 11/10/2024 là 11 ngày'],
    ['Quý IV/2024', 2024, 'không hiểu "Quý IV/2024"'],
    ['Sau khi có kế hoạch', 2024, 'không hiểu "Sau khi có kế hoạch"'],
    ['Từ ngày 26/9 - 10/10/2024 (dự kiến)', 2024, 'không hiểu "10/10/2024 (dự kiến)"'],
    ['10 ngày', 2024, 'không hiểu'],
    ['10/10 -', 2025, 'thiếu một mốc thời gian'],
    ['01/10 - 05/10 - 10/10', 2025, 'quá nhiều mốc thời gian'],
    ['Thường xuyên hoặc tháng 10/2024', 2024, 'không gộp được'],
    ['Trong đó: cao điểm từ 01/10/2024-10/10/2024', 2024, 'không có thời gian chính'],
  ] as const)('%s (kế hoạch năm %i)', (text, year, phrase) => {
    const period = parsePeriod(text, year);
    expect(period).toMatchObject({ kind: 'unknown', reason: expect.stringContaining(phrase) });
  });

  it('quotes the text it could not read', () => {
    expect(parsePeriod('Quý IV/2024', 2024)).toEqual({
      kind: 'unknown',
      reason:
        'Không đọc được thời gian "Quý IV/2024": không hiểu "Quý IV/2024" (cần dạng "01/10/2024", "tháng 10/2024", "năm 2024" hoặc "từ … đến …").',
    });
  });
});
