/**
 * The banner kit of each year, rendered once per build: every file of a format (PNG, 2×
 * PNG, WebP, SVG) comes from the same layout and SVG. The share images (Open Graph,
 * square, guide cards) carry site.yaml's logo when there is one.
 */
import { logoDataUri } from '../banners/logo.ts';
import { bannerSvg, encode, encodingOf, type BannerEmblem } from '../banners/render.ts';
import { frameSvg } from '../banners/frame.ts';
import type { BannerFormat } from '../lib/banner/formats.ts';
import { bannerAlt, bannerTexts, pageCardVariants, variantsFor, type BannerTexts } from '../lib/banner/texts.ts';
import { emblemFor, type Size } from '../lib/identity.ts';
import type { Site } from '../schemas/site.ts';
import type { Year } from '../schemas/year.ts';
import { getLogo } from './identity.ts';

const svgs = new Map<string, Promise<string>>();

export function textsOf(year: Year, site: Site): BannerTexts {
  return bannerTexts(year, site.bannerLine);
}

/** The logo sized for a share image of this size; undefined without a logo. */
async function emblemOf(box: Size): Promise<BannerEmblem | undefined> {
  const logo = await getLogo();
  if (!logo) return undefined;
  const layout = emblemFor(box, logo.size);
  return { layout, src: await logoDataUri(logo, layout.image) };
}

function svgOf(year: Year, site: Site, format: BannerFormat): Promise<string> {
  const key = `${year.year}/${format.id}`;
  let svg = svgs.get(key);
  if (!svg) {
    const texts = textsOf(year, site);
    // Web and print banners are read in a glance or from afar: the words alone.
    svg =
      format.kind === 'frame'
        ? Promise.resolve(frameSvg(texts.shortGreeting, texts.locality ?? String(year.year)))
        : (format.kind === 'social' ? emblemOf(format) : Promise.resolve(undefined))
            .then((emblem) => bannerSvg(format, variantsFor(format, texts), emblem))
            .then((result) => result.svg);
    svgs.set(key, svg);
  }
  return svg;
}

export async function bannerFile(year: Year, site: Site, format: BannerFormat, file: string): Promise<Buffer> {
  return encode(await svgOf(year, site, format), encodingOf(file));
}

export async function pageCard(title: string, site: Site): Promise<Buffer> {
  const box = { width: 1200, height: 630 };
  const { svg } = await bannerSvg(box, pageCardVariants(title, site.name), await emblemOf(box));
  return encode(svg, 'png');
}

export function altOf(year: Year, site: Site): string {
  return bannerAlt(textsOf(year, site), year.year);
}
