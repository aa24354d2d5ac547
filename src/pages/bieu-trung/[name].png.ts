import type { APIRoute, GetStaticPaths } from 'astro';
import { identityImage } from '../../banners/logo.ts';
import { getLogo } from '../../data/identity.ts';
import type { IdentityImage } from '../../lib/identity.ts';

/**
 * The header's logo and the favicons, made from site.yaml's logo; nothing without one.
 * ".png" is in the route itself so the dev server serves them without a trailing slash.
 */
export const getStaticPaths = (async () => {
  const logo = await getLogo();
  if (!logo) return [];
  return (Object.keys(logo.files) as IdentityImage[]).map((image) => ({ params: { name: logo.files[image].replace(/\.png$/, '') }, props: { image } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const logo = await getLogo();
  if (!logo) return new Response(null, { status: 404 });
  const bytes = await identityImage(logo, (props as { image: IdentityImage }).image);
  return new Response(new Uint8Array(bytes));
};
