import { describe, expect, it } from 'vitest';
import { byDate, byMonth, isCampaignMonth, lastEnded, monthLabel, monthsSpanned, nextDay, nowAndNext } from '../../src/lib/calendar.ts';

const items = [
  { name: 'c', start: '2024-10-10', end: '2024-10-31', ongoing: false },
  { name: 'a', start: '2024-09-26', end: '2024-10-10', ongoing: false },
  { name: 'ongoing', ongoing: true },
  { name: 'b', start: '2024-10-01', end: '2024-10-10', ongoing: false },
];

describe('calendar', () => {
  it('orders dated activities by start and leaves ongoing ones out', () => {
    expect(byDate(items).map((item) => item.name)).toEqual(['a', 'b', 'c']);
  });

  it('tells what runs today and what starts next', () => {
    const { now, next } = nowAndNext(items, '2024-10-05');
    expect(now.map((item) => item.name)).toEqual(['b', 'a']);
    expect(next.map((item) => item.name)).toEqual(['c']);
    expect(nowAndNext(items, '2024-10-10').now.map((item) => item.name)).toEqual(['b', 'a', 'c']);
  });

  it('between campaigns, tells what ended last, the latest first', () => {
    expect(lastEnded(items, '2024-12-01').map((item) => item.name)).toEqual(['c', 'b', 'a']);
    expect(lastEnded(items, '2024-12-01', 1).map((item) => item.name)).toEqual(['c']);
    expect(lastEnded(items, '2024-10-10')).toEqual([]);
  });

  it('lists every month an activity runs in, across the new year too', () => {
    expect(monthsSpanned({ start: '2024-09-26', end: '2024-10-10' })).toEqual(['2024-09', '2024-10']);
    expect(monthsSpanned({ start: '2024-10-01', end: '2024-10-31' })).toEqual(['2024-10']);
    expect(monthsSpanned({ start: '2024-11-20', end: '2025-02-01' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsSpanned({ start: '2024-01-01', end: '2024-12-31' })).toHaveLength(12);
    expect(monthLabel('2024-09')).toBe('Tháng 9/2024');
    expect(['2024-08', '2024-09', '2024-12', '2025-01'].map(isCampaignMonth)).toEqual([false, true, true, false]);
  });

  it('lists activities under the campaign months and the months they start in', () => {
    const months = byMonth([
      { name: 'year-long', start: '2024-01-01', end: '2024-12-31', ongoing: false },
      { name: 'campaign', start: '2024-09-26', end: '2024-10-10', ongoing: false },
      { name: 'spring', start: '2024-04-02', end: '2024-04-05', ongoing: false },
      { name: 'open-ended', ongoing: true },
    ]);
    const names = Object.fromEntries([...months].map(([month, items]) => [month, items.map((item) => item.name)]));
    expect(names).toEqual({
      '2024-01': ['year-long'],
      '2024-04': ['year-long', 'spring'],
      '2024-09': ['year-long', 'campaign'],
      '2024-10': ['year-long', 'campaign'],
      '2024-11': ['year-long'],
      '2024-12': ['year-long'],
    });
  });

  it('finds the next Day from the year files, or the same day of a later year', () => {
    const days = ['2024-10-10', '2025-10-10'];
    expect(nextDay(days, '2025-09-01')).toBe('2025-10-10');
    expect(nextDay(days, '2025-10-10')).toBe('2025-10-10');
    expect(nextDay(days, '2026-11-23')).toBe('2027-10-10');
    expect(nextDay([], '2026-11-23')).toBeUndefined();
  });
});
