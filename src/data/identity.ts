/**
 * The logo of site.yaml, read once per build from the content folder: its bytes, kind and
 * size, and the names of the files the site makes of it (src/pages/bieu-trung/).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import sharp from 'sharp';
import type { LogoSource } from '../banners/logo.ts';
import { headerLogoSize, identityFiles, type IdentityImage, type Size } from '../lib/identity.ts';
import { imageKindOf, isAccepted } from '../lib/image-kind.ts';
import { getSite } from './site.ts';

export interface Logo extends LogoSource {
  alt: string;
  files: Record<IdentityImage, string>;
  /** Size of the header's copy, for its width and height attributes. */
  header: Size;
}

async function load(): Promise<Logo | undefined> {
  const { logo } = await getSite();
  if (!logo) return undefined;
  // The same folder the content check and the collections read (CDS_CONTENT_DIR).
  const dir = resolve(fileURLToPath(root), process.env.CDS_CONTENT_DIR ?? 'content');
  const bytes = await readFile(resolve(dir, logo.file));
  const kind = imageKindOf(bytes);
  const { width, height } = await sharp(bytes).metadata();
  // The content check has refused such a file with a proper message before the build.
  if (!isAccepted(kind) || !width || !height) throw new Error(`${logo.file}: không đọc được ảnh biểu trưng`);
  const size = { width, height };
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return { bytes, kind, size, alt: logo.alt, files: identityFiles(digest), header: headerLogoSize(size, kind === 'svg') };
}

let loaded: Promise<Logo | undefined> | undefined;

/** Undefined when site.yaml names no logo. The dev server reads it again on every request, so a new logo shows at once. */
export function getLogo(): Promise<Logo | undefined> {
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
