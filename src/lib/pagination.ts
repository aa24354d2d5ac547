/**
 * Lists that grow with the number of plans are cut into pages of a fixed size, so no page
 * grows with the portal: page 1 lives at the list's own path, page n at `trang-n/`.
 */

/** Plans per page of a province's list: cards of about 0.5 KB each. */
export const PLANS_PER_PAGE = 30;
/** Activities per page of a calendar list: rows of about 1 KB (the task shortened, no partners). */
export const ACTIVITIES_PER_PAGE = 25;

export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
}

/** At least one page, so an empty list still has a page that says it is empty. */
export function paginate<T>(items: readonly T[], size: number): Array<Page<T>> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer, got ${size}.`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** The rest parameter of a paginated route: none for page 1, "trang-n" after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `trang-${number}`;
}

/** The path of page `number` of a list whose first page is at `path` (ending in "/"). */
export function pagePath(path: string, number: number): string {
  return number === 1 ? path : `${path}trang-${number}/`;
}

/**
 * The page numbers a page's navigation shows: the first, the last, and the neighbours
 * of the current one, with `null` where numbers are skipped. At most 7 entries whatever
 * the count, so the navigation does not grow with the list either.
 */
export function pageWindow(current: number, total: number): Array<number | null> {
  const shown = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total));
  const sorted = [...shown].sort((a, b) => a - b);
  const result: Array<number | null> = [];
  for (const page of sorted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && page - previous === 2) result.push(page - 1);
    else if (typeof previous === 'number' && page - previous > 2) result.push(null);
    result.push(page);
  }
  return result;
}

/** A list page's title: the list's own, with the page number once there are several. */
export function pageTitle(title: string, page: { number: number; total: number }): string {
  return page.total > 1 ? `${title} (trang ${page.number}/${page.total})` : title;
}

/** Which page holds the item at `index` (0-based) of a list. */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}
