/**
 * The calendar as lists of bounded pages: the whole country by month, each province by
 * month, and within a province by lead unit; open-ended activities apart. Every list is
 * paginated by its route, so no calendar page grows with the number of plans.
 */
import { byDate, byMonth, monthLabel } from '../lib/calendar.ts';
import { compareVi, slugify } from '../lib/vietnamese.ts';
import { paths } from '../lib/url.ts';
import type { PlannedActivity } from './plans.ts';
import { getActivities } from './plans.ts';
import { getProvinces, type Province } from './provinces.ts';

export interface Crumb {
  label: string;
  path: string;
}

export interface ActivityList {
  /** Path of the list's first page, relative to the base ("lich/thang/2024-10/"). */
  path: string;
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Whose .ics feed holds these activities, when one does. */
  ics?: { path: string; label: string } | undefined;
  ongoing: boolean;
  items: PlannedActivity[];
}

export interface Count {
  key: string;
  label: string;
  path: string;
  count: number;
}

/** Activities per lead unit (one activity may have several), units merged by slug. */
export function byUnit(activities: readonly PlannedActivity[]): Array<{ slug: string; label: string; items: PlannedActivity[] }> {
  const units = new Map<string, { slug: string; label: string; items: PlannedActivity[] }>();
  const ordered = [...byDate(activities), ...activities.filter((activity) => activity.ongoing)];
  for (const activity of ordered) {
    for (const unit of new Set(activity.lead.map(slugify))) {
      const entry = units.get(unit) ?? { slug: unit, label: activity.lead.find((lead) => slugify(lead) === unit) ?? unit, items: [] };
      entry.items.push(activity);
      units.set(unit, entry);
    }
  }
  return [...units.values()].sort((a, b) => compareVi(a.label, b.label));
}

const calendarCrumb: Crumb = { label: 'Lịch hoạt động', path: paths.calendar };

function nationalLists(activities: readonly PlannedActivity[]): ActivityList[] {
  const months = [...byMonth(activities)].map(([month, items]) => ({
    path: paths.calendarMonth(month),
    title: `Lịch hoạt động ${monthLabel(month).toLowerCase()}`,
    description: `${items.length} hoạt động diễn ra trong ${monthLabel(month).toLowerCase()}, mọi địa phương, theo ngày bắt đầu.`,
    crumbs: [calendarCrumb],
    ongoing: false,
    items,
  }));
  const ongoing = activities.filter((activity) => activity.ongoing);
  return [
    ...months,
    {
      path: paths.calendarOngoing,
      title: 'Hoạt động thường xuyên',
      description: `${ongoing.length} hoạt động văn bản ghi "Thường xuyên", không có ngày cụ thể.`,
      crumbs: [calendarCrumb],
      ongoing: true,
      items: ongoing,
    },
  ];
}

function provinceLists(province: Province): ActivityList[] {
  const crumbs = [calendarCrumb, { label: province.name, path: paths.provinceCalendar(province.slug) }];
  const ics = { path: paths.provinceIcs(province.slug), label: `tệp .ics của ${province.name}` };
  const months = [...byMonth(province.activities)].map(([month, items]) => ({
    path: paths.provinceMonth(province.slug, month),
    title: `${province.name}: lịch hoạt động ${monthLabel(month).toLowerCase()}`,
    description: `${items.length} hoạt động của các địa phương thuộc ${province.name} diễn ra trong ${monthLabel(month).toLowerCase()}.`,
    crumbs,
    ics,
    ongoing: false,
    items,
  }));
  const units = byUnit(province.activities).map((unit) => ({
    path: paths.provinceUnit(province.slug, unit.slug),
    title: `${province.name}: hoạt động do ${unit.label} chủ trì`,
    description: `${unit.items.length} hoạt động do ${unit.label} chủ trì, trong các kế hoạch của ${province.name}.`,
    crumbs,
    ongoing: false,
    items: unit.items,
  }));
  const ongoing = province.activities.filter((activity) => activity.ongoing);
  return [
    ...months,
    ...units,
    {
      path: paths.provinceOngoing(province.slug),
      title: `${province.name}: hoạt động thường xuyên`,
      description: `${ongoing.length} hoạt động thường xuyên trong các kế hoạch của ${province.name}.`,
      crumbs,
      ongoing: true,
      items: ongoing,
    },
  ];
}

let listsOnce: Promise<ActivityList[]> | undefined;

export function getCalendarLists(): Promise<ActivityList[]> {
  listsOnce ??= (async () =>
    [...nationalLists(await getActivities()), ...(await getProvinces()).flatMap(provinceLists)].filter((list) => list.items.length > 0))();
  return listsOnce;
}

/** Month by month counts of a set of activities, for the overview pages. */
export function monthCounts(activities: readonly PlannedActivity[], pathOf: (month: string) => string): Array<Count> {
  return [...byMonth(activities)].map(([month, items]) => ({ key: month, label: monthLabel(month), path: pathOf(month), count: items.length }));
}

export function unitCounts(province: Province): Array<Count> {
  return byUnit(province.activities).map((unit) => ({
    key: unit.slug,
    label: unit.label,
    path: paths.provinceUnit(province.slug, unit.slug),
    count: unit.items.length,
  }));
}
