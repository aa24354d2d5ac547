/**
 * The layout rule, with the real font: for every format and every year's words (with and
 * without a locality line), each line fits inside its box with the margin, and no text is
 * smaller than the readable minimum.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { measure } from '../../src/banners/fonts.ts';
import { FORMATS } from '../../src/lib/banner/formats.ts';
import { layoutBanner, minFontSizeOf, paddingOf, wrap } from '../../src/lib/banner/layout.ts';
import { bannerTexts, pageCardVariants, variantsFor } from '../../src/lib/banner/texts.ts';
import { ROOT } from '../fixtures/content-copy.ts';

const { content } = await checkContent(ROOT);
const cases = content.years.flatMap((year) =>
  [undefined, 'UBND xã Thạch Hà hưởng ứng'].flatMap((locality) =>
    FORMATS.filter((format) => format.kind !== 'frame').map((format) => ({ year: year.data, locality, format })),
  ),
);

describe('banner layout', () => {
  it.each(cases.map((entry) => [`${entry.year.year} ${entry.format.id}${entry.locality ? ' + locality' : ''}`, entry] as const))('%s: every line fits, at a readable size', (_, { year, locality, format }) => {
    const layout = layoutBanner(format, variantsFor(format, bannerTexts(year, locality)), measure);
    const padding = paddingOf(format);
    expect(layout.lines.length).toBeGreaterThan(0);
    for (const line of layout.lines) {
      expect(line.fontSize, line.text).toBeGreaterThanOrEqual(minFontSizeOf(format));
      expect(line.width, line.text).toBeLessThanOrEqual(format.width - 2 * padding);
      expect(line.y, line.text).toBeGreaterThanOrEqual(padding - 0.01);
      expect(line.y + line.lineHeight, line.text).toBeLessThanOrEqual(format.height - padding + 0.01);
    }
    // The greeting is always there, whole.
    const greeting = layout.lines.filter((line) => line.role === 'greeting').map((line) => line.text).join(' ');
    expect(greeting).toMatch(/NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA \d\d\/\d\d$/);
  });

  it('uses the short greeting on the smallest banner only when the long one does not fit', () => {
    const texts = bannerTexts(content.years[0]!.data);
    const small = layoutBanner({ width: 320, height: 50 }, variantsFor(FORMATS.find((f) => f.id === '320x50')!, texts), measure);
    const large = layoutBanner({ width: 1200, height: 630 }, variantsFor(FORMATS.find((f) => f.id === 'og')!, texts), measure);
    expect(small.lines.every((line) => line.role === 'greeting')).toBe(true);
    expect(large.lines.some((line) => line.role === 'theme')).toBe(true);
  });

  it('fits a guide’s own card', () => {
    for (const guide of content.guides) {
      const layout = layoutBanner({ width: 1200, height: 630 }, pageCardVariants(guide.data.title, 'Ngày Chuyển đổi số quốc gia'), measure);
      expect(layout.lines.map((line) => line.text).join(' ')).toContain(guide.data.title.split(' ')[0]);
    }
  });

  it('refuses to wrap a word wider than the box, and says when nothing fits', () => {
    expect(wrap('Chuyểnđổisốnhanhhơnhiệuquảhơn', 40, 'bold', 200, measure)).toBeUndefined();
    expect(() => layoutBanner({ width: 60, height: 20 }, [[{ role: 'greeting', text: 'CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ', weight: 'bold', scale: 1, maxLines: 1 }]], measure)).toThrow(
      /No text variant fits a 60×20 banner/,
    );
  });
});

describe('balanced lines', () => {
  it('splits a theme into lines of even length instead of leaving one word alone', async () => {
    const { balancedWrap, wrap: greedy } = await import('../../src/lib/banner/layout.ts');
    const text = 'Khai thác dữ liệu số để tạo ra giá trị';
    const width = measure('Khai thác dữ liệu số để tạo ra giá', 40, 'medium') + 2;
    expect(greedy(text, 40, 'medium', width, measure)?.at(-1)).toBe('trị');
    const lines = balancedWrap(text, 40, 'medium', width, measure) ?? [];
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(text);
    expect(Math.abs(measure(lines[0]!, 40, 'medium') - measure(lines[1]!, 40, 'medium'))).toBeLessThan(width * 0.35);
  });
});
