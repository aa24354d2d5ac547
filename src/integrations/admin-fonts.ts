/**
 * Keeps the web editor (/admin/) from asking a CDN for fonts. Sveltia CMS's npm entry
 * registers its three fonts (Source Sans 3, Noto Mono, Material Symbols) from files in the
 * package, which Vite bundles (`document.fonts.add`), but one of its Svelte components also
 * injects @font-face rules for the same fonts on cdn.jsdelivr.net. This Vite plugin drops
 * those rules from the bundled code at build time, so the browser uses the bundled files
 * and the page makes no request to another host. A no-op if a later version stops shipping
 * them; tests/site/admin.test.ts records every request, so a new CDN URL fails there.
 */
import type { Plugin } from 'vite';

const ENTRY = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
const CDN_FONT_FACE = /@font-face\s*\{[^{}]*?url\(https?:\/\/[^{}]*?\}/g;

/** The code with every @font-face that loads a font from another host removed. */
export function dropCdnFontFaces(code: string): { code: string; dropped: number } {
  let dropped = 0;
  const out = code.replace(CDN_FONT_FACE, () => {
    dropped += 1;
    return '';
  });
  return { code: out, dropped };
}

export function adminFonts(): Plugin {
  return {
    name: 'cds:admin-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!ENTRY.test(id)) return null;
      const { code: out, dropped } = dropCdnFontFaces(code);
      return dropped > 0 ? { code: out, map: null } : null;
    },
  };
}
