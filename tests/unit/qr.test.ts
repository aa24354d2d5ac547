import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrShape } from '../../src/lib/qr.ts';

/** Paints the path's rectangles into pixels, 4 px a module, as a scanner would see them. */
function paint(text: string) {
  const { size, path } = qrShape(text);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let row = y * scale; row < (y + 1) * scale; row += 1) {
      for (let col = x * scale; col < (x + run) * scale; col += 1) {
        pixels.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
      }
    }
  }
  return { pixels, width, size };
}

describe('qrShape', () => {
  it('draws a code that decodes to the same URL', () => {
    const url = 'https://cds.hatinh.gov.vn/cds/ky-nang-so/dich-vu-cong-truc-tuyen/';
    const { pixels, width } = paint(url);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  it('keeps the quiet zone the standard asks for', () => {
    const { size, path } = qrShape('https://cds.test/');
    const coordinates = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap((match) => [Number(match[1]), Number(match[2])]);
    expect(Math.min(...coordinates)).toBe(QUIET_ZONE);
    expect(Math.max(...coordinates)).toBeLessThan(size - QUIET_ZONE);
  });
});
