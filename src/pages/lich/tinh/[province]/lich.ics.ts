import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../../../data/calendar.ts';
import { getProvinces, type Province } from '../../../../data/provinces.ts';
import { getSite } from '../../../../data/site.ts';

export const getStaticPaths = (async () =>
  (await getProvinces()).map((province) => ({ params: { province: province.slug }, props: { province } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ province: Province }> = async ({ props, site }) => {
  const portal = await getSite();
  const { province } = props;
  return calendarFile(
    `${portal.name} – ${province.name}`,
    `Các hoạt động trong kế hoạch của các địa phương thuộc ${province.name}.`,
    province.activities,
    site?.href ?? portal.url,
    import.meta.env.BASE_URL,
  );
};
