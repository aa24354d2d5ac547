/**
 * The web editor at /admin/ (Sveltia CMS bundled by the site build), opened in Chromium
 * with an English browser language: its UI is Vietnamese, it asks no other host for
 * anything, its first screen passes axe, and it stays out of the sitemap and the search.
 * Then an editing session on Sveltia's test-repo backend, which keeps the repository in
 * the browser's private file system (OPFS, folder "sveltia-cms-test"): the test copies
 * content/ there, edits through the UI (a slogan, an activity, a link, a guide's step, a
 * new year), saves, and reads the files back: each differs from the original only in the
 * lines edited (the house style, src/lib/cms/house-yaml.ts). On the way it reads the
 * previews (the portal's own markup) and the help link.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { DATE_MESSAGE } from '../../src/lib/cms/fields.ts';
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
    expect(gzip).toBeLessThan(1_600_000);
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
    expect(/connect-src ([^;]+)/.exec(csp)?.[1]?.trim()).toMatch(/^'self' blob: data: https:\/\/api\.github\.com$/);
    expect(/manifest-src ([^;]+)/.exec(csp)?.[1]?.trim()).toBe("'self' blob:");
    expect(/frame-src ([^;]+)/.exec(csp)?.[1]?.trim()).toBe("'self' blob:");
  });

  it('is kept out of search engines, the sitemap and the site search', async () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/admin/');
    expect(sitemap).toContain(`${base}lien-ket/`);
  });

  it('has its help inside: content/README.md at /admin/tro-giup/, linked from every collection, noindex, axe-clean', async () => {
    const help = await readFile(join(dir, 'admin/tro-giup/index.html'), 'utf8');
    expect(help).toContain('<meta name="robots" content="noindex">');
    expect(help).not.toContain('rel="canonical"');
    expect(help).not.toContain('data-pagefind-body');
    const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('tro-giup');
    const page = await visit.browser.newPage();
    await page.goto(`${visit.origin}${base}admin/tro-giup/`);
    expect(await page.locator('h1').innerText()).toBe('Hướng dẫn biên tập nội dung');
    expect(await page.getByRole('heading', { name: '10. Trình biên tập trên trình duyệt (/admin/)' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Về trình biên tập' }).getAttribute('href')).toBe(`${base}admin/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('carries the configuration generated from the schemas, for this content folder', () => {
    const json = /<script type="application\/json" id="cau-hinh-bien-tap">([^<]+)<\/script>/.exec(html)?.[1] ?? '{}';
    const config = JSON.parse(json) as { load_config_file: boolean; collections: Array<{ name: string }>; output: object };
    expect(config.load_config_file).toBe(false);
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.collections.map((collection) => collection.name)).toEqual(['cai-dat', 'nam', 'ke-hoach', 'lien-ket', 'huong-dan', 'trang', 'tim-kiem']);
  });
});

const ROOT = new URL('../../', import.meta.url).pathname;
const TEXT = /\.(ya?ml|mdx?)$/;

async function contentFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(join(ROOT, 'content'), { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(ROOT.length);
    if (entry.isFile() && TEXT.test(entry.name) && path !== 'content/README.md') files[path] = await readFile(join(ROOT, path), 'utf8');
  }
  return files;
}

/** The repository Sveltia's test-repo backend reads: content/ copied into OPFS. */
async function seedOpfs(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('sveltia-cms-test', { recursive: true }).catch(() => undefined);
    const top = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = top;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

async function readOpfs(page: Page, paths: string[]): Promise<Record<string, string>> {
  return page.evaluate(async (paths) => {
    const top = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const out: Record<string, string> = {};
    for (const path of paths) {
      const parts = path.split('/');
      let dir = top;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      out[path] = await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    }
    return out;
  }, paths);
}

/** Lines only in one of the two texts, counted (a line twice in one and once in the other is one change). */
function changed(before: string, after: string): { removed: string[]; added: string[] } {
  const minus = (from: string[], other: string[]) => {
    const left = [...other];
    return from.filter((line) => {
      const at = left.indexOf(line);
      if (at < 0) return true;
      left.splice(at, 1);
      return false;
    });
  };
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: minus(a, b), added: minus(b, a) };
}

/** Puts the caret right after `text` in the rich-text editor (Lexical follows the selection). */
async function caretAfter(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const root = document.querySelector<HTMLElement>('[contenteditable="true"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + needle.length);
      range.collapse(true);
      root.focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`Not in the editor: ${needle}`);
  }, text);
}

/**
 * The last field of that role and name, scrolling the form down until Sveltia has drawn
 * it (it draws the fields of a long list only as they come into view).
 */
async function field(page: Page, role: 'textbox' | 'combobox', name: string | RegExp) {
  for (let step = 0; step < 15; step += 1) {
    const found = page.getByRole(role, { name }).last();
    if ((await found.count()) > 0) return found;
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(200);
  }
  throw new Error(`No ${role} "${String(name)}"`);
}

/** Saves; Sveltia then closes the entry and shows its collection (wait for that before moving on). */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.waitForURL((url) => !url.hash.includes('/entries/'), { timeout: 30_000 });
}

async function textBoxHolding(page: Page, value: string) {
  const boxes = page.locator('input:visible, textarea:visible');
  for (let i = 0; i < (await boxes.count()); i += 1) if ((await boxes.nth(i).inputValue()) === value) return boxes.nth(i);
  throw new Error(`No text box holds "${value}"`);
}

/** The text of the editor's preview pane (an iframe of its own) once it shows `needle`. */
async function previewText(page: Page, needle: string): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < 60; attempt += 1) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      last = await frame.evaluate(() => document.querySelector('main')?.innerText ?? '').catch(() => '');
      if (last.includes(needle)) return last;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`The preview never showed "${needle}"; last seen: ${last.slice(0, 300)}`);
}

describe('/admin/: an editing session (test-repo backend in OPFS)', () => {
  it('edits a slogan, an activity table, the links and a guide; refuses an invalid date; writes files the content check accepts', async () => {
    const files = await contentFiles();
    const page = await visit.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${visit.origin}${base}`);
    await seedOpfs(page, files);
    // The same built page, with the test backend instead of the Git host.
    await page.route('**/admin/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/"backend":\{[^}]*\}/, '"backend":{"name":"test-repo"}');
      await route.fulfill({ response, body });
    });
    const admin = `${visit.origin}${base}admin/`;
    await page.goto(admin);
    await page.getByRole('button').first().click();
    await page.getByText('Kế hoạch').first().waitFor();

    // 1. A year's slogan.
    const year = 'content/years/2025.yaml';
    const slogan = 'Toàn dân, toàn diện, không ai bị bỏ lại phía sau';
    await page.goto(`${admin}#/collections/nam/entries/2025`);
    await page.getByRole('button', { name: 'Mở rộng tất cả' }).first().click();
    await (await textBoxHolding(page, slogan)).fill(`${slogan}!`);
    await save(page);
    await expect.poll(async () => (await readOpfs(page, [year]))[year]).toContain(`${slogan}!`);

    // 2. An activity with dates, the first time with a day that does not exist.
    const plan = 'content/plans/thach-ha-2025.md';
    await page.goto(`${admin}#/collections/ke-hoach/entries/thach-ha-2025`);
    await page.getByRole('button', { name: /Thêm.*Bảng hoạt động/ }).click();
    await page.getByRole('textbox', { name: 'Nhiệm vụ' }).last().fill('Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng');
    await page.getByRole('button', { name: /Thêm.*Đơn vị chủ trì/ }).last().click();
    await page.getByRole('textbox', { name: 'Đơn vị' }).last().fill('Ủy ban nhân dân xã');
    await page.getByRole('textbox', { name: /Thời gian/ }).last().fill('Tháng 10/2025');
    await page.getByRole('textbox', { name: 'Từ ngày' }).last().fill('31/09/2025');
    await page.getByRole('textbox', { name: 'Đến ngày' }).last().fill('15/10/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(DATE_MESSAGE).first().waitFor();
    expect((await readOpfs(page, [plan]))[plan]).toBe(files[plan]);
    await page.getByRole('textbox', { name: 'Từ ngày' }).last().fill('01/10/2025');
    await save(page);
    await expect.poll(async () => (await readOpfs(page, [plan]))[plan]).toContain('Tập huấn kỹ năng số');

    // 3. A link, at the end of links.yaml's top-level list.
    const links = 'content/links.yaml';
    await page.goto(`${admin}#/collections/lien-ket/entries/links`);
    await page.getByRole('button', { name: /^Thêm.*Nền tảng, trang web chính thức/ }).last().click();
    await (await field(page, 'textbox', /^Mã/)).fill('cong-thong-tin-xa');
    await (await field(page, 'textbox', /^Tên nền tảng/)).fill('Cổng thông tin điện tử xã Thạch Hà');
    await (await field(page, 'textbox', /^Địa chỉ web chính thức/)).fill('https://thachha.hatinh.gov.vn/');
    await (await field(page, 'combobox', /^Loại/)).click();
    await page.getByRole('option', { name: /^Dịch vụ công trực tuyến/ }).first().click();
    await (await field(page, 'textbox', /^Mô tả/)).fill('Tin tức, thủ tục hành chính và lịch tiếp công dân của xã.');
    await page.mouse.wheel(0, 800);
    await page.getByRole('button', { name: /^Thêm.*Nguồn/ }).last().click();
    await (await field(page, 'textbox', /^Tên văn bản/)).fill('Cổng thông tin điện tử xã Thạch Hà (trang công khai)');
    await save(page);
    await expect.poll(async () => (await readOpfs(page, [links]))[links]).toContain('cong-thong-tin-xa');

    // 4. A sentence in a guide's steps, inside the <Steps> component, beside bold text.
    const guide = 'content/guides/dich-vu-cong-truc-tuyen.mdx';
    await page.goto(`${admin}#/collections/huong-dan/entries/dich-vu-cong-truc-tuyen`);
    await page.locator('[contenteditable="true"]').first().waitFor();
    await caretAfter(page, 'Đọc lại từng ô trước khi sang bước sau.');
    await page.keyboard.type(' Hỏi cán bộ nếu chưa rõ.');
    await save(page);
    await expect.poll(async () => (await readOpfs(page, [guide]))[guide]).toContain('Hỏi cán bộ nếu chưa rõ.');

    // 5. Previews drawn as the portal's pages: the plan's table with the new row, the guide's heading.
    await page.goto(`${admin}#/collections/ke-hoach/entries/thach-ha-2025`);
    const planPreview = await previewText(page, 'Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng');
    expect(planPreview).toContain('Cơ quan ban hành\nUBND xã Thạch Hà');
    expect(planPreview).toMatch(/01\/10 – 15\/10\/2025\s+Văn bản ghi: Tháng 10\/2025\s+Tập huấn kỹ năng số/);
    await page.screenshot({ path: join(tmpdir(), 'cds-admin-plan-preview.png') });
    await page.goto(`${admin}#/collections/huong-dan/entries/dich-vu-cong-truc-tuyen`);
    const guidePreview = await previewText(page, 'Hỏi cán bộ nếu chưa rõ.');
    expect(guidePreview).toMatch(/^Sử dụng dịch vụ công trực tuyến\n+Kỹ năng 1\/5 · Cập nhật \d{2}\/\d{2}\/\d{4}\n/);
    expect(guidePreview).toContain('Hướng dẫn này dành cho ai');
    await page.screenshot({ path: join(tmpdir(), 'cds-admin-guide-preview.png') });

    // 6. A new year ("Tạo mới" in Chủ đề các năm), its theme not yet announced.
    const newYear = 'content/years/2026.yaml';
    await page.goto(`${admin}#/collections/nam/new`);
    await page.getByRole('spinbutton', { name: /^Năm/ }).first().fill('2026');
    await save(page);
    await expect.poll(async () => (await readOpfs(page, [newYear]).catch(() => ({}) as Record<string, string>))[newYear]).toBeDefined();

    // 6. The help, linked at the head of every collection.
    await page.goto(`${admin}#/collections/ke-hoach`);
    await page.getByRole('link', { name: 'Trợ giúp' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Trợ giúp' }).first().getAttribute('href')).toBe(`${base}admin/tro-giup/`);

    const saved = await readOpfs(page, [year, plan, links, guide, newYear]);
    await page.close();

    expect(changed(files[year]!, saved[year]!)).toEqual({
      removed: [`  - text: ${slogan}`],
      added: [`  - text: ${slogan}!`],
    });
    expect(changed(files[plan]!, saved[plan]!)).toEqual({
      removed: [],
      added: [
        '  - task: Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng',
        '    lead: [Ủy ban nhân dân xã]',
        '    period: Tháng 10/2025',
        '    start: 01/10/2025',
        '    end: 15/10/2025',
      ],
    });
    expect(changed(files[links]!, saved[links]!)).toEqual({
      removed: [],
      added: [
        '- id: cong-thong-tin-xa',
        '  name: Cổng thông tin điện tử xã Thạch Hà',
        '  url: https://thachha.hatinh.gov.vn/',
        '  kind: dich-vu-cong',
        '  description: Tin tức, thủ tục hành chính và lịch tiếp công dân của xã.',
        '  sources:',
        '    - title: Cổng thông tin điện tử xã Thạch Hà (trang công khai)',
        '', // the blank line between two links, as in the rest of the file
      ],
    });
    const step = '4. **Điền tờ khai.** Chọn nộp hồ sơ trực tuyến. Một số thông tin của bạn có thể đã được điền sẵn từ tài khoản định danh. Điền các ô còn trống, nhất là các ô bắt buộc. Đọc lại từng ô trước khi sang bước sau.';
    // The rich-text editor writes the body back with a blank line after <Prepare> and
    // <Steps>: the only whitespace it adds. The figures, <Quiz>/<Question text="…">,
    // <HelpLine …>, imports and bold text come back as they were.
    const guideChange = changed(files[guide]!, saved[guide]!);
    expect(guideChange.removed).toEqual([step]);
    expect(guideChange.added.filter((line) => line !== '')).toEqual([`${step} Hỏi cán bộ nếu chưa rõ.`]);
    expect(saved[guide]).toContain('<Steps>');
    expect(saved[guide]!.match(/\*\*[^*]+\*\*/g)).toEqual(files[guide]!.match(/\*\*[^*]+\*\*/g));
    // The theme and day not yet announced: written blank, as `npm run nam-moi` writes them.
    expect(saved[newYear]).toBe('year: 2026\n\ntheme:\n  text:\n  sources: []\n\nday:\n  date:\n  sources: []\n');
    // Dates stay dd/mm/yyyy.
    for (const text of Object.values(saved)) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

    // The files as written pass the content check.
    const copy = await mkdtemp(join(tmpdir(), 'cds-admin-'));
    try {
      await cp(join(ROOT, 'content'), join(copy, 'content'), { recursive: true });
      for (const [path, text] of Object.entries(saved)) await writeFile(join(copy, path), text);
      const { problems } = await checkContent(copy, 'content');
      expect(problems).toEqual([]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
