import { describe, expect, it } from 'vitest';
import { imageKindOf, isAccepted, svgHasSize } from '../../src/lib/image-kind.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('the kind of an image, from its first bytes', () => {
  it.each([
    ['png', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], 'rest')],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a')],
    ['bmp', bytes('BM', [0, 0])],
    ['ico', bytes([0, 0, 1, 0, 1, 0])],
    ['tiff', bytes('II*', [0])],
    ['pdf', bytes('%PDF-1.7')],
    ['heic', bytes([0, 0, 0, 24], 'ftypheic')],
    ['avif', bytes([0, 0, 0, 24], 'ftypavif')],
  ])('%s', (kind, data) => {
    expect(imageKindOf(data)).toBe(kind);
  });

  it('an SVG, after a BOM, an XML declaration, comments and a DOCTYPE with entities', () => {
    const svg = [
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>',
      '<!-- Generator: Adobe Illustrator 24.0.0 -->',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [',
      '  <!ENTITY ns_svg "http://www.w3.org/2000/svg">',
      ']>',
      '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
    ].join('\n');
    expect(imageKindOf(bytes(svg))).toBe('svg');
    expect(imageKindOf(bytes('<svg>'))).toBe('svg');
  });

  it('is nothing for a web page or text renamed .svg, an empty file, or other bytes', () => {
    expect(imageKindOf(bytes('<!DOCTYPE html><html><body><svg></svg></body></html>'))).toBeUndefined();
    expect(imageKindOf(bytes('<svgx>'))).toBeUndefined();
    expect(imageKindOf(bytes('biểu trưng'))).toBeUndefined();
    expect(imageKindOf(new Uint8Array())).toBeUndefined();
    expect(imageKindOf(bytes([0x3c, 0x73, 0x76, 0x67, 0x20, 0xff, 0xfe]))).toBeUndefined();
  });

  it('accepts PNG, JPEG, WebP and SVG only', () => {
    expect(['png', 'jpeg', 'webp', 'svg', 'gif', 'pdf', undefined].map((kind) => isAccepted(kind as never))).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('svgHasSize', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('is true for a viewBox, or a width and a height, on <svg>', () => {
    expect(svgHasSize(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>'))).toBe(true);
    expect(svgHasSize(bytes('<svg width="10" height="20"><rect/></svg>'))).toBe(true);
  });
  it('is false when the size is missing or only on an inner element', () => {
    expect(svgHasSize(bytes('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'))).toBe(false);
    expect(svgHasSize(bytes('<svg width="10"></svg>'))).toBe(false);
  });
});
