import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../../data/calendar.ts';
import { getActivities, getPlans } from '../../../data/plans.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () => (await getPlans()).map((plan) => ({ params: { slug: plan.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const portal = await getSite();
  const activities = (await getActivities()).filter((activity) => activity.plan.id === params.slug);
  const plan = activities[0]?.plan;
  return calendarFile(plan ? `Kế hoạch của ${plan.data.issuer}, năm ${plan.data.year}` : portal.name, plan?.data.title ?? '', activities, site?.href ?? portal.url, import.meta.env.BASE_URL);
};
