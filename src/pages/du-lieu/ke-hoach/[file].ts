import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans } from '../../../data/plans.ts';
import { activityRows } from '../../../lib/activity-table.ts';
import { toCsv } from '../../../lib/csv.ts';

export const getStaticPaths = (async () =>
  (await getPlans()).map((plan) => ({ params: { file: `${plan.id}.csv` }, props: { activities: plan.data.activities } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(toCsv(activityRows((props as { activities: Parameters<typeof activityRows>[0] }).activities)));
