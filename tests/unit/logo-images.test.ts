/**
 * The images made of a logo (src/banners/logo.ts) and the logo on a share image: sizes,
 * grounds, an SVG drawn sharp, and the same bytes every time.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { identityImage, logoDataUri, type LogoSource } from '../../src/banners/logo.ts';
import { bannerSvg, encode } from '../../src/banners/render.ts';
import { checkContent } from '../../src/check/content.ts';
import { FORMATS } from '../../src/lib/banner/formats.ts';
import { bannerTexts, variantsFor } from '../../src/lib/banner/texts.ts';
import { emblemFor } from '../../src/lib/identity.ts';
import { ROOT } from '../fixtures/content-copy.ts';
import { LOGO_SVG, logoPng } from '../fixtures/logos.ts';

let png: LogoSource;
const svg: LogoSource = { bytes: Buffer.from(LOGO_SVG), kind: 'svg', size: { width: 24, height: 24 } };

beforeAll(async () => {
  png = { bytes: await logoPng(256), kind: 'png', size: { width: 256, height: 256 } };
});

async function pixel(bytes: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 4)];
}

describe('the header logo and the favicons', () => {
  it('are PNGs of their sizes, the same bytes every time', async () => {
    for (const [image, size] of [['logo', 128], ['favicon', 32], ['appleTouch', 180]] as const) {
      const bytes = await identityImage(png, image);
      const meta = await sharp(bytes).metadata();
      expect([image, meta.format, meta.width, meta.height]).toEqual([image, 'png', size, size]);
      expect((await identityImage(png, image)).equals(bytes)).toBe(true);
    }
  });

  it('the tab icon keeps transparency; the phone icon has a white ground and a margin', async () => {
    expect((await pixel(await identityImage(png, 'favicon'), 0, 0))[3]).toBe(0);
    const touch = await identityImage(png, 'appleTouch');
    expect(await pixel(touch, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(await pixel(touch, 90, 20)).toEqual([255, 255, 255, 255]);
    expect(await pixel(touch, 90, 90)).not.toEqual([255, 255, 255, 255]);
  });

  it('an SVG drawn on a 24-unit grid is drawn at 128 px, not enlarged from 24', async () => {
    // An enlarged small drawing has wide soft edges: many half-transparent pixels.
    const softPixels = async (bytes: Buffer) => {
      const { data } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return data.filter((value, index) => index % 4 === 3 && value > 0 && value < 255).length;
    };
    const header = await identityImage(svg, 'logo');
    expect((await sharp(header).metadata()).height).toBe(128);
    const small = await sharp(Buffer.from(LOGO_SVG)).png().toBuffer();
    const enlarged = await sharp(small).resize(128, 128).png().toBuffer();
    expect(await softPixels(header)).toBeLessThan((await softPixels(enlarged)) / 2);
  });
});

describe('the Open Graph image with a logo', () => {
  const og = FORMATS.find((format) => format.id === 'og')!;

  it('puts the logo on a white tile above the text, and is the same bytes in two renders', async () => {
    const { content } = await checkContent(ROOT);
    const year = content.years.find((entry) => entry.data.year === 2025)!.data;
    const variants = variantsFor(og, bannerTexts(year));
    const layout = emblemFor(og, png.size);
    const emblem = { layout, src: await logoDataUri(png, layout.image) };
    const render = async (withLogo: boolean) => {
      const result = await bannerSvg(og, variants, withLogo ? emblem : undefined);
      return { ...result, png: await encode(result.svg, 'png') };
    };
    const [first, second, plain] = await Promise.all([render(true), render(true), render(false)]);
    expect(first.png.equals(second.png)).toBe(true);
    expect(first.png.equals(plain.png)).toBe(false);
    expect(first.svg).toContain('data:image/png;base64,');
    const tileTop = first.layout.aboveY;
    expect(first.layout.lines[0]!.y).toBeGreaterThanOrEqual(tileTop + layout.tile.height + layout.gap - 0.5);
    expect(first.layout.lines.at(-1)!.y + first.layout.lines.at(-1)!.lineHeight).toBeLessThanOrEqual(og.height - first.layout.padding + 0.5);
    // White tile corner, inside the rounding; the logo's red in its middle.
    expect(await pixel(first.png, Math.round((og.width - layout.tile.width) / 2) + 15, Math.round(tileTop) + 3)).toEqual([255, 255, 255, 255]);
    const [red, green, blue] = await pixel(first.png, og.width / 2 - 30, Math.round(tileTop + layout.tile.height / 2));
    expect([red! > 180, green! < 60, blue! < 80]).toEqual([true, true, true]);
  });
});
