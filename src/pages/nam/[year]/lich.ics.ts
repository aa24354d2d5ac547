import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../../data/calendar.ts';
import { getActivities } from '../../../data/plans.ts';
import { getSite } from '../../../data/site.ts';
import { getYears } from '../../../data/years.ts';

export const getStaticPaths = (async () => (await getYears()).map((year) => ({ params: { year: String(year.year) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const portal = await getSite();
  const year = Number(params.year);
  const activities = (await getActivities()).filter((activity) => activity.plan.data.year === year);
  return calendarFile(`${portal.name} – năm ${year}`, `Các hoạt động năm ${year}.`, activities, site?.href ?? portal.url, import.meta.env.BASE_URL);
};
