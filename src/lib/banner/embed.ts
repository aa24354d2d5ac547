/**
 * The copy-paste snippet for a local portal: a plain link around an image, with absolute
 * addresses and no script, so it survives CMSs that strip <script> and tracks nobody.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface EmbedInput {
  /** Where a click leads (the portal's page for the year). */
  href: string;
  /** Absolute URLs of the 1× and 2× images. */
  src: string;
  src2x: string;
  width: number;
  height: number;
  alt: string;
}

export function embedSnippet(input: EmbedInput): string {
  const attributes = [
    `src="${escapeHtml(input.src)}"`,
    `srcset="${escapeHtml(input.src)} 1x, ${escapeHtml(input.src2x)} 2x"`,
    `width="${input.width}"`,
    `height="${input.height}"`,
    `alt="${escapeHtml(input.alt)}"`,
  ];
  return `<a href="${escapeHtml(input.href)}"><img ${attributes.join(' ')}></a>`;
}
