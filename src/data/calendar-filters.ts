/** The calendar's filters: by year, by locality, by lead unit; each value a page of its own. */
import { localityName } from '../lib/labels.ts';
import { slugify } from '../lib/vietnamese.ts';
import type { PlannedActivity } from './plans.ts';

export type FilterKind = 'nam' | 'dia-phuong' | 'don-vi';

export interface FilterValue {
  kind: FilterKind;
  slug: string;
  label: string;
  matches: (activity: PlannedActivity) => boolean;
}

export const FILTER_LABELS: Record<FilterKind, string> = {
  nam: 'Năm',
  'dia-phuong': 'Địa phương',
  'don-vi': 'Đơn vị chủ trì',
};

export function filterValues(activities: readonly PlannedActivity[]): FilterValue[] {
  const years = [...new Set(activities.map((activity) => activity.plan.data.year))].sort((a, b) => b - a);
  const localities = [...new Set(activities.map((activity) => localityName(activity.plan.data.locality)))].sort((a, b) => a.localeCompare(b, 'vi'));
  const units = [...new Set(activities.flatMap((activity) => activity.lead))].sort((a, b) => a.localeCompare(b, 'vi'));
  return [
    ...years.map((year) => ({ kind: 'nam' as const, slug: String(year), label: String(year), matches: (activity: PlannedActivity) => activity.plan.data.year === year })),
    ...localities.map((name) => ({ kind: 'dia-phuong' as const, slug: slugify(name), label: name, matches: (activity: PlannedActivity) => localityName(activity.plan.data.locality) === name })),
    ...units.map((unit) => ({ kind: 'don-vi' as const, slug: slugify(unit), label: unit, matches: (activity: PlannedActivity) => activity.lead.includes(unit) })),
  ];
}
