/**
 * The web editor at /admin/ (Sveltia CMS bundled by the site build), opened in Chromium
 * with an English browser language: its UI is Vietnamese, it asks no other host for
 * anything, its first screen passes axe, and it stays out of the sitemap and the search.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { SITES } from './build-sites.ts';

const { dir, base } = SITES.subpath;
const visit = visitBuiltSite(dir, base, { locale: 'en-US' });
const html = await readFile(join(dir, 'admin/index.html'), 'utf8');

interface Opened {
  page: Page;
  requests: string[];
  violations: string[];
  /** Milliseconds from navigation to the first usable screen (its buttons drawn). */
  ready: number;
}

async function openAdmin(): Promise<Opened> {
  const page = await visit.browser.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  const start = Date.now();
  await page.goto(`${visit.origin}${base}admin/`);
  await page.getByRole('button').first().waitFor({ timeout: 60_000 });
  const ready = Date.now() - start;
  await page.waitForLoadState('networkidle');
  return { page, requests, violations, ready };
}

describe('/admin/: the web editor', () => {
  it('speaks Vietnamese to a browser set to English, and asks no other host for anything', async () => {
    const { page, requests, violations, ready } = await openAdmin();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Làm việc với kho mã nguồn cục bộ');
    expect(text).toMatch(/Đăng nhập bằng/);
    expect(text).not.toMatch(/Sign in|Work with Local Repository/i);

    const origin = new URL(visit.origin).origin;
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`));
    expect(elsewhere).toEqual([]);
    // Sveltia checks githubstatus.com on the GitHub login screen: the page's CSP refuses
    // it before any request is made. Nothing else may be refused.
    expect(violations.filter((line) => !line.includes('githubstatus.com'))).toEqual([]);

    // The figures for the closing note: every file /admin/ loads, raw and gzip, and the time.
    const files = [...new Set(requests.filter((url) => url.startsWith(`${origin}${base}`)))];
    let raw = 0;
    let gzip = 0;
    const rows: string[] = [];
    for (const url of files) {
      const path = new URL(url).pathname.slice(base.length);
      const bytes = await readFile(join(dir, path.endsWith('/') || path === '' ? `${path}index.html` : path));
      const zipped = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzip += zipped;
      rows.push(`${path || 'index.html'}\t${bytes.length}\t${zipped}`);
    }
    console.log(`/admin/ loads ${files.length} files, ${raw} bytes raw, ${gzip} bytes gzip; first screen in ${ready} ms\n${rows.join('\n')}`);
    expect(gzip).toBeLessThan(1_500_000);
    await page.close();
  });

  it('axe: 0 violations on the first screen (the login / backend choice)', async () => {
    const { page } = await openAdmin();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has its own CSP: inline styles for the editor, no eval, scripts from the site only', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(/script-src ([^;]+)/.exec(csp)?.[1]).not.toContain('unsafe-inline');
    expect(/connect-src ([^;]+)/.exec(csp)?.[1]?.trim()).toBe("'self' blob: https://api.github.com");
  });

  it('is kept out of search engines, the sitemap and the site search', async () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/admin/');
    expect(sitemap).toContain(`${base}lien-ket/`);
  });

  it('carries the configuration generated from the schemas, for this content folder', () => {
    const json = /<script type="application\/json" id="cau-hinh-bien-tap">([^<]+)<\/script>/.exec(html)?.[1] ?? '{}';
    const config = JSON.parse(json) as { load_config_file: boolean; collections: Array<{ name: string }>; output: object };
    expect(config.load_config_file).toBe(false);
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.collections.map((collection) => collection.name)).toEqual(['cai-dat', 'nam', 'ke-hoach', 'lien-ket', 'huong-dan', 'trang', 'tim-kiem']);
  });
});
