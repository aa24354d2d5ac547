import { describe, expect, it } from 'vitest';
import { emblemFor, formatFileSize, headerLogoSize, HEADER_LOGO_HEIGHT, identityFiles, scaledToHeight } from '../../src/lib/identity.ts';

describe('the files made of the logo', () => {
  it('carry the digest of the logo, so a new logo gets new names', () => {
    expect(identityFiles('0123456789')).toEqual({
      logo: 'logo-0123456789.png',
      favicon: 'favicon-32-0123456789.png',
      appleTouch: 'apple-touch-icon-0123456789.png',
    });
  });

  it('the header copy is 128 px high; a small bitmap is not enlarged, an SVG always drawn at 128', () => {
    expect(headerLogoSize({ width: 1000, height: 500 }, false)).toEqual({ width: 256, height: HEADER_LOGO_HEIGHT });
    expect(headerLogoSize({ width: 90, height: 100 }, false)).toEqual({ width: 90, height: 100 });
    expect(headerLogoSize({ width: 24, height: 24 }, true)).toEqual({ width: 128, height: 128 });
    expect(scaledToHeight({ width: 1, height: 1000 }, 10)).toEqual({ width: 1, height: 10 });
  });
});

describe('the logo on a share image', () => {
  it('a square logo: a tile 17 % of the short side, the logo inset, a gap below', () => {
    expect(emblemFor({ width: 1200, height: 630 }, { width: 512, height: 512 })).toEqual({
      tile: { width: 107, height: 107 },
      image: { width: 89, height: 89 },
      inset: 9,
      gap: 32,
    });
  });

  it('a wide logo is held to half the width and gets lower', () => {
    const emblem = emblemFor({ width: 1080, height: 1080 }, { width: 2000, height: 200 });
    expect(emblem.tile.width).toBeLessThanOrEqual(540);
    expect(emblem.image.width / emblem.image.height).toBeCloseTo(10, 0);
    expect(emblem.tile.height).toBeLessThan(184);
  });
});

describe('file sizes in a message', () => {
  it('read in KB or MB, with a decimal comma, rounded up', () => {
    expect([1, 350 * 1024, 1024 * 1024, 1024 * 1024 + 2048, 2.5 * 1024 * 1024].map(formatFileSize)).toEqual(['1 KB', '350 KB', '1 MB', '1,01 MB', '2,5 MB']);
  });
});
