import { getEntry } from 'astro:content';
import { todayInVietnam, type IsoDate } from '../lib/dates.ts';
import type { Site } from '../schemas/site.ts';

export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('Thiếu content/site.yaml');
  return entry.data;
}

/**
 * The day the site is built for: "now and next" on the home page, and the date printed
 * on pages, are as of this day. CDS_TODAY (yyyy-mm-dd) pins it, as does the standard
 * SOURCE_DATE_EPOCH of reproducible builds; otherwise it is today in Vietnam.
 */
export function buildDay(): IsoDate {
  const pinned = process.env.CDS_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return todayInVietnam(new Date(epoch * 1000));
  return todayInVietnam(new Date());
}
