/**
 * The pixels made from the editor's logo: the header's small copy, the favicons and the
 * tile on the share images. Every output is a PNG re-encoded here, so what is published
 * is small, has no metadata of the original, and is the same bytes on every build.
 */
import sharp, { type Sharp } from 'sharp';
import { headerLogoSize, ICONS, type IconSpec, type IdentityImage, type Size } from '../lib/identity.ts';
import type { AcceptedKind } from '../lib/image-kind.ts';

export interface LogoSource {
  bytes: Buffer;
  kind: AcceptedKind;
  /** Pixels of a bitmap; the drawing size (width/height or viewBox) of an SVG. */
  size: Size;
}

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

function png(image: Sharp): Promise<Buffer> {
  return image.png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer();
}

/**
 * The logo fitted inside `size`, keeping its proportions, on a transparent ground. sharp
 * draws an SVG at the size asked for (a tests/unit/logo-images.test.ts case holds it to
 * that), so a logo drawn on a 24-unit grid is not a blurred enlargement.
 */
export function logoPng(source: LogoSource, size: Size): Promise<Buffer> {
  return png(sharp(source.bytes).resize(size.width, size.height, { fit: 'contain', background: TRANSPARENT }));
}

/** A square icon: the logo centred, with the spec's margin and ground. */
export async function iconPng(source: LogoSource, spec: IconSpec): Promise<Buffer> {
  const inner = spec.size - 2 * spec.margin;
  const fitted = await logoPng(source, { width: inner, height: inner });
  const square = sharp(fitted).extend({ top: spec.margin, bottom: spec.margin, left: spec.margin, right: spec.margin, background: TRANSPARENT });
  return png(spec.background ? sharp(await square.png().toBuffer()).flatten({ background: spec.background }) : square);
}

export function identityImage(source: LogoSource, image: IdentityImage): Promise<Buffer> {
  if (image === 'logo') return logoPng(source, headerLogoSize(source.size, source.kind === 'svg'));
  return iconPng(source, ICONS[image]);
}

/** The logo as a data URI for satori, which embeds it in the share image's SVG. */
export async function logoDataUri(source: LogoSource, size: Size): Promise<string> {
  return `data:image/png;base64,${(await logoPng(source, size)).toString('base64')}`;
}
