/** The banner kit in a browser: an embed snippet pasted into a blank page, and the profile-picture tool. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { visitBuiltSite } from '../support/browser.ts';
import { SITES } from './build-sites.ts';

const { dir, base, site } = SITES.subpath;
const visit = visitBuiltSite(dir, base);

describe('an embed snippet', () => {
  it('pasted into a blank page shows the banner, with no script', async () => {
    const gallery = await readFile(join(dir, 'banner/index.html'), 'utf8');
    const escaped = /<textarea id="nhung-2025-300x250"[^>]*>([\s\S]*?)<\/textarea>/.exec(gallery)?.[1] ?? '';
    const snippet = escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const page = await visit.browser.newPage();
    // The portal's address (https://tinh.test/cds/) answered from the build.
    await page.route(`${site}${base}**`, async (route) => {
      const path = new URL(route.request().url()).pathname.slice(base.length);
      await route.fulfill({ body: await readFile(join(dir, path)), contentType: path.endsWith('.png') ? 'image/png' : 'text/html' });
    });
    await page.setContent(`<!doctype html><html lang="vi"><title>Cổng xã</title><body>${snippet}</body></html>`, { waitUntil: 'load' });
    const image = await page.evaluate(() => {
      const img = document.querySelector('a > img') as HTMLImageElement;
      return { width: img.naturalWidth, height: img.naturalHeight, alt: img.alt, href: (img.parentElement as HTMLAnchorElement).href, scripts: document.scripts.length };
    });
    await page.close();
    expect(image).toMatchObject({ width: 300, height: 250, href: `${site}${base}nam/2025/`, scripts: 0 });
    expect(image.alt).toContain('Chào mừng Ngày Chuyển đổi số quốc gia 10/10 năm 2025');
  });
});

describe('the index of sizes', () => {
  it('takes a phone with scripts off straight to the format picked', async () => {
    const page = await visit.browser.newPage();
    const cdp = await visit.browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${visit.origin}${base}banner/`);
    // Scripts really are off: the copy buttons stay hidden.
    expect(await page.locator('button[data-copy="nhung-2025-728x90"]').isVisible()).toBe(false);
    const name = 'Ô chữ nhật cột bên · 300×250 (Medium Rectangle)';
    await page.getByRole('navigation', { name: 'Chọn kích thước (năm 2025)' }).getByRole('link', { name }).click();
    await page.waitForFunction(() => location.hash === '#banner-2025-300x250');
    const heading = page.locator('#banner-2025-300x250 h3');
    expect(await heading.textContent()).toBe(name);
    const box = await heading.boundingBox();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.close();
    // Scrolled to it: the heading at the top of the screen, far below where the page starts.
    expect(box?.y).toBeGreaterThan(-1);
    expect(box?.y).toBeLessThan(100);
    expect(scrolled).toBeGreaterThan(1000);
  });
});

describe('the copy buttons', () => {
  it('appear with scripts on, and copy (or select) the embed code', async () => {
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}banner/`);
    const button = page.locator('button[data-copy="nhung-2025-728x90"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForFunction(() => /^Đã (chép|chọn mã)/.test(document.querySelector('button[data-copy="nhung-2025-728x90"]')?.textContent ?? ''), undefined, { timeout: 5000 });
    expect(await button.textContent()).toMatch(/^(Đã chép|Đã chọn mã: bấm Ctrl\+C để chép)$/);
    await page.close();
  });
});

describe('the profile-picture tool', () => {
  it('puts the frame on a photo in the browser, offers the download, and sends nothing', async () => {
    const stripe = (colour: string) => `<rect width="200" height="400" fill="${colour}"/>`;
    const photo = await sharp(
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><g>${stripe('#d62828')}</g><g transform="translate(200)">${stripe('#2a9d8f')}</g><g transform="translate(400)">${stripe('#f4a261')}</g></svg>`),
    )
      .png()
      .toBuffer();
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}banner/anh-dai-dien/`, { waitUntil: 'networkidle' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.setInputFiles('#anh', { name: 'chan-dung.png', mimeType: 'image/png', buffer: photo });
    await page.waitForFunction(() => document.getElementById('trang-thai-anh')?.textContent?.startsWith('Đã gắn khung'));
    const result = await page.evaluate(() => {
      const canvas = document.getElementById('anh-ghep') as HTMLCanvasElement;
      const context = canvas.getContext('2d')!;
      const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
      const link = document.getElementById('tai-anh') as HTMLAnchorElement;
      return { centre: pixel(540, 540), ring: pixel(540, 20), corner: pixel(5, 5), href: link.href, hidden: link.hidden, download: link.download };
    });
    await page.close();
    expect(result.centre).toEqual([42, 157, 143, 255]); // the photo's middle stripe
    expect(result.ring).toEqual([8, 58, 120, 255]); // the frame's blue
    expect(result.corner[3]).toBe(0); // outside the circle stays transparent
    expect(result.hidden).toBe(false);
    expect(result.href.startsWith('blob:')).toBe(true);
    expect(result.download).toBe('anh-dai-dien-chuyen-doi-so.png');
    expect(requests.filter((request) => !request.includes(' blob:'))).toEqual([]);
  });
});
