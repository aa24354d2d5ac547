/**
 * The banner kit of each year, rendered once per build: every file of a format (PNG, 2×
 * PNG, WebP, SVG) comes from the same layout and SVG.
 */
import { bannerSvg, encode, encodingOf } from '../banners/render.ts';
import { frameSvg } from '../banners/frame.ts';
import type { BannerFormat } from '../lib/banner/formats.ts';
import { bannerAlt, bannerTexts, pageCardVariants, variantsFor, type BannerTexts } from '../lib/banner/texts.ts';
import type { Site } from '../schemas/site.ts';
import type { Year } from '../schemas/year.ts';

const svgs = new Map<string, Promise<string>>();

export function textsOf(year: Year, site: Site): BannerTexts {
  return bannerTexts(year, site.bannerLine);
}

function svgOf(year: Year, site: Site, format: BannerFormat): Promise<string> {
  const key = `${year.year}/${format.id}`;
  let svg = svgs.get(key);
  if (!svg) {
    const texts = textsOf(year, site);
    svg =
      format.kind === 'frame'
        ? Promise.resolve(frameSvg(texts.shortGreeting, texts.locality ?? String(year.year)))
        : bannerSvg(format, variantsFor(format, texts)).then((result) => result.svg);
    svgs.set(key, svg);
  }
  return svg;
}

export async function bannerFile(year: Year, site: Site, format: BannerFormat, file: string): Promise<Buffer> {
  return encode(await svgOf(year, site, format), encodingOf(file));
}

export async function pageCard(title: string, site: Site): Promise<Buffer> {
  const { svg } = await bannerSvg({ width: 1200, height: 630 }, pageCardVariants(title, site.name));
  return encode(svg, 'png');
}

export function altOf(year: Year, site: Site): string {
  return bannerAlt(textsOf(year, site), year.year);
}
