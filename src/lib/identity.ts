/**
 * The portal's logo (site.yaml `logo`) as the images the site makes of it: sizes, file
 * names and where it sits on a share image. Plain values in, plain values out; the
 * pixels are made in src/banners/logo.ts.
 */

export interface Size {
  width: number;
  height: number;
}

/**
 * What the content check accepts. A logo needs no more than 1 MB or 4096 px (the site
 * makes small copies of it); under 64 px it blurs as a 180 px phone icon.
 */
export const LOGO_LIMITS = { maxBytes: 1024 * 1024, minSide: 64, maxSide: 4096 } as const;

/**
 * Height of the header's logo file: shown 2rem high, that is up to 56 px at the largest
 * text size, so 128 px stays sharp on a 2× phone screen and weighs a few KB.
 */
export const HEADER_LOGO_HEIGHT = 128;

/** Square icons: the browser tab's and the one a phone puts on its home screen. */
export interface IconSpec {
  size: number;
  /** Empty border, in pixels, so a round emblem is not clipped by the phone's rounded corners. */
  margin: number;
  /** iOS fills transparency with black: the home-screen icon gets a white ground. */
  background?: string;
}

export const ICONS = {
  favicon: { size: 32, margin: 0 },
  appleTouch: { size: 180, margin: 18, background: '#ffffff' },
} as const satisfies Record<string, IconSpec>;

export type IdentityImage = 'logo' | keyof typeof ICONS;

/**
 * Names of the generated files. They carry a digest of the logo: browsers keep favicons
 * for a long time, and a new logo must not hide behind a cached old one.
 */
export function identityFiles(digest: string): Record<IdentityImage, string> {
  return {
    logo: `logo-${digest}.png`,
    favicon: `favicon-32-${digest}.png`,
    appleTouch: `apple-touch-icon-${digest}.png`,
  };
}

/** The size of the given height with the source's proportions, at least 1 px wide. */
export function scaledToHeight(source: Size, height: number): Size {
  return { width: Math.max(1, Math.round((source.width * height) / source.height)), height };
}

/** The header's logo file: HEADER_LOGO_HEIGHT high, but a small bitmap is never enlarged. */
export function headerLogoSize(source: Size, vector: boolean): Size {
  return vector || source.height > HEADER_LOGO_HEIGHT ? scaledToHeight(source, HEADER_LOGO_HEIGHT) : source;
}

export interface Emblem {
  /** The white tile the logo sits on, so any logo shows on the deep blue. */
  tile: Size;
  image: Size;
  /** Space between tile edge and logo. */
  inset: number;
  /** Space between the tile and the text below it. */
  gap: number;
}

/**
 * The logo on a share image: a tile 17 % of the short side high, centred above the text;
 * a wide logo is held to half the image's width and gets lower instead.
 */
export function emblemFor(box: Size, logo: Size): Emblem {
  const tileHeight = Math.round(Math.min(box.width, box.height) * 0.17);
  const inset = Math.round(tileHeight * 0.08);
  let image = scaledToHeight(logo, tileHeight - 2 * inset);
  const maxWidth = Math.round(box.width / 2) - 2 * inset;
  if (image.width > maxWidth) image = { width: maxWidth, height: Math.max(1, Math.round((image.height * maxWidth) / image.width)) };
  return {
    tile: { width: image.width + 2 * inset, height: image.height + 2 * inset },
    image,
    inset,
    gap: Math.round(tileHeight * 0.3),
  };
}

/**
 * A file size the way an editor reads it: "350 KB", "1,25 MB". Rounded up, so a file
 * just over a limit never reads as the limit itself.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const megabytes = Math.ceil((bytes / (1024 * 1024)) * 100) / 100;
  return `${String(megabytes).replace('.', ',')} MB`;
}
