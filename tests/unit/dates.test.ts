import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatRange, parseDate, todayInVietnam } from '../../src/lib/dates.ts';

describe('parseDate', () => {
  it.each([
    ['01/10/2024', '2024-10-01'],
    ['1/10/2024', '2024-10-01'],
    ['29/2/2024', '2024-02-29'],
    ['2025-10-10', '2025-10-10'],
    [' 10/10/2025 ', '2025-10-10'],
  ])('reads %s', (written, iso) => {
    expect(parseDate(written)).toEqual({ ok: true, iso });
  });

  it('refuses a day the month does not have, saying how many days it has', () => {
    expect(parseDate('31/9/2024')).toEqual({
      ok: false,
      reason: 'Ngày "31/9/2024" không tồn tại: tháng 9/2024 chỉ có 30 ngày.',
    });
    expect(parseDate('29/2/2025')).toMatchObject({ ok: false, reason: expect.stringContaining('chỉ có 28 ngày') });
  });

  it('refuses month 13 and text that is not a date', () => {
    expect(parseDate('01/13/2024')).toMatchObject({ ok: false, reason: expect.stringContaining('tháng 13 không có') });
    expect(parseDate('Thường xuyên')).toMatchObject({ ok: false, reason: expect.stringContaining('ví dụ 01/10/2024') });
  });
});

describe('formatting', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDate('2024-10-01')).toBe('01/10/2024');
    expect(formatRange('2024-10-01', '2024-10-10')).toBe('01/10 – 10/10/2024');
    expect(formatRange('2024-12-20', '2025-01-05')).toBe('20/12/2024 – 05/01/2025');
    expect(formatRange('2024-10-10', '2024-10-10')).toBe('10/10/2024');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-11-23', '2027-10-10')).toBe(321);
    expect(daysBetween('2025-10-10', '2025-10-10')).toBe(0);
  });

  it("takes today's date in Vietnam, 7 hours ahead of UTC", () => {
    expect(todayInVietnam(new Date('2025-10-09T17:30:00Z'))).toBe('2025-10-10');
    expect(todayInVietnam(new Date('2025-10-09T16:30:00Z'))).toBe('2025-10-09');
  });
});
