import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCard } from '../../../data/banners.ts';
import { getGuides } from '../../../data/guides.ts';
import { getSite } from '../../../data/site.ts';

/** Open Graph images of the guides: each with its own title. */
export const getStaticPaths = (async () => {
  const guides = await getGuides();
  return guides.map((guide) => ({ params: { file: `${guide.data.skill}.png` }, props: { title: guide.data.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await pageCard((props as { title: string }).title, await getSite());
  return new Response(new Uint8Array(bytes));
};
