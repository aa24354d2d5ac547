/**
 * What kind of image a file really is, read from its first bytes rather than its name:
 * an editor's "logo.png" may be a JPEG, a GIF, a PDF or a web page saved under that name.
 */
export const ACCEPTED_KINDS = ['png', 'jpeg', 'webp', 'svg'] as const;
export type AcceptedKind = (typeof ACCEPTED_KINDS)[number];
/** Kinds recognised only to name them in an error. */
export type OtherKind = 'gif' | 'bmp' | 'ico' | 'tiff' | 'pdf' | 'heic' | 'avif';
export type ImageKind = AcceptedKind | OtherKind;

/** How an editor knows each kind. */
export const KIND_NAMES: Record<ImageKind, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  webp: 'WebP',
  svg: 'SVG',
  gif: 'GIF',
  bmp: 'BMP',
  ico: 'ICO',
  tiff: 'TIFF',
  pdf: 'PDF',
  heic: 'HEIC',
  avif: 'AVIF',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * SVG is text: after an optional BOM, XML declaration, comments and DOCTYPE (editors
 * export them from Illustrator or Inkscape), the first element must be <svg>. An HTML
 * page renamed .svg has <html> there instead.
 */
function isSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  const prologue = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>)\s*/i;
  for (let match = prologue.exec(rest); match; match = prologue.exec(rest)) rest = rest.slice(match[0].length);
  return /^<svg[\s>/]/.test(rest);
}

export function imageKindOf(bytes: Uint8Array): ImageKind | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('BM'))) return 'bmp';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'ico';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  if (isSvg(bytes)) return 'svg';
  return undefined;
}

/**
 * Whether an SVG says how large it is (a viewBox, or a width and a height on <svg>):
 * Astro's image pipeline cannot place one that does not, and stops the build.
 */
export function svgHasSize(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes);
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  return /\sviewBox\s*=/i.test(tag) || (/\swidth\s*=/i.test(tag) && /\sheight\s*=/i.test(tag));
}

export function isAccepted(kind: ImageKind | undefined): kind is AcceptedKind {
  return (ACCEPTED_KINDS as readonly string[]).includes(kind ?? '');
}
