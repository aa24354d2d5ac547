/** Activities across plans, in date order, and what is on around a given day. */
import type { IsoDate } from './dates.ts';

export interface DatedItem {
  start?: IsoDate | undefined;
  end?: IsoDate | undefined;
  ongoing: boolean;
}

export function isDated<T extends DatedItem>(item: T): item is T & { start: IsoDate; end: IsoDate } {
  return item.start !== undefined && item.end !== undefined;
}

/** By start date, then by end date; the sort is stable for ties. */
export function byDate<T extends DatedItem>(items: readonly T[]): Array<T & { start: IsoDate; end: IsoDate }> {
  return items.filter(isDated).sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

export interface NowAndNext<T> {
  now: T[];
  next: T[];
}

/** What runs on `today` and the first `limit` that start after it. */
export function nowAndNext<T extends DatedItem>(items: readonly T[], today: IsoDate, limit = 5): NowAndNext<T & { start: IsoDate; end: IsoDate }> {
  const dated = byDate(items);
  return {
    now: dated.filter((item) => item.start <= today && today <= item.end),
    next: dated.filter((item) => item.start > today).slice(0, limit),
  };
}

export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `Tháng ${Number(month)}/${year}`;
}

/**
 * The next Digital Transformation Day on or after `today`, from the days the year files
 * give; past the last year file, the same day and month as its last one.
 */
export function nextDay(days: readonly IsoDate[], today: IsoDate): IsoDate | undefined {
  const sorted = [...days].sort();
  const coming = sorted.find((day) => day >= today);
  if (coming) return coming;
  const last = sorted.at(-1);
  if (!last) return undefined;
  const monthDay = last.slice(5);
  let year = Number(today.slice(0, 4));
  while (`${year}-${monthDay}` < today) year += 1;
  return `${year}-${monthDay}`;
}

/** Whether an activity runs on any day of a month ("2024-10"). */
export function overlapsMonth(item: { start: IsoDate; end: IsoDate }, month: string): boolean {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const last = `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
  return item.start <= last && item.end >= first;
}

/** The campaign months of a year: September to December. */
export function campaignMonths(year: number): string[] {
  return [9, 10, 11, 12].map((month) => `${year}-${String(month).padStart(2, '0')}`);
}
