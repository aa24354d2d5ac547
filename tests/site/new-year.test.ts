/**
 * A year started with `npm run nam-moi -- 2026` and nothing announced yet, built through
 * `npm run build`'s own script: every page, banner, feed and data file that takes a year
 * says "chưa công bố" or leaves the theme out, and none borrows another year's theme. The
 * editor has also moved defaultYear to it (their call, which the command leaves to them),
 * so the home page and the shared image show a year without a theme too.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { ROOT, contentWith } from '../fixtures/content-copy.ts';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import { editorEnvironment, runBuild, TEST_BUILDS, type BuildRun } from '../support/build.ts';
import { readPage, textOf } from '../support/html.ts';

const out = join(TEST_BUILDS, 'nam-moi');
const { content } = await checkContent(ROOT);
/** The themes and slogans of the shipped years: none may show up as 2026's. */
const otherThemes = content.years.flatMap(({ data }) => (data.theme ? [data.theme.text] : []));
const otherYears = [...otherThemes, ...content.years.flatMap(({ data }) => data.slogans.map((slogan) => slogan.text))];

let dir: string;
let script: { status: number | null; stdout: string; stderr: string };
let run: BuildRun;
beforeAll(async () => {
  dir = await contentWith([]);
  script = spawnSync(process.execPath, ['scripts/new-year.ts', '2026'], { cwd: ROOT, env: { ...editorEnvironment(), CDS_CONTENT_DIR: dir }, encoding: 'utf8' });
  const site = join(dir, 'site.yaml');
  await writeFile(site, (await readFile(site, 'utf8')).replace('defaultYear: 2025', 'defaultYear: 2026'));
  run = runBuild(out, { CDS_CONTENT_DIR: dir, CDS_SITE_URL: 'https://cds.test' });
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

const page = async (path: string) => textOf(await readPage(out, path));

describe('a year whose theme is not announced yet', () => {
  it('is started by the command and builds without a word of warning', () => {
    expect(script.stderr).toBe('');
    expect(script.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('year page: theme, day and slogans "chưa công bố", nothing borrowed', async () => {
    const html = await readPage(out, '/nam/2026/');
    const text = textOf(html);
    expect(text).toContain('Ngày Chuyển đổi số quốc gia năm 2026');
    expect(text).toContain('Chủ đề năm 2026: chưa công bố');
    expect(text).toContain('Ngày Chuyển đổi số quốc gia năm 2026: chưa công bố');
    expect(text).toContain('Khẩu hiệu năm 2026: chưa công bố');
    for (const fact of otherYears) expect(text).not.toContain(fact);
    expect(html).toContain('<meta name="description" content="Chủ đề năm 2026: chưa công bố">');
    expect(html).toContain('<meta property="og:image" content="https://cds.test/banner/2026/og.png">');
    expect(html).toContain('<meta property="og:image:alt" content="Chào mừng Ngày Chuyển đổi số quốc gia năm 2026">');
  });

  it('home page (defaultYear: 2026) and the list of years say so too', async () => {
    const home = await page('/');
    // The countdown sits between (built as of 05/10/2024, CDS_TODAY).
    expect(home).toMatch(/Năm 2026 .*Chủ đề năm 2026: chưa công bố Chủ đề sẽ được đăng ở đây khi có văn bản công bố\. Khẩu hiệu năm 2026: chưa công bố/);
    // The home page also lists other years' activities, which may quote their slogans: themes only.
    for (const theme of otherThemes) expect(home).not.toContain(theme);
    const years = await page('/nam/');
    expect(years).toContain('Năm 2026 Chủ đề năm 2026: chưa công bố Ngày Chuyển đổi số quốc gia: chưa công bố Năm 2025 “Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn”');
  });

  it('has its banner kit without a theme, and the gallery says why', async () => {
    const gallery = await page('/banner/');
    expect(gallery).toContain('Chủ đề năm 2026: chưa công bố. Banner năm 2026 chỉ mang lời chào, chưa có chủ đề.');
    expect(gallery).toContain('alt="Chào mừng Ngày Chuyển đổi số quốc gia năm 2026"');
    for (const [file, width, height] of [['og.png', 1200, 630], ['728x90.png', 728, 90], ['khung-anh-dai-dien.png', 1080, 1080], ['phuon.png', 1000, 3000]] as const) {
      expect(await sharp(await readFile(join(out, 'banner/2026', file))).metadata(), file).toMatchObject({ format: 'png', width, height });
    }
    // The other years' kits are as before: the theme is on them.
    expect(gallery).toContain('Chủ đề: Chuyển đổi số: nhanh hơn, hiệu quả hơn, gần dân hơn');
  });

  it('open data: theme and day null, valid against the published schema', async () => {
    const data = JSON.parse(await readFile(join(out, 'du-lieu/nam.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(data.find((year) => year.year === 2026)).toEqual({
      year: 2026,
      url: 'https://cds.test/nam/2026/',
      theme: null,
      themeSources: [],
      slogans: [],
      day: null,
      campaigns: [],
      movements: [],
    });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(join(out, 'du-lieu/nam.schema.json'), 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('calendar: the year’s feed is a valid, empty calendar', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await readFile(join(out, 'nam/2026/lich.ics'), 'utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ngày Chuyển đổi số quốc gia – năm 2026');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('in a browser', () => {
  const visit = visitBuiltSite(out, '/');

  it.each(['/nam/2026/', '/', '/banner/'])('%s passes axe', async (path) => {
    const tab = await visit.browser.newPage();
    await tab.goto(`${visit.origin}${path}`);
    const violations = await axeViolations(tab);
    await tab.close();
    expect(violations).toEqual([]);
  });

  it('search finds the year’s page, described as "chưa công bố"', async () => {
    const tab = await visit.browser.newPage();
    await tab.goto(`${visit.origin}/tim-kiem/?q=${encodeURIComponent('chu de nam 2026')}`);
    await tab.waitForSelector('#trang-thai[data-xong]', { state: 'attached' });
    const first = tab.locator('#ket-qua li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/nam/2026/');
    expect(await first.textContent()).toContain('Chủ đề năm 2026: chưa công bố');
    await tab.close();
  });
});
