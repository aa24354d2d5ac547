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

// ISO dates sort as plain strings; a locale-aware compare would only be slower.
const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By start date, then by end date; the sort is stable for ties. */
export function byDate<T extends DatedItem>(items: readonly T[]): Array<T & { start: IsoDate; end: IsoDate }> {
  return items.filter(isDated).sort((a, b) => compareIso(a.start, b.start) || compareIso(a.end, b.end));
}

export interface NowAndNext<T> {
  now: T[];
  next: T[];
}

/**
 * What runs on `today`, those ending soonest first (a year-long task is less news than a
 * ten-day campaign), and the first `limit` that start after it.
 */
export function nowAndNext<T extends DatedItem>(items: readonly T[], today: IsoDate, limit = 5): NowAndNext<T & { start: IsoDate; end: IsoDate }> {
  const dated = byDate(items);
  return {
    now: dated
      .filter((item) => item.start <= today && today <= item.end)
      .sort((a, b) => compareIso(a.end, b.end) || compareIso(b.start, a.start)),
    next: dated.filter((item) => item.start > today).slice(0, limit),
  };
}

/**
 * The last `limit` activities that ended before `today`, the latest first: what a home page
 * shows between campaigns instead of an empty "on now".
 */
export function lastEnded<T extends DatedItem>(items: readonly T[], today: IsoDate, limit = 5): Array<T & { start: IsoDate; end: IsoDate }> {
  return byDate(items)
    .filter((item) => item.end < today)
    .sort((a, b) => compareIso(b.end, a.end) || compareIso(b.start, a.start))
    .slice(0, limit);
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

/** September to December: the months of the campaign around 10 October. */
export function isCampaignMonth(month: string): boolean {
  return Number(month.slice(5, 7)) >= 9;
}

/** Every month ("2024-10") a dated item runs in, from its first day's to its last day's. */
export function monthsSpanned(item: { start: IsoDate; end: IsoDate }): string[] {
  const months: string[] = [];
  let [year, month] = item.start.split('-').map(Number) as [number, number];
  const last = item.end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Dated activities per month they run in, months in order. The months listed are the
 * campaign months (September to December) and any month an activity starts in: a task
 * that runs all year is shown from its first month and through the campaign, rather than
 * filling eight more months with the same rows.
 */
export function byMonth<T extends DatedItem>(activities: readonly T[]): Map<string, Array<T & { start: IsoDate; end: IsoDate }>> {
  const dated = byDate(activities);
  const listed = new Set(dated.map((activity) => activity.start.slice(0, 7)));
  for (const activity of dated) for (const month of monthsSpanned(activity)) if (isCampaignMonth(month)) listed.add(month);
  const months = new Map<string, Array<T & { start: IsoDate; end: IsoDate }>>();
  for (const activity of dated) {
    for (const month of monthsSpanned(activity).filter((month) => listed.has(month))) {
      const list = months.get(month) ?? [];
      list.push(activity);
      months.set(month, list);
    }
  }
  return new Map([...months].sort(([a], [b]) => (a < b ? -1 : 1)));
}
