import { describe, expect, it } from 'vitest';
import { dayAfter, escapeText, fold, toIcs } from '../../src/lib/ics.ts';

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('Chủ trì: A; B, C\nD\\E')).toBe('Chủ trì: A\\; B\\, C\\nD\\\\E');
  });

  it('folds lines at 75 octets without splitting a Vietnamese letter', () => {
    const line = `SUMMARY:${'Chuyển đổi số '.repeat(12)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('ends all-day events the day after, across months and years', () => {
    expect(dayAfter('2024-10-10')).toBe('2024-10-11');
    expect(dayAfter('2024-09-30')).toBe('2024-10-01');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });

  it('writes a calendar with CRLF lines and an exclusive DTEND', () => {
    const ics = toIcs({ name: 'Lịch', description: 'Thử' }, [
      { uid: 'thach-ha-2025-1@cds.test', start: '2025-10-06', end: '2025-10-10', summary: 'Lễ phát động', description: 'Chủ trì: UBND xã', url: 'https://cds.test/ke-hoach/thach-ha-2025/' },
    ]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20251006\r\nDTEND;VALUE=DATE:20251011\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});
