/** The records of the open data files, built from the collections. */
import { getLinks } from './links.ts';
import { getActivities, getPlans, type PlannedActivity } from './plans.ts';
import { getYears } from './years.ts';
import { localityName } from '../lib/labels.ts';
import { absoluteUrl, joinBase, paths } from '../lib/url.ts';
import type { DatasetId } from '../schemas/open-data.ts';

export interface Urls {
  site: string;
  base: string;
}

const at = (urls: Urls, path: string) => absoluteUrl(urls.site, joinBase(urls.base, path));

export function activityRecordOf(activity: PlannedActivity, urls: Urls) {
  return {
    id: `${activity.plan.id}-${activity.row}`,
    plan: activity.plan.id,
    row: activity.row,
    year: activity.plan.data.year,
    locality: localityName(activity.plan.data.locality),
    task: activity.task,
    lead: activity.lead,
    partners: activity.partners,
    period: activity.period,
    start: activity.start ?? null,
    end: activity.end ?? null,
    ongoing: activity.ongoing,
    url: at(urls, paths.plan(activity.plan.id)),
  };
}

export async function datasetRecords(id: DatasetId, urls: Urls): Promise<unknown[]> {
  switch (id) {
    case 'nam':
      return (await getYears()).map((year) => ({
        year: year.year,
        url: at(urls, paths.year(year.year)),
        // Not announced yet: null, never a stand-in.
        theme: year.theme?.text ?? null,
        themeSources: year.theme?.sources ?? [],
        slogans: year.slogans.map((slogan) => slogan.text),
        day: year.day?.date ?? null,
        campaigns: year.campaigns.map(({ name, start, end }) => ({ name, start, end })),
        movements: year.movements.map(({ name, description }) => ({ name, description })),
      }));
    case 'ke-hoach':
      return (await getPlans()).map((plan) => ({
        id: plan.id,
        url: at(urls, paths.plan(plan.id)),
        title: plan.data.title,
        issuer: plan.data.issuer,
        locality: { name: plan.data.locality.name, level: plan.data.locality.level, province: plan.data.locality.province ?? null },
        year: plan.data.year,
        number: plan.data.number ?? null,
        date: plan.data.date ?? null,
        activities: plan.data.activities.length,
        ics: at(urls, paths.planIcs(plan.id)),
        csv: at(urls, paths.planCsv(plan.id)),
      }));
    case 'hoat-dong':
      return (await getActivities()).map((activity) => activityRecordOf(activity, urls));
    case 'lien-ket':
      return (await getLinks()).map((link) => ({
        id: link.id,
        name: link.name,
        url: link.url,
        kind: link.kind,
        description: link.description,
        skills: link.skills,
        province: link.province ?? null,
      }));
  }
}
