/** axe-core (WCAG 2.0–2.2 A and AA) over every URL of the sitemap, in headless Chromium. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../support/static-server.ts';
import { SITES } from './build-sites.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { dir, base, site } = SITES.subpath;
const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
paths.push(`${base}khong-co-trang-nay/`);

let browser: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;
let profile: string;

beforeAll(async () => {
  server = await serve(dir, base);
  profile = await mkdtemp(join(tmpdir(), 'cds-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe(`axe on every page (${site}${base})`, () => {
  it('has pages to check', () => {
    expect(paths.length).toBeGreaterThanOrEqual(16);
  });

  it.each(paths)('%s has 0 violations, on a phone and on a desktop', async (path) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}${path}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.close();
      expect(violations, `${path} at ${viewport.width}px`).toEqual([]);
      expect(overflow, `${path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  });
});
