/** The text of a page's <title>: what browser tabs and search results show. */
import { shorten } from './shorten.ts';

/** Search results and tabs cut titles at about 70 characters. */
export const TITLE_LIMIT = 70;

/**
 * "Page – Site" when that fits, else the page's own title, shortened at a word boundary
 * with an ellipsis when even that is too long (a lead unit's name can be a sentence).
 */
export function documentTitle(title: string, siteName: string, limit = TITLE_LIMIT): string {
  if (title === siteName) return siteName;
  const withName = `${title} – ${siteName}`;
  if (withName.length <= limit) return withName;
  return shorten(title, limit);
}
