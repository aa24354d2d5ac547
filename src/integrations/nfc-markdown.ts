/**
 * Markdown and MDX bodies in Unicode NFC. Astro renders bodies from the files themselves,
 * so text typed in NFD (some keyboards and macOS tools write it) would be published in NFD,
 * and heading anchors, computed from the heading's text, would differ from the NFC ones.
 * This Sätteri plugin rewrites every piece of text in the tree before it becomes HTML, so
 * the page, its headings and their ids all come out in NFC; MDX files are also loaded in
 * NFC (nfcMdxSource), for component attributes. The content check reads the
 * same files in NFC too (src/check/encoding.ts).
 */
import { readFile } from 'node:fs/promises';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { Plugin as VitePlugin } from 'vite';

const nfc = (value: string) => value.normalize('NFC');

function normaliseValue<N extends { value: string }>(node: Readonly<N>, ctx: MdastVisitorContext): void {
  if (node.value !== nfc(node.value)) ctx.setProperty(node as never, 'value' as never, nfc(node.value) as never);
}

function normaliseField(node: Readonly<Record<string, unknown>>, key: 'alt' | 'title', ctx: MdastVisitorContext): void {
  const value = node[key];
  if (typeof value === 'string' && value !== nfc(value)) ctx.setProperty(node as never, key as never, nfc(value) as never);
}

export const nfcMarkdown: MdastPluginDefinition = {
  name: 'cds:nfc',
  text: normaliseValue,
  inlineCode: normaliseValue,
  code: normaliseValue,
  html: normaliseValue,
  image(node, ctx) {
    normaliseField(node, 'alt', ctx);
    normaliseField(node, 'title', ctx);
  },
  link(node, ctx) {
    normaliseField(node, 'title', ctx);
  },
};

/**
 * MDX files are read by Vite: loading them in NFC covers what the Markdown plugin cannot
 * reach (Sätteri cannot rewrite a component's attributes, such as <Figure alt="…">).
 * `load` runs before every transform, whatever the plugins' order.
 */
export function nfcMdxSource(): VitePlugin {
  return {
    name: 'cds:nfc-mdx',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('.mdx')) return null;
      return (await readFile(id, 'utf8')).normalize('NFC');
    },
  };
}
