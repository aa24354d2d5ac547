import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtml } from '../../src/lib/banner/embed.ts';
import { FORMATS, WEB_FORMATS, filesOf } from '../../src/lib/banner/formats.ts';
import { arcDegrees, placeOnArc } from '../../src/lib/banner/ring.ts';
import { bannerAlt, bannerTexts, variantsFor } from '../../src/lib/banner/texts.ts';

describe('embed snippet', () => {
  const snippet = embedSnippet({
    href: 'https://cds.hatinh.gov.vn/nam/2025/',
    src: 'https://cds.hatinh.gov.vn/banner/2025/728x90.png',
    src2x: 'https://cds.hatinh.gov.vn/banner/2025/728x90@2x.png',
    width: 728,
    height: 90,
    alt: 'Chào mừng "Ngày" <Chuyển đổi số> & 10/10',
  });

  it('is a link around an image with absolute URLs, size and escaped alt text, and no script', () => {
    expect(snippet).toBe(
      '<a href="https://cds.hatinh.gov.vn/nam/2025/"><img src="https://cds.hatinh.gov.vn/banner/2025/728x90.png" srcset="https://cds.hatinh.gov.vn/banner/2025/728x90.png 1x, https://cds.hatinh.gov.vn/banner/2025/728x90@2x.png 2x" width="728" height="90" alt="Chào mừng &quot;Ngày&quot; &lt;Chuyển đổi số&gt; &amp; 10/10"></a>',
    );
    expect(snippet).not.toMatch(/script|onload|onerror/i);
  });

  it('escapes the five characters HTML treats specially', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('formats', () => {
  it('has the IAB web sizes, Open Graph, square, frame and the two print formats', () => {
    expect(WEB_FORMATS.map((format) => format.id)).toEqual(['728x90', '970x90', '970x250', '300x250', '300x600', '160x600', '320x50', '320x100']);
    expect(FORMATS.find((format) => format.id === 'og')).toMatchObject({ width: 1200, height: 630 });
    expect(FORMATS.find((format) => format.id === 'bang-ron')!.width / FORMATS.find((format) => format.id === 'bang-ron')!.height).toBe(5);
    expect(FORMATS.find((format) => format.id === 'phuon')!.height / FORMATS.find((format) => format.id === 'phuon')!.width).toBe(3);
  });

  it('gives PNG for all, WebP and 2× for web sizes, SVG for print', () => {
    expect(filesOf(WEB_FORMATS[0]!)).toEqual(['728x90.png', '728x90@2x.png', '728x90.webp']);
    expect(filesOf(FORMATS.find((format) => format.id === 'phuon')!)).toEqual(['phuon.png', 'phuon.svg']);
    expect(filesOf(FORMATS.find((format) => format.id === 'og')!)).toEqual(['og.png']);
  });
});

describe('banner words', () => {
  const year = { year: 2025, day: { date: '2025-10-10' }, theme: { text: 'Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn' }, slogans: [] };

  it('take the day from the year file and say it in the alt text', () => {
    const texts = bannerTexts(year, 'UBND xã Thạch Hà hưởng ứng');
    expect(texts.greeting).toBe('CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10');
    expect(bannerAlt(texts, 2025)).toBe(
      'Chào mừng Ngày Chuyển đổi số quốc gia 10/10 năm 2025. Chủ đề: Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn. UBND xã Thạch Hà hưởng ứng',
    );
  });

  it('leave out a theme not announced yet, with nothing in its place', () => {
    const texts = bannerTexts({ year: 2026, day: { date: '2026-10-10' }, theme: undefined, slogans: [] }, 'UBND xã Thạch Hà hưởng ứng');
    expect(texts.theme).toBeUndefined();
    expect(bannerAlt(texts, 2026)).toBe('Chào mừng Ngày Chuyển đổi số quốc gia 10/10 năm 2026. UBND xã Thạch Hà hưởng ứng');
    for (const format of FORMATS) {
      for (const variant of variantsFor(format, texts)) {
        expect(variant.map((block) => block.role)).not.toContain('theme');
        expect(variant.map((block) => block.text).join(' ')).not.toMatch(/chưa công bố|Chuyển đổi số:/);
      }
    }
  });

  it('name the year instead of a day that is not announced yet', () => {
    const texts = bannerTexts({ year: 2026, theme: undefined, slogans: [] });
    expect(texts.greeting).toBe('CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA NĂM 2026');
    expect(texts.shortGreeting).toBe('NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA');
    expect(bannerAlt(texts, 2026)).toBe('Chào mừng Ngày Chuyển đổi số quốc gia năm 2026');
  });
});

describe('ring text', () => {
  it('centres the top text on the top of the circle, letters upright outward', () => {
    const placements = placeOnArc([10, 10, 10], { x: 0, y: 0 }, 100, 'top');
    expect(placements[1]?.x).toBeCloseTo(0);
    expect(placements[1]?.y).toBeCloseTo(-100);
    expect(placements[1]?.rotate).toBeCloseTo(0);
    expect(placements[0]!.x).toBeLessThan(0);
    expect(placements[2]!.x).toBeGreaterThan(0);
  });

  it('reads the bottom text left to right', () => {
    const placements = placeOnArc([10, 10, 10], { x: 0, y: 0 }, 100, 'bottom');
    expect(placements[1]?.y).toBeCloseTo(100);
    expect(placements[0]!.x).toBeLessThan(placements[2]!.x);
    expect(arcDegrees(Math.PI * 100, 100)).toBeCloseTo(180);
  });
});
