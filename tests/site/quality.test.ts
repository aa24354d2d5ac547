/**
 * The quality bar over the whole built site: keyboard, display controls, CSP and no
 * inline handlers, valid HTML, reproducible builds, no web fonts, and the size budgets.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { BUDGETS, measurePages } from '../../scripts/lib/page-weight.ts';
import { visitBuiltSite } from '../support/browser.ts';
import { htmlFiles } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const { dir, base } = SITES.subpath;
const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
const visit = visitBuiltSite(dir, base);

describe('keyboard walk', () => {
  it.each(paths)('%s: the skip link comes first, and every stop is visible with a visible focus', async (path) => {
    const page = await visit.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${visit.origin}${path}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    const seen = new Set<string>();
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          key: `${element.tagName}:${element.getAttribute('href') ?? element.id ?? ''}:${box.x},${box.y}`,
          visible: box.width > 0 && box.height > 0,
          focusShown: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
      if (!stop || seen.has(stop.key)) break;
      seen.add(stop.key);
      expect(stop.visible, `${path}: ${stop.key}`).toBe(true);
      expect(stop.focusShown, `${path}: ${stop.key}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(0);
    await page.close();
  });
});

describe('text size and contrast', () => {
  it('three text sizes and high contrast, remembered on the next page', async () => {
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}`);
    const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.click('button[data-co-chu="1"]');
    const large = await size();
    await page.click('button[data-co-chu="2"]');
    const larger = await size();
    expect(normal).toBeLessThan(large);
    expect(large).toBeLessThan(larger);
    await page.click('button[data-tuong-phan]');
    expect(await page.getAttribute('button[data-tuong-phan]', 'aria-pressed')).toBe('true');
    await page.goto(`${visit.origin}${base}lich/`);
    expect(await size()).toBe(larger);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await page.getAttribute('button[data-co-chu="2"]', 'aria-pressed')).toBe('true');
    await page.click('button[data-co-chu="0"]');
    await page.click('button[data-tuong-phan]');
    await page.reload();
    expect(await size()).toBe(normal);
    await page.close();
  });

  it('applies the saved choice before the page is drawn: the script runs in <head>, before the body', async () => {
    for (const file of await htmlFiles(dir)) {
      const html = await readFile(join(dir, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, file).toContain("localStorage.getItem('cds-co-chu')");
    }
  });
});

describe('security headers in the pages', () => {
  it('every page has a strict Content-Security-Policy, no inline event handler, and a referrer policy', async () => {
    for (const file of await htmlFiles(dir)) {
      const html = await readFile(join(dir, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).toContain("object-src 'none'");
      expect(csp, file).not.toContain('unsafe-inline');
      expect(csp, file).not.toContain("'unsafe-eval'");
      expect(html, file).not.toMatch(/\son[a-z]+="/i);
      expect(html, file).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
    }
  });

  it('links to other sites are marked and cannot reach back into the page', async () => {
    const html = await readFile(join(dir, 'lien-ket/index.html'), 'utf8');
    const external = [...html.matchAll(/<a href="(https?:[^"]+)"([^>]*)>/g)];
    expect(external.length).toBeGreaterThan(5);
    for (const [, href, rest] of external) {
      expect(rest, href).toContain('rel="external noopener"');
      expect(rest, href).not.toContain('target=');
    }
    expect(html).toContain('<span class="visually-hidden"> (trang web bên ngoài)</span>');
  });
});

describe('valid HTML', () => {
  it('html-validate: 0 errors on every page', async () => {
    const validator = new HtmlValidate(config);
    const problems: string[] = [];
    for (const file of await htmlFiles(dir)) {
      const report = await validator.validateFile(join(dir, file));
      for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('weight', () => {
  it('no page downloads a web font; banners carry their own', async () => {
    for (const file of await htmlFiles(dir)) expect(await readFile(join(dir, file), 'utf8'), file).not.toMatch(/\.woff2?|@font-face|fonts\.googleapis/);
  });

  it('no page view fetches a script, but the search page its own small one', async () => {
    const withScripts: string[] = [];
    for (const file of await htmlFiles(dir)) {
      if (/<script[^>]* src="/.test(await readFile(join(dir, file), 'utf8'))) withScripts.push(file);
    }
    // The copy buttons and the profile-picture tool are small enough for Astro to inline
    // (allowed by their CSP hashes); search loads Pagefind itself only on focus.
    expect(withScripts).toEqual(['tim-kiem/index.html']);
  });

  it('each kind of page stays within its budget (gzip, without images and search data)', async () => {
    const pages = await measurePages(dir, base);
    for (const page of pages) expect(page.gzip, `${page.path} (${page.kind})`).toBeLessThanOrEqual(BUDGETS[page.kind]);
    expect(pages.some((page) => page.kind === 'home')).toBe(true);
  });
});
