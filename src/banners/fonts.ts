/**
 * Be Vietnam Pro, read from its npm package (TTF: satori and opentype.js need TrueType,
 * and the banners must not depend on the fonts of the machine that builds them). Each
 * weight is registered as a family of its own: subsets sharing one family break
 * Vietnamese in satori.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import type { Measure, Weight } from '../lib/banner/layout.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));

export const FAMILIES: Record<Weight, { family: string; file: string }> = {
  bold: { family: 'BeVietnamPro-Bold', file: '700Bold/BeVietnamPro_700Bold.ttf' },
  medium: { family: 'BeVietnamPro-SemiBold', file: '600SemiBold/BeVietnamPro_600SemiBold.ttf' },
};

let loaded: { data: Record<Weight, Buffer>; fonts: Record<Weight, opentype.Font> } | undefined;

export function fonts() {
  if (!loaded) {
    const data = {
      bold: readFileSync(join(packageDir, FAMILIES.bold.file)),
      medium: readFileSync(join(packageDir, FAMILIES.medium.file)),
    };
    const parse = (buffer: Buffer) => opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    loaded = { data, fonts: { bold: parse(data.bold), medium: parse(data.medium) } };
  }
  return loaded;
}

/** A little extra space between letters: marks on neighbouring letters stay apart, and OCR reads them. */
export const LETTER_SPACING = 0.02;

/** Width of a text in the real font, with kerning and the letter spacing, as satori lays it out. */
export const measure: Measure = (text, fontSize, weight) => {
  const normal = text.normalize('NFC');
  return fonts().fonts[weight].getAdvanceWidth(normal, fontSize, { kerning: true }) + [...normal].length * fontSize * LETTER_SPACING;
};

export function satoriFonts() {
  const { data } = fonts();
  return (Object.keys(FAMILIES) as Weight[]).map((weight) => ({
    name: FAMILIES[weight].family,
    data: data[weight],
    weight: weight === 'bold' ? (700 as const) : (600 as const),
    style: 'normal' as const,
  }));
}
