/** Activities as calendar events, for the ICS feeds. */
import type { PlannedActivity } from './plans.ts';
import { isDated } from '../lib/calendar.ts';
import { toIcs, type CalendarEvent } from '../lib/ics.ts';
import { localityName } from '../lib/labels.ts';
import { absoluteUrl, joinBase, paths } from '../lib/url.ts';

export function eventsOf(activities: readonly PlannedActivity[], site: string, base: string): CalendarEvent[] {
  const host = new URL(site).hostname;
  // Open-ended activities have no dates and are left out rather than given made-up ones.
  return activities.filter(isDated).map((activity) => {
    const { plan } = activity;
    return {
      uid: `${plan.id}-${activity.row}@${host}`,
      start: activity.start,
      end: activity.end,
      summary: activity.task,
      description: [
        `Chủ trì: ${activity.lead.join('; ')}`,
        `Phối hợp: ${activity.partners.length > 0 ? activity.partners.join('; ') : 'văn bản không ghi'}`,
        `Thời gian theo văn bản: ${activity.period}`,
        `Kế hoạch: ${plan.data.title} (${plan.data.issuer})`,
      ].join('\n'),
      location: localityName(plan.data.locality),
      url: absoluteUrl(site, joinBase(base, paths.plan(plan.id))),
    };
  });
}

export function calendarFile(name: string, description: string, activities: readonly PlannedActivity[], site: string, base: string): Response {
  return new Response(toIcs({ name, description }, eventsOf(activities, site, base)));
}
