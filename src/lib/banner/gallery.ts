/**
 * How the banner page names and anchors each format: one title for the index link and the
 * item's heading, so a jump lands on the words the reader clicked, and one id per item.
 */
import type { BannerFormat } from './formats.ts';

export interface FormatTitle {
  /** Vietnamese name and pixel size: "Băng ngang đầu trang · 728×90". */
  text: string;
  /** The English term, shown after it as a hint: "Leaderboard". */
  term?: string;
}

export function formatTitle(format: Pick<BannerFormat, 'name' | 'width' | 'height' | 'term'>): FormatTitle {
  const text = `${format.name} · ${format.width}×${format.height}`;
  return format.term ? { text, term: format.term } : { text };
}

/**
 * The anchor of a format in a year's list: made of the year and the format's id (already an
 * ASCII slug, "728x90", "bang-ron"), so a link to it stays the same from build to build.
 */
export function galleryItemId(year: number, format: Pick<BannerFormat, 'id'>): string {
  return `banner-${year}-${format.id}`;
}
