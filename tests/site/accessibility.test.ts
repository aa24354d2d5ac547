/** axe-core (WCAG 2.0–2.2 A and AA) over every URL of the sitemap, in headless Chromium. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { SITES } from './build-sites.ts';

const { dir, base, site } = SITES.subpath;
const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
paths.push(`${base}khong-co-trang-nay/`);

const visit = visitBuiltSite(dir, base);

describe(`axe on every page (${site}${base})`, () => {
  it('has pages to check', () => {
    expect(paths.length).toBeGreaterThanOrEqual(16);
  });

  it.each(paths)('%s has 0 violations and asks nothing of another site, on a phone and on a desktop', async (path) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const page = await visit.browser.newPage();
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== visit.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
      });
      await page.setViewportSize(viewport);
      await page.goto(`${visit.origin}${path}`, { waitUntil: 'load' });
      // Lazy images below the fold load too, so their requests are counted. Waiting for the
      // images themselves rather than for the network to idle saves half a second a visit.
      await page.evaluate(async () => {
        window.scrollTo(0, document.body.scrollHeight);
        const pending = [...document.images].filter((image) => !image.complete);
        const loaded = Promise.all(
          pending.map((image) => new Promise((done) => ['load', 'error'].forEach((event) => image.addEventListener(event, done, { once: true })))),
        );
        await Promise.race([loaded, new Promise((done) => setTimeout(done, 2_000))]);
      });
      const violations = await axeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.close();
      expect(violations, `${path} at ${viewport.width}px`).toEqual([]);
      expect(elsewhere, `${path} requests another origin`).toEqual([]);
      expect(overflow, `${path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  });
});

describe('guides for people who read large text on small phones', () => {
  it.each(['dich-vu-cong-truc-tuyen', 'tu-bao-ve-tren-khong-gian-mang'])('%s at 200%% text size, 360 px wide: no sideways scrolling', async (skill) => {
    const page = await visit.browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${visit.origin}${base}ky-nang-so/${skill}/`);
    await page.evaluate(() => {
      // Twice the portal's own base size, as a browser's text-size setting would.
      document.documentElement.style.fontSize = '225%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('a printed guide has no navigation, and shows its URL and QR code', async () => {
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}ky-nang-so/dich-vu-cong-truc-tuyen/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    expect(await page.locator('svg.qr').isVisible()).toBe(true);
    expect(await page.locator('.qr-url').textContent()).toBe(`${site}${base}ky-nang-so/dich-vu-cong-truc-tuyen/`);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    const box = await page.locator('svg.qr').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(100);
    await page.close();
  });
});

describe('printing', () => {
  it('hides the navigation and prints the page URL and date', async () => {
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}ke-hoach/thach-ha-2025/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.skip-link').isVisible()).toBe(false);
    const printed = page.locator('.print-only');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toMatch(
      new RegExp(`^Bản in từ ${site.replace(/\./g, '\\.')}${base}ke-hoach/thach-ha-2025/ · Trang tạo ngày 05/10/2024$`),
    );
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.close();
  });
});
