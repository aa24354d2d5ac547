/**
 * The words on a year's banners, and the variants the layout chooses between for each
 * kind of format. The greeting is the one the plans ask units to hang ("CHÀO MỪNG NGÀY
 * CHUYỂN ĐỔI SỐ QUỐC GIA 10/10"), with the day taken from the year file.
 *
 * A year whose theme is not announced yet (just started with `npm run nam-moi`) still has
 * its kit, without the theme: the greeting, the slogan if one is out, the locality's line.
 * Nothing stands in for the theme ("chưa công bố" belongs on a page, not on a banner hung
 * in the street), and no other year's theme is borrowed. Keeping the kit, rather than
 * leaving the year without banners, keeps every address the site hands out alive (the
 * year's and its plans' share image, the avatar frame) and keeps the embed snippets
 * stable: once the theme is written and the portal rebuilt, the same image addresses show
 * it. Without a day either, the greeting names the year instead of a date.
 */
import { formatDayMonth, type IsoDate } from '../dates.ts';
import type { BannerFormat } from './formats.ts';
import type { TextBlock } from './layout.ts';

export interface BannerTexts {
  /** The greeting as a sentence, for text alternatives. */
  sentence: string;
  greeting: string;
  shortGreeting: string;
  /** undefined while the theme is not announced. */
  theme?: string | undefined;
  slogan?: string | undefined;
  locality?: string | undefined;
}

export function bannerTexts(
  year: { year: number; day?: { date: IsoDate } | undefined; theme?: { text: string } | undefined; slogans: ReadonlyArray<{ text: string }> },
  locality?: string,
): BannerTexts {
  const day = year.day ? formatDayMonth(year.day.date) : undefined;
  return {
    sentence: `Chào mừng Ngày Chuyển đổi số quốc gia${day ? ` ${day}` : ''}`,
    greeting: `CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA ${day ?? `NĂM ${year.year}`}`,
    shortGreeting: `NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA${day ? ` ${day}` : ''}`,
    theme: year.theme?.text,
    slogan: year.slogans[0]?.text,
    locality,
  };
}

/** Narrow, tall formats (flags, skyscrapers) take more, shorter lines. */
function blocks(tall: boolean) {
  return {
    greeting: (text: string, maxLines = tall ? 6 : 3): TextBlock => ({ role: 'greeting', text, weight: 'bold', scale: 1, maxLines }),
    theme: (text: string): TextBlock => ({ role: 'theme', text, weight: 'medium', scale: 0.72, maxLines: tall ? 9 : 4 }),
    slogan: (text: string): TextBlock => ({ role: 'slogan', text, weight: 'medium', scale: 0.55, maxLines: tall ? 5 : 3 }),
    locality: (text: string): TextBlock => ({ role: 'locality', text, weight: 'medium', scale: 0.55, maxLines: tall ? 3 : 2 }),
  };
}

/** Richest first; the layout takes the first that fits at a readable size. */
export function variantsFor(format: BannerFormat, texts: BannerTexts): TextBlock[][] {
  const tall = format.height > format.width * 1.4;
  const { greeting, theme, slogan, locality } = blocks(tall);
  const local = texts.locality ? [locality(texts.locality)] : [];
  const themed = texts.theme ? [theme(texts.theme)] : [];
  const full = [greeting(texts.greeting), ...themed, ...(texts.slogan ? [slogan(texts.slogan)] : []), ...local];
  const medium = [greeting(texts.greeting), ...themed, ...local];
  const compact = [greeting(texts.greeting), ...themed];
  const small = [
    [greeting(texts.greeting, tall ? 6 : 2), ...local],
    [greeting(texts.greeting, tall ? 6 : 2)],
    [greeting(texts.shortGreeting, tall ? 6 : 2)],
  ];
  if (format.kind === 'web' && format.height <= 100) return [[greeting(texts.greeting, 1), ...themed], ...small];
  if (format.kind === 'web' && format.width <= 300 && format.height <= 250) return [medium, compact, ...small];
  // Street banners and flags are read from afar: fewer, larger words.
  if (format.kind === 'print') return [medium, compact, ...small];
  return [full, medium, compact, ...small];
}

/** An Open Graph image for one page (a guide): its title, under the portal's name. */
export function pageCardVariants(title: string, portal: string): TextBlock[][] {
  return [
    [
      { role: 'greeting', text: title, weight: 'bold', scale: 1, maxLines: 3 },
      { role: 'theme', text: portal, weight: 'medium', scale: 0.6, maxLines: 2 },
    ],
  ];
}

/** The text alternative of a year's banner: what it says. */
export function bannerAlt(texts: BannerTexts, year: number): string {
  return [`${texts.sentence} năm ${year}`, texts.theme && `Chủ đề: ${texts.theme}`, texts.locality].filter(Boolean).join('. ');
}
