/** The five guides as built: steps, warnings, official links, and a QR code back to the page. */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { SKILLS } from '../../src/schemas/skills.ts';
import { ROOT } from '../fixtures/content-copy.ts';
import { attributeValues, readPage, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const { content } = await checkContent(ROOT);
const officialUrls = new Set(content.links.map((link) => link.data.url));

function between(html: string, start: RegExp, end: string): string[] {
  return [...html.matchAll(new RegExp(`${start.source}([\\s\\S]*?)${end}`, 'g'))].map((match) => match[1] ?? '');
}

async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400, { kernel: 'nearest' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('guide pages', () => {
  it.each(SKILLS)('%s: ≥ 5 numbered steps, a warning, ≥ 2 official links', async (skill) => {
    const html = await readPage(SITES.root.dir, `/ky-nang-so/${skill}/`);
    const steps = between(html, /<div class="steps">/, '</div>').join('');
    expect(steps.match(/<ol/g)?.length).toBeGreaterThanOrEqual(1);
    expect((steps.match(/<li>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toMatch(/<aside class="callout callout-warning" aria-label="Cảnh báo">/);
    const cards = between(html, /<div class="link-card">/, '</div>');
    const urls = new Set(cards.flatMap((card) => attributeValues(card, 'href')));
    expect(urls.size).toBeGreaterThanOrEqual(2);
    for (const url of urls) expect(officialUrls.has(url), url).toBe(true);
    const text = textOf(html);
    // One short line of facts above the guide; who it is for comes after the guide.
    expect(text).toMatch(/Kỹ năng \d\/5 · Khoảng \d+ phút đọc · Cập nhật 02\/12\/2026/);
    expect(text).toMatch(/Hướng dẫn này dành cho ai (Người|Tổ)/);
    expect(text).toContain('Các kỹ năng khác');
  });

  it('/ky-nang-so/ and the home page show the five skills in order', async () => {
    const titles = [...content.guides].sort((a, b) => a.data.order - b.data.order).map((guide) => guide.data.title);
    for (const path of ['/ky-nang-so/', '/']) {
      const text = textOf(await readPage(SITES.root.dir, path));
      const positions = titles.map((title) => text.indexOf(title));
      expect(positions.every((position) => position >= 0), path).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });
});

describe.each(Object.entries(SITES))('QR codes in the %s build', (_, { dir, base, site }) => {
  it.each(SKILLS)('%s: the code decodes to the guide’s absolute URL', async (skill) => {
    const html = await readPage(dir, `/ky-nang-so/${skill}/`);
    const svg = /<svg class="qr"[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(svg).toBeDefined();
    const standalone = (svg ?? '').replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
    expect(await decodeQr(standalone)).toBe(`${site}${base}ky-nang-so/${skill}/`);
  });
});
