/**
 * The banner kit as built: every file of every year at its exact size and format, the
 * same bytes in two builds, web sizes within their limits, words readable by OCR, and
 * every page's Open Graph image present.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { measure } from '../../src/banners/fonts.ts';
import { FORMATS, filesOf } from '../../src/lib/banner/formats.ts';
import { layoutBanner } from '../../src/lib/banner/layout.ts';
import { bannerTexts, variantsFor } from '../../src/lib/banner/texts.ts';
import { foldAll, words } from '../../src/lib/vietnamese.ts';
import { ROOT } from '../fixtures/content-copy.ts';
import { attributeValues, htmlFiles, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const { content } = await checkContent(ROOT);
const years = content.years.map((year) => year.data);
const files = years.flatMap((year) => FORMATS.flatMap((format) => filesOf(format).map((file) => ({ year: year.year, format, file }))));

describe('every banner of every year', () => {
  it.each(files.map((entry) => [`${entry.year}/${entry.file}`, entry] as const))('%s: exact size and format, same bytes in both builds', async (path, { format, file }) => {
    const bytes = await readFile(join(SITES.root.dir, 'banner', path));
    const other = await readFile(join(SITES.subpath.dir, 'banner', path));
    expect(bytes.equals(other)).toBe(true);
    if (file.endsWith('.svg')) {
      const svg = bytes.toString('utf8');
      expect(svg).toMatch(new RegExp(`^<svg width="${format.width}" height="${format.height}"`));
      // Text as paths: no font needed wherever the file is printed.
      expect(svg).toContain('<path');
      expect(svg).not.toMatch(/<text|font-family/);
      return;
    }
    const meta = await sharp(bytes).metadata();
    const scale = file.includes('@2x') ? 2 : 1;
    expect([meta.format, meta.width, meta.height]).toEqual([file.endsWith('.webp') ? 'webp' : 'png', format.width * scale, format.height * scale]);
    if (format.maxBytes && scale === 1) expect(bytes.length).toBeLessThanOrEqual(format.maxBytes);
    if (format.kind === 'frame') {
      // Transparent in the middle, where the photo goes; the ring is opaque.
      const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
      expect(alphaAt(540, 540)).toBe(0);
      expect(alphaAt(540, 1075)).toBe(255);
    }
  });
});

describe('Open Graph images', () => {
  it('every page points to an image that exists, with its size and alt text', async () => {
    const { dir, site, base } = SITES.root;
    for (const file of await htmlFiles(dir)) {
      const html = await readFile(join(dir, file), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, file).toBeDefined();
      expect(image?.startsWith(`${site}${base}banner/`), file).toBe(true);
      const bytes = await readFile(join(dir, (image ?? '').slice(`${site}${base}`.length)));
      expect((await sharp(bytes).metadata()).width, file).toBe(1200);
      expect(html, file).toMatch(/<meta property="og:image:alt" content="[^"]{20,}"/);
    }
  });

  it('guides have cards with their own title; year pages their year’s banner', async () => {
    const guide = await readFile(join(SITES.root.dir, 'ky-nang-so/mua-sam-truc-tuyen/index.html'), 'utf8');
    expect(guide).toContain('content="https://cds.test/banner/huong-dan/mua-sam-truc-tuyen.png"');
    const year = await readFile(join(SITES.root.dir, 'nam/2022/index.html'), 'utf8');
    expect(year).toContain('content="https://cds.test/banner/2022/og.png"');
  });
});

describe('embed snippets in the gallery', () => {
  it('are plain links around images with absolute URLs and no script', async () => {
    const html = await readFile(join(SITES.subpath.dir, 'banner/index.html'), 'utf8');
    const boxes = [...html.matchAll(/<textarea id="nhung-(\d+)-([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)];
    expect(boxes.length).toBe(years.length * 8);
    for (const [, year, id, escaped] of boxes) {
      const snippet = (escaped ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(snippet).toMatch(new RegExp(`^<a href="https://tinh\\.test/cds/nam/${year}/"><img src="https://tinh\\.test/cds/banner/${year}/${id}\\.png" srcset="[^"]+ 1x, [^"]+@2x\\.png 2x" width="\\d+" height="\\d+" alt="Chào mừng Ngày Chuyển đổi số quốc gia [^"]+"></a>$`));
      expect(snippet).not.toMatch(/<script/i);
      for (const url of [...attributeValues(snippet, 'src'), ...attributeValues(snippet, 'href')]) expect(url).toMatch(/^https:\/\//);
    }
  });
});

describe('the index of sizes at the top of the gallery', () => {
  it('names every format of the current year in Vietnamese first, with its size, the English term after', async () => {
    const html = await readFile(join(SITES.subpath.dir, 'banner/index.html'), 'utf8');
    const nav = /<nav class="banner-index"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(textOf(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(nav)?.[1] ?? '')).toBe('Chọn kích thước (năm 2025)');
    const links = [...nav.matchAll(/<a href="#([^"]+)">([\s\S]*?)<\/a>/g)].map(([, target, inner]) => ({ target: target ?? '', text: textOf(inner ?? ''), inner: inner ?? '' }));
    expect(links.map((link) => link.text)).toEqual([
      'Băng ngang đầu trang · 728×90 (Leaderboard)',
      'Băng ngang rộng · 970×90 (Super Leaderboard)',
      'Bảng lớn đầu trang · 970×250 (Billboard)',
      'Ô chữ nhật cột bên · 300×250 (Medium Rectangle)',
      'Cột dọc nửa trang · 300×600 (Half Page)',
      'Cột dọc hẹp · 160×600 (Wide Skyscraper)',
      'Băng nhỏ trên điện thoại · 320×50 (Mobile Leaderboard)',
      'Băng lớn trên điện thoại · 320×100 (Large Mobile Banner)',
      'Ảnh chia sẻ mạng xã hội · 1200×630 (Open Graph)',
      'Ảnh vuông cho mạng xã hội · 1080×1080',
      'Khung ảnh đại diện · 1080×1080',
      'Băng rôn treo ngang · 5000×1000',
      'Phướn treo dọc · 1000×3000',
    ]);
    // The English term is a hint after the name, marked as English for screen readers.
    expect(links[0]?.inner).toMatch(/^Băng ngang đầu trang · 728×90 <span class="format-term" lang="en">\(Leaderboard\)<\/span>$/);
    for (const { target, text } of links) {
      // Each target is one item of the current year, headed by the words of its link.
      expect(html.split(`id="${target}"`).length - 1, target).toBe(1);
      const item = new RegExp(`<li class="banner-item" id="${target}">\\s*<h3>([\\s\\S]*?)</h3>`).exec(html);
      expect(textOf(item?.[1] ?? ''), target).toBe(text);
      expect(target).toMatch(/^banner-2025-[a-z0-9-]+$/);
    }
  });
});

/**
 * Tesseract reads light-on-dark text once inverted to dark-on-light; two readings (as is,
 * and enlarged with a hard threshold) each miss a different word or two, so the words
 * read are those either of them read.
 */
async function ocr(file: string, width: number): Promise<Set<string>> {
  const read = async (scale: number, threshold?: number) => {
    let image = sharp(file).resize({ width: width * scale, kernel: 'lanczos3' }).greyscale().negate({ alpha: false });
    if (threshold) image = image.threshold(threshold);
    const input = await image.png().toBuffer();
    return execFileSync('tesseract', ['stdin', 'stdout', '-l', 'vie', '--psm', '6'], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  };
  const text = `${await read(1)} ${await read(2, 100)}`;
  return new Set(words(text).map((word) => word.toLocaleLowerCase('vi')));
}

describe('OCR (tesseract, Vietnamese) reads the words back', () => {
  const cases = years.flatMap((year) => ['og', '728x90', '300x250'].map((id) => ({ year, format: FORMATS.find((format) => format.id === id)! })));

  it.each(cases.map((entry) => [`${entry.year.year}/${entry.format.id}`, entry] as const))('%s: at least 90% of the words, diacritics included', async (path, { year, format }) => {
    const layout = layoutBanner(format, variantsFor(format, bannerTexts(year)), measure);
    const expected = words(layout.lines.map((line) => line.text).join(' ')).map((word) => word.toLocaleLowerCase('vi'));
    const read = await ocr(join(SITES.root.dir, 'banner', `${path}.png`), format.width);
    const found = expected.filter((word) => read.has(word));
    expect(found.length / expected.length, `missing: ${expected.filter((word) => !read.has(word)).join(' ')}`).toBeGreaterThanOrEqual(0.9);
    // Diacritics included: the words found are not just their unaccented shapes.
    expect(found.some((word) => foldAll(word) !== word)).toBe(true);
  });
});
