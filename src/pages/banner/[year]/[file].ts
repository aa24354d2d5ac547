import type { APIRoute, GetStaticPaths } from 'astro';
import { bannerFile } from '../../../data/banners.ts';
import { getSite } from '../../../data/site.ts';
import { getYears } from '../../../data/years.ts';
import { FORMATS, filesOf } from '../../../lib/banner/formats.ts';

export const getStaticPaths = (async () => {
  const years = await getYears();
  return years.flatMap((year) =>
    FORMATS.flatMap((format) => filesOf(format).map((file) => ({ params: { year: String(year.year), file }, props: { year, format } }))),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { year, format } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const bytes = await bannerFile(year, await getSite(), format, params.file ?? '');
  return new Response(new Uint8Array(bytes));
};
