/**
 * A citizen's phone: 360×800, at the default text size and with the browser's text at
 * 200 % (Chromium's default font size at 32 px, as Android's largest font scale does).
 * Every page's own heading starts on the first screen, nothing scrolls sideways, the
 * skills are on the home page's first screen, a guide's first step within two screens,
 * and the header's menu works by touch, keyboard and without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, headingTop, setBrowserTextSize, sidewaysScroll } from '../../scripts/lib/phone.ts';
import { SKILLS } from '../../src/schemas/skills.ts';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { SITES } from './build-sites.ts';

const { dir, base } = SITES.subpath;
const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
paths.push(`${base}khong-co-trang-nay/`);

const visit = visitBuiltSite(dir, base);

async function phonePage(path: string, textPercent = 100): Promise<Page> {
  const page = await visit.browser.newPage();
  await page.setViewportSize(PHONE);
  await setBrowserTextSize(page, textPercent);
  await page.goto(`${visit.origin}${path}`);
  return page;
}

/** Top of the first element matching `selector`, from the top of the document. */
function topOf(page: Page, selector: string): Promise<number | undefined> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    return element ? element.getBoundingClientRect().top + window.scrollY : undefined;
  }, selector);
}

const menuOpen = (page: Page) => page.evaluate(() => (document.querySelector('details[data-site-menu]') as HTMLDetailsElement).open);

describe('every page on a 360 px phone', () => {
  it('has pages to check', () => {
    expect(paths.length).toBeGreaterThanOrEqual(40);
  });

  it.each(paths)('%s: the heading starts on the first screen, at 100 and 200 percent text, and nothing scrolls sideways', async (path) => {
    for (const [percent, limit] of [
      [100, 200],
      [200, 360],
    ] as const) {
      const page = await phonePage(path, percent);
      const top = await headingTop(page);
      const sideways = await sidewaysScroll(page);
      await page.locator('summary.menu-toggle').click();
      const sidewaysWithMenu = await sidewaysScroll(page);
      await page.close();
      expect(top, `${path} at ${percent} %`).toBeDefined();
      expect(top ?? Infinity, `${path}: <h1> at ${percent} % text`).toBeLessThanOrEqual(limit);
      expect(sideways, `${path} scrolls sideways at ${percent} % text`).toBeLessThanOrEqual(0);
      expect(sidewaysWithMenu, `${path} scrolls sideways with the menu open at ${percent} % text`).toBeLessThanOrEqual(0);
    }
  });
});

describe('what a citizen came for comes first', () => {
  it('the home page shows a link to a guide within the first screen', async () => {
    const page = await phonePage(base);
    const top = await topOf(page, `.skill-cards a[href^="${base}ky-nang-so/"]`);
    await page.close();
    expect(top).toBeLessThanOrEqual(800 - 40);
  });

  it.each(SKILLS)('%s: the first step starts within two screens', async (skill) => {
    const page = await phonePage(`${base}ky-nang-so/${skill}/`);
    const top = await topOf(page, '.steps li');
    await page.close();
    expect(top).toBeLessThanOrEqual(1600);
  });
});

describe('the header menu', () => {
  it('opens and closes by touch', async () => {
    const page = await phonePage(base);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const box = await page.locator('summary.menu-toggle').boundingBox();
    const tap = async () => {
      const point = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await tap();
    await expect.poll(() => menuOpen(page)).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await tap();
    await expect.poll(() => menuOpen(page)).toBe(false);
    await page.close();
  });

  it('opens with Enter, closes with Space and Escape, and keeps a sensible focus order', async () => {
    const page = await phonePage(`${base}ky-nang-so/`);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return `${element.tagName.toLowerCase()} ${element.id || element.textContent?.trim()}`;
      });
    const order: string[] = [];
    for (let press = 0; press < 3; press += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['a Bỏ qua, đến nội dung chính', 'a Ngày Chuyển đổi số quốc gia', 'summary Menu']);
    await page.keyboard.press('Enter');
    expect(await menuOpen(page)).toBe(true);
    const inside: string[] = [];
    for (let press = 0; press < 4; press += 1) {
      await page.keyboard.press('Tab');
      inside.push(await focused());
    }
    // Search first, then the citizen's links, starting with the skills.
    expect(inside).toEqual(['input tim-kiem-dau-trang', 'button Tìm', 'a Kỹ năng số', 'a Chủ đề năm 2025']);
    await page.keyboard.press('Escape');
    expect(await menuOpen(page)).toBe(false);
    expect(await focused()).toBe('summary Menu');
    await page.keyboard.press('Space');
    expect(await menuOpen(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await menuOpen(page)).toBe(false);
    await page.close();
  });

  it('tells a screen reader whether it is expanded', async () => {
    const page = await phonePage(base);
    const cdp = await page.context().newCDPSession(page);
    const expanded = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: string }; properties?: Array<{ name: string; value: { value: unknown } }> }> };
      const toggle = nodes.find((node) => node.name?.value === 'Menu');
      return toggle?.properties?.find((property) => property.name === 'expanded')?.value.value;
    };
    expect(await expanded()).toBe(false);
    await page.locator('summary.menu-toggle').click();
    expect(await expanded()).toBe(true);
    await page.close();
  });

  it('works without JavaScript', async () => {
    const page = await visit.browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.setViewportSize(PHONE);
    await page.goto(`${visit.origin}${base}lien-ket/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.locator('summary.menu-toggle').click();
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    expect(await page.locator('#tim-kiem-dau-trang').isVisible()).toBe(true);
    await page.locator('summary.menu-toggle').click();
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.close();
  });

  it.each([base, `${base}ky-nang-so/dich-vu-cong-truc-tuyen/`, `${base}tim-kiem/`])('%s: axe finds nothing with the menu open, at 100 and 200 percent text', async (path) => {
    for (const percent of [100, 200]) {
      const page = await phonePage(path, percent);
      await page.locator('summary.menu-toggle').click();
      const violations = await axeViolations(page);
      await page.close();
      expect(violations, `${path} at ${percent} %`).toEqual([]);
    }
  });
});
