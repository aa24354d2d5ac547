/**
 * How a year's facts read when some are not announced yet (a year just started with
 * `npm run nam-moi`): "chưa công bố", never a made-up theme or date, and never last year's.
 */
import { formatDate, type IsoDate } from './dates.ts';

export const NOT_ANNOUNCED = 'chưa công bố';

interface YearFacts {
  year: number;
  theme?: { text: string } | undefined;
  day?: { date: IsoDate } | undefined;
  slogans: ReadonlyArray<unknown>;
}

/** "Chủ đề năm 2026: chưa công bố", or the theme itself: for descriptions and cards. */
export function themeSentence(year: YearFacts): string {
  return `Chủ đề năm ${year.year}: ${year.theme ? year.theme.text : NOT_ANNOUNCED}`;
}

/** The day as documents write it (10/10/2026), or "chưa công bố". */
export function dayText(year: YearFacts): string {
  return year.day ? formatDate(year.day.date) : NOT_ANNOUNCED;
}

/**
 * Whether to say the slogans are not announced: only for a year whose theme is not out
 * either. A year with its theme and no slogans (2023) simply has none to show.
 */
export function slogansPending(year: YearFacts): boolean {
  return !year.theme && year.slogans.length === 0;
}

/** The days of the years that have one, for the countdown. */
export function knownDays(years: ReadonlyArray<YearFacts>): IsoDate[] {
  return years.flatMap((year) => (year.day ? [year.day.date] : []));
}
