/**
 * A build for a preview address is never silently wrong: `npm run build` warns whoever
 * hosts it, and the banner page tells portal staff the embed snippets will not work. A
 * build for a real address says nothing of the kind.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { PHONE, setBrowserTextSize, sidewaysScroll } from '../../scripts/lib/phone.ts';
import { MANIFEST_FILE } from '../../src/integrations/build-manifest.ts';
import { axeViolations, visitBuiltSite } from '../support/browser.ts';
import type { BuildRun } from '../support/build.ts';
import { textOf } from '../support/html.ts';
import { SITES } from './build-sites.ts';
import { PREVIEW, previewBuild } from './preview-build.ts';

let run: BuildRun;
beforeAll(async () => {
  run = await previewBuild();
}, 300_000);

/** The text as read: textOf() leaves a space where a tag was, before "," or after "(". */
const readable = (html: string) => textOf(html).replace(/ ([,.:;)])/g, '$1').replace(/\( /g, '(');

const WARNING = `CẢNH BÁO: cổng vừa dựng dùng địa chỉ xem thử ${PREVIEW.address}`;

describe('npm run build for the default preview address', () => {
  it('succeeds, and ends with a Vietnamese warning on stderr: what will be wrong and how to fix it', () => {
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    // The last thing on the screen, framed, after whatever Astro printed.
    expect(lines.at(-1)).toMatch(/^─{20,}$/);
    const warning = lines.slice(lines.findIndex((line) => line === WARNING) - 1).join('\n');
    expect(warning).toContain(WARNING);
    for (const consequence of ['mã QR trên tờ in', 'mã nhúng banner', 'sơ đồ trang (sitemap-index.xml)', 'liên kết chuẩn (canonical)', 'Open Graph']) {
      expect(warning).toContain(consequence);
    }
    expect(warning).toContain('ghi địa chỉ thật của cổng vào trường url trong content/site.yaml');
    expect(warning).toContain('  CDS_SITE_URL=https://chuyendoiso.tenmien.gov.vn npm run build');
    // The address came from site.yaml, not from the environment.
    expect(warning).not.toContain('lấy từ biến CDS_SITE_URL');
    expect(run.stdout).not.toContain('CẢNH BÁO');
  });

  it('records the address it was built for, for npm run package', async () => {
    expect(JSON.parse(await readFile(join(PREVIEW.dir, MANIFEST_FILE), 'utf8'))).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
});

describe('npm run build with CDS_SITE_URL=https://…', () => {
  it.each(Object.keys(SITES) as Array<keyof typeof SITES>)('%s: prints no warning about the address', (name) => {
    const { stdout, stderr } = inject('buildOutput')[name];
    expect(stdout).toContain(`(${SITES[name].site}${SITES[name].base})`);
    expect(`${stdout}${stderr}`).not.toMatch(/CẢNH BÁO|địa chỉ xem thử/);
  });
});

describe('the banner page', () => {
  const read = (dir: string) => readFile(join(dir, 'banner/index.html'), 'utf8');

  it('of a preview build warns portal staff, at the top and beside every embed snippet', async () => {
    const html = await read(PREVIEW.dir);
    const text = readable(html);
    expect(text).toContain(
      `Cảnh báo: mã nhúng chưa dùng được trên cổng của bạn Trang này được dựng cho địa chỉ xem thử ${PREVIEW.address}, chỉ mở được trên máy đã dựng trang hoặc trong mạng nội bộ.`,
    );
    expect(text).toContain('Hãy đề nghị người dựng cổng ghi địa chỉ thật của cổng (trường url trong tệp site.yaml) rồi dựng lại.');
    // Before the first thing to copy: right under the lead, above the index and the how-to.
    expect(text.indexOf('Cảnh báo: mã nhúng')).toBeLessThan(text.indexOf('Chọn kích thước'));
    const boxes = [...html.matchAll(/<textarea id="(nhung-[^"]+)" aria-describedby="([^"]+)"/g)];
    expect(boxes.length).toBe([...html.matchAll(/<textarea /g)].length);
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    for (const [, id, describedBy] of boxes) {
      const note = new RegExp(`<p class="embed-warning" id="${describedBy}">([\\s\\S]*?)</p>`).exec(html)?.[1];
      expect(readable(note ?? ''), id).toBe(
        `Chưa dùng được trên cổng của bạn: mã này trỏ tới địa chỉ xem thử ${PREVIEW.address} (xem cảnh báo ở đầu trang).`,
      );
    }
  });

  it('of a build for a real address says nothing of it', async () => {
    for (const { dir } of Object.values(SITES)) {
      const html = await read(dir);
      expect(html).not.toMatch(/xem thử|chưa dùng được|embed-warning|aria-describedby/i);
    }
  });

  it('of a preview build is valid HTML', async () => {
    const report = await new HtmlValidate(config).validateFile(join(PREVIEW.dir, 'banner/index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`))).toEqual([]);
  });
});

describe('the warnings in a browser', () => {
  const visit = visitBuiltSite(PREVIEW.dir, PREVIEW.base);

  it('pass axe on a phone and on a desktop; the snippet box is described by its warning', async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const page = await visit.browser.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${visit.origin}${PREVIEW.base}banner/`, { waitUntil: 'networkidle' });
      expect(await page.getByRole('heading', { name: 'Cảnh báo: mã nhúng chưa dùng được trên cổng của bạn' }).isVisible()).toBe(true);
      const description = await page.locator('#nhung-2025-300x250').evaluate((box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent);
      expect(description).toContain('Chưa dùng được trên cổng của bạn');
      const violations = await axeViolations(page);
      await page.close();
      expect(violations, `at ${viewport.width}px`).toEqual([]);
    }
  });
  it('wrap the preview address on a phone with its text at 200 %, instead of widening the page', async () => {
    const page = await visit.browser.newPage();
    await page.setViewportSize(PHONE);
    await setBrowserTextSize(page, 200);
    await page.goto(`${visit.origin}${PREVIEW.base}banner/`);
    const sideways = await sidewaysScroll(page);
    await page.close();
    expect(sideways).toBeLessThanOrEqual(0);
  });
});
