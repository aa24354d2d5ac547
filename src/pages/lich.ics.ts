import type { APIRoute } from 'astro';
import { calendarFile } from '../data/calendar.ts';
import { getActivities } from '../data/plans.ts';
import { getSite } from '../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getSite();
  return calendarFile(portal.name, 'Mọi hoạt động có ngày cụ thể trong các kế hoạch hưởng ứng Ngày Chuyển đổi số quốc gia.', await getActivities(), site?.href ?? portal.url, import.meta.env.BASE_URL);
};
