import type { APIRoute } from 'astro';
import { absoluteUrl, joinBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site?.href ?? '/', joinBase(import.meta.env.BASE_URL, 'sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
