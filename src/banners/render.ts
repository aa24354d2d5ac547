/**
 * Draws banners: the layout decides the lines, satori turns them into SVG with every
 * letter as a path, sharp rasterises and encodes. No system font is involved, so the
 * bytes are the same on every machine.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { BannerFormat } from '../lib/banner/formats.ts';
import { layoutBanner, type Layout, type Role, type TextBlock } from '../lib/banner/layout.ts';
import type { Emblem } from '../lib/identity.ts';
import { FAMILIES, LETTER_SPACING, measure, satoriFonts } from './fonts.ts';

/** White and yellow on deep blue: 11:1 and 8.8:1, above WCAG's 4.5:1 for any text size. */
export const COLOURS: Record<Role | 'background' | 'stripe' | 'stripe2', string> = {
  background: '#083a78',
  greeting: '#ffffff',
  theme: '#ffd54a',
  slogan: '#ffffff',
  locality: '#ffffff',
  stripe: '#c8102e',
  stripe2: '#ffd54a',
};

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: Element[] | string; src?: string; width?: number; height?: number };
}

/** The portal's logo on a share image: where it goes, and the image as a data URI. */
export interface BannerEmblem {
  layout: Emblem;
  src: string;
}

function box(style: Record<string, string | number>, children?: Element[] | string): Element {
  return { type: 'div', props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } };
}

/** The logo on a white tile, centred above the text. */
function emblemTile(width: number, top: number, { layout, src }: BannerEmblem): Element {
  const { tile, image } = layout;
  return box(
    {
      position: 'absolute',
      left: Math.round((width - tile.width) / 2),
      top: Math.round(top),
      width: tile.width,
      height: tile.height,
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: '#ffffff',
      borderRadius: Math.round(tile.height * 0.12),
    },
    [{ type: 'img', props: { src, width: image.width, height: image.height, style: { width: image.width, height: image.height } } }],
  );
}

export function bannerTree(width: number, height: number, layout: Layout, emblem?: BannerEmblem): Element {
  const stripe = Math.max(2, Math.round(Math.min(width, height) * 0.03));
  const lines = layout.lines.map((line) =>
    box(
      {
        position: 'absolute',
        left: 0,
        top: line.y,
        width,
        height: line.lineHeight,
        justifyContent: 'center',
        alignItems: 'center',
        fontFamily: FAMILIES[line.weight].family,
        fontSize: line.fontSize,
        letterSpacing: line.fontSize * LETTER_SPACING,
        lineHeight: `${line.lineHeight}px`,
        color: COLOURS[line.role],
        whiteSpace: 'nowrap',
      },
      line.text,
    ),
  );
  return box({ position: 'relative', width, height, backgroundColor: COLOURS.background }, [
    box({ position: 'absolute', left: 0, bottom: 0, width, height: stripe, backgroundColor: COLOURS.stripe }),
    box({ position: 'absolute', left: 0, bottom: stripe, width, height: Math.max(1, Math.round(stripe / 2)), backgroundColor: COLOURS.stripe2 }),
    ...(emblem ? [emblemTile(width, layout.aboveY, emblem)] : []),
    ...lines,
  ]);
}

export async function bannerSvg(
  format: Pick<BannerFormat, 'width' | 'height'>,
  variants: readonly (readonly TextBlock[])[],
  emblem?: BannerEmblem,
): Promise<{ svg: string; layout: Layout }> {
  const above = emblem ? emblem.layout.tile.height + emblem.layout.gap : 0;
  const layout = layoutBanner(format, variants, measure, above);
  const svg = await satori(bannerTree(format.width, format.height, layout, emblem) as never, {
    width: format.width,
    height: format.height,
    fonts: satoriFonts(),
  });
  return { svg, layout };
}

export type Encoding = 'png' | 'png2x' | 'webp' | 'svg';

export async function encode(svg: string, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'svg') return Buffer.from(svg);
  const image = sharp(Buffer.from(svg), { density: encoding === 'png2x' ? 144 : 72 });
  if (encoding === 'webp') return image.webp({ lossless: true, effort: 6 }).toBuffer();
  return image.png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer();
}

export function encodingOf(file: string): Encoding {
  if (file.endsWith('@2x.png')) return 'png2x';
  if (file.endsWith('.webp')) return 'webp';
  if (file.endsWith('.svg')) return 'svg';
  return 'png';
}
