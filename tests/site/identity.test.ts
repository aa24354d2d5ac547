/**
 * A portal with a logo (one build, under a sub-path): the header shows it with its alt
 * text beside the owning agency, the favicons are made from it, and the share images
 * carry it while the other banners stay as they were.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { AGENCY, contentWithFiles, LOGO_ALT, logoEdit, logoPng } from '../fixtures/logos.ts';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { runBuild, TEST_BUILDS, type BuildRun } from '../support/build.ts';
import { attributeValues, readPage } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const out = join(TEST_BUILDS, 'bieu-trung');
const base = '/cds/';
let dir = '';
let run: BuildRun;

beforeAll(async () => {
  dir = await contentWithFiles({ 'hinh/bieu-trung.png': await logoPng(300) }, [logoEdit('hinh/bieu-trung.png')]);
  run = runBuild(out, { CDS_CONTENT_DIR: dir, CDS_BASE: base, CDS_SITE_URL: SITES.subpath.site });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file of the build from its URL path. */
const fileAt = (path: string) => readFile(join(out, path.slice(base.length)));

describe('a portal with a logo', () => {
  it('builds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('shows the logo, with its alt text and size, and the owning agency in the home link', async () => {
    const home = await readPage(out, '/');
    const brand = /<a class="site-title site-brand" href="\/cds\/">([\s\S]*?)<\/a>/.exec(home)?.[1] ?? '';
    const img = /<img [^>]*>/.exec(brand)?.[0] ?? '';
    expect(attributeValues(img, 'alt')).toEqual([LOGO_ALT]);
    const [src] = attributeValues(img, 'src');
    expect(src).toMatch(/^\/cds\/bieu-trung\/logo-[0-9a-f]{10}\.png$/);
    const meta = await sharp(await fileAt(src ?? '')).metadata();
    expect([meta.format, `${meta.width}`, `${meta.height}`]).toEqual(['png', ...attributeValues(img, 'width'), ...attributeValues(img, 'height')]);
    expect(brand).toContain(`<span class="site-agency">${AGENCY}</span>`);
  });

  it('makes the favicons from it, linked under the sub-path', async () => {
    const home = await readPage(out, '/ke-hoach/');
    expect(home).not.toContain('favicon.svg');
    const icon = /<link rel="icon" href="([^"]+)" sizes="32x32" type="image\/png">/.exec(home)?.[1];
    const touch = /<link rel="apple-touch-icon" href="([^"]+)">/.exec(home)?.[1];
    for (const [href, size] of [[icon, 32], [touch, 180]] as const) {
      expect(href).toMatch(/^\/cds\/bieu-trung\/[a-z0-9-]+\.png$/);
      const meta = await sharp(await fileAt(href ?? '')).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });

  it('puts it on the share images only: web banners are the bytes they were', async () => {
    const banner = (site: string, file: string) => readFile(join(site, 'banner/2025', file));
    for (const file of ['og.png', 'vuong.png']) {
      const [withLogo, without] = await Promise.all([banner(out, file), banner(SITES.subpath.dir, file)]);
      expect(withLogo.equals(without), file).toBe(false);
      expect((await sharp(withLogo).metadata()).width).toBe((await sharp(without).metadata()).width);
    }
    expect((await banner(out, '728x90.png')).equals(await banner(SITES.subpath.dir, '728x90.png'))).toBe(true);
    const card = (site: string) => readFile(join(site, 'banner/huong-dan/mua-sam-truc-tuyen.png'));
    expect((await card(out)).equals(await card(SITES.subpath.dir))).toBe(false);
  });

  it('valid HTML', async () => {
    const report = await new HtmlValidate(config).validateFile(join(out, 'index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.message}`))).toEqual([]);
  });
});

describe('the header with a logo on a phone', () => {
  const visit = visitBuiltSite(out, base);

  it('loads the logo from the site itself, 2rem high, in one row with the name; axe finds nothing', async () => {
    const page = await visit.browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== visit.origin) elsewhere.push(request.url());
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${visit.origin}${base}`, { waitUntil: 'networkidle' });
    const shown = await page.evaluate(() => {
      const logo = document.querySelector<HTMLImageElement>('.site-logo')!;
      const name = document.querySelector('.site-name')!.getBoundingClientRect();
      const box = logo.getBoundingClientRect();
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      return {
        loaded: logo.complete && logo.naturalWidth > 0,
        height: box.height / rem,
        besideName: box.right <= name.left,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(shown).toEqual({ loaded: true, height: 2, besideName: true, overflow: 0 });
    expect(await axeViolations(page)).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
