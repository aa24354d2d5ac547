/** Where each administrative level begins in a province's paginated list of plans. */
import type { Level } from '../schemas/common.ts';
import { LEVELS } from '../schemas/common.ts';
import { PLANS_PER_PAGE, pageOfIndex, pagePath } from '../lib/pagination.ts';
import { paths } from '../lib/url.ts';
import type { Province } from './provinces.ts';

export const levelAnchor = (level: Level) => `cap-${level}`;

/** Path (with the anchor) of the page where each level's plans start. */
export function levelStarts(province: Province): Record<Level, string> {
  const starts = {} as Record<Level, string>;
  for (const level of LEVELS) {
    const index = province.plans.findIndex((plan) => plan.data.locality.level === level);
    const page = pageOfIndex(Math.max(index, 0), PLANS_PER_PAGE);
    starts[level] = `${pagePath(paths.province(province.slug), page)}#${levelAnchor(level)}`;
  }
  return starts;
}
