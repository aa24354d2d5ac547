/**
 * A portal holding many localities' plans: 75 synthetic commune and district plans of one
 * province (scripts/bench/synthetic-plans.ts) added to the shipped content. Long lists
 * split into pages, every plan and activity is on exactly one page of its list, no page
 * grows past 100 KB, and the home page is byte for byte the one built without them.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlans, loadSeedPlans, writePlans, type SyntheticPlan } from '../../scripts/bench/synthetic-plans.ts';
import { ROOT, contentWith } from '../fixtures/content-copy.ts';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { runBuild, TEST_BUILDS } from '../support/build.ts';
import { attributeValues, htmlFiles, readPage, textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';

const out = join(TEST_BUILDS, 'many');
const { base, site } = SITES.root;
const content = await contentWith([]);
const plans: SyntheticPlan[] = generatePlans(75, await loadSeedPlans(join(ROOT, 'content')), 1, ['Hà Tĩnh']);
await writePlans(content, plans);
// Thạch Hà and Đức Thọ are the shipped plans of Hà Tĩnh.
const haTinh = [...plans.map((plan) => plan.id), 'duc-tho-2024', 'thach-ha-2025'];

beforeAll(() => {
  const run = runBuild(out, { CDS_CONTENT_DIR: content, CDS_BASE: base, CDS_SITE_URL: site });
  if (run.status !== 0) throw new Error(`Build with many plans failed:\n${run.stdout}\n${run.stderr}`);
}, 300_000);
afterAll(async () => {
  await rm(content, { recursive: true, force: true });
});

/** Every page of a paginated list, following its "next" links. */
async function pagesOf(path: string): Promise<string[]> {
  const pages = [await readPage(out, path)];
  for (;;) {
    const next = (pages.at(-1) ?? '').match(/<a href="([^"]+)" rel="next"/)?.[1];
    if (!next) return pages;
    pages.push(await readPage(out, next));
  }
}

describe('a portal of many plans', () => {
  it('has the same home page, byte for byte, as without them', async () => {
    const home = await readFile(join(out, 'index.html'));
    expect(home.equals(await readFile(join(SITES.root.dir, 'index.html')))).toBe(true);
  });

  it('has no HTML page over 100 KB', async () => {
    const files = await htmlFiles(out);
    expect(files.length).toBeGreaterThan(200);
    const sizes = await Promise.all(files.map(async (file) => ({ file, bytes: (await readFile(join(out, file))).length })));
    expect(sizes.filter(({ bytes }) => bytes > 100 * 1024)).toEqual([]);
  });

  it("lists a province's plans 30 to a page, each plan once, levels in order", async () => {
    const pages = await pagesOf('/ke-hoach/tinh/ha-tinh/');
    expect(pages).toHaveLength(3);
    expect(textOf(pages[0] ?? '')).toContain('77 kế hoạch của Hà Tĩnh và các địa phương thuộc Hà Tĩnh.');
    expect(textOf(pages[1] ?? '')).toContain('Kế hoạch các cấp – Hà Tĩnh (trang 2/3)');
    const linked = pages.flatMap((html) => attributeValues(html, 'href').filter((href) => /^\/ke-hoach\/(?!tinh\/)[^/]+\/$/.test(href)));
    expect(linked.map((href) => href.slice('/ke-hoach/'.length, -1)).sort()).toEqual([...haTinh].sort());
    // The level links lead to the page (and heading) where each level starts.
    const levels = attributeValues(pages[0] ?? '', 'href').filter((href) => href.includes('#cap-'));
    expect(levels[0]).toBe('/ke-hoach/tinh/ha-tinh/#cap-huyen');
    const commune = levels.find((href) => href.endsWith('#cap-xa')) ?? '';
    const target = await readPage(out, commune.split('#')[0] ?? '');
    expect(target).toMatch(/<h2 id="cap-xa">Cấp xã<\/h2>/);
  });

  it('splits the month calendar into pages of 25, each activity once', async () => {
    const pages = await pagesOf('/lich/tinh/ha-tinh/thang/2024-10/');
    expect(pages.length).toBeGreaterThan(1);
    const total = Number(textOf(pages[0] ?? '').match(/([\d.]+) hoạt động; trang này/)?.[1]?.replace('.', ''));
    const rows = pages.map((html) => html.match(/<tr role="row">/g)?.length ?? 0).map((count) => count - 1);
    expect(rows.slice(0, -1).every((count) => count === 25)).toBe(true);
    expect(rows.reduce((sum, count) => sum + count, 0)).toBe(total);
    // Synthetic plans hold dates as an editor writes them (dd/mm/yyyy).
    const iso = (written: string | undefined) => (written ? written.split('/').reverse().join('-') : undefined);
    const october = plans
      .flatMap((plan) => plan.data.activities)
      .filter((activity) => (iso(activity.start) ?? '9999') <= '2024-10-31' && (iso(activity.end) ?? '0000') >= '2024-10-01');
    expect(total).toBe(october.length + 4); // and the 4 of Đức Thọ's plan that run in October 2024
  });

  it('keeps page navigation short on a long list', async () => {
    const pages = await pagesOf('/lich/thang/2024-10/');
    const last = pages.at(-1) ?? '';
    const links = last.match(/<nav class="pagination[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect((links.match(/<li/g) ?? []).length).toBeLessThanOrEqual(8);
    expect(links).toContain('rel="prev"');
    expect(links).not.toContain('rel="next"');
  });
});

const visit = visitBuiltSite(out, base);

describe('paginated lists in the browser', () => {
  it.each(['/ke-hoach/tinh/ha-tinh/trang-2/', '/lich/tinh/ha-tinh/thang/2024-10/trang-2/'])('%s: axe finds nothing, the current page is marked', async (path) => {
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.pagination a[aria-current="page"]').textContent()).toBe('Trang 2');
    await page.close();
  });
});
