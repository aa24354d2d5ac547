/**
 * The preview server as an editor uses it (`npm run dev`, a browser beside the text
 * editor): a mistake saved in content/ shows in the browser as the same Vietnamese report
 * the build gives (the file, the field or line, the fix) instead of old data or Astro's
 * English overlay; the page comes back by itself once the file is fixed; and the server
 * starts even when the content is already broken.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { axeViolations } from '../support/browser.ts';
import { contentWith, ROOT } from '../fixtures/content-copy.ts';
import { editorEnvironment } from '../support/build.ts';

const PLAN = 'plans/thach-ha-2025.md';
const GUIDE = 'guides/mua-sam-truc-tuyen.mdx';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

interface DevServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `astro dev` on a free port over a content folder, ready once it answers; beside any
 * server the developer has running (--ignore-lock), and in the foreground.
 */
async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    env: { ...editorEnvironment(), CDS_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    if (await fetch(`${origin}/@vite/client`).then((response) => response.ok, () => false)) break;
    if (waited > 60_000) throw new Error(`astro dev did not answer:\n${output}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    origin,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** The page's main heading, waited for: the server answers the first request slowly. */
async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().textContent({ timeout: 60_000 }))?.trim() ?? '';
}

/**
 * Opens a page of the dev server. The error page carries Vite's client, which reloads the
 * page when the server recompiles (it does once or twice in its first seconds, on its own
 * files): a navigation that meets such a reload is aborted or interrupted, so it is made
 * again once.
 */
async function open(page: Page, url: string) {
  try {
    return await page.goto(url, { timeout: 60_000 });
  } catch (error) {
    if (!/net::ERR_ABORTED|interrupted by another navigation/.test(String(error))) throw error;
    return page.goto(url, { timeout: 60_000 });
  }
}

let browser: BrowserContext;
let closeBrowser: () => Promise<void>;
const folders: string[] = [];
beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => {
  await closeBrowser?.();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run dev while an editor works', () => {
  let dir: string;
  let server: DevServer;
  let page: Page;
  let original: string;
  beforeAll(async () => {
    dir = await contentWith([]);
    folders.push(dir);
    original = await readFile(join(dir, PLAN), 'utf8');
    server = await startDevServer(dir);
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await server?.stop();
  });

  it('shows the portal while the content is valid', async () => {
    await page.goto(`${server.origin}/ke-hoach/thach-ha-2025/`, { timeout: 60_000 });
    expect(await heading(page)).toContain('Thạch Hà');
  });

  it('shows a schema mistake in the browser, in Vietnamese, with the file, the field and the fix', async () => {
    await writeFile(join(dir, PLAN), original.replace('level: xa', 'level: phuong'));
    await expect.poll(() => page.reload().then(() => heading(page)), { timeout: 30_000 }).toBe('Nội dung có 1 lỗi, chưa xem thử được trang');
    const text = await page.locator('main').innerText();
    expect(text).toContain(`${PLAN}`);
    expect(text).toContain('Trường locality › level');
    expect(text).toContain('Cấp hành chính "phuong" không hợp lệ. Chỉ nhận: tinh (cấp tỉnh), huyen (cấp huyện), xa (cấp xã).');
    expect(await axeViolations(page)).toEqual([]);
    expect(server.output()).toContain('Cấp hành chính "phuong" không hợp lệ.');
  });

  it('comes back by itself once the file is fixed', async () => {
    // No reload from the test: the error page reloads itself.
    await writeFile(join(dir, PLAN), original);
    await expect.poll(() => heading(page), { timeout: 30_000 }).toContain('Thạch Hà');
    expect(server.output()).toContain('Nội dung hợp lệ.');
  });

  it('shows a YAML mistake the same way, at its line, and the new text once fixed', async () => {
    await writeFile(join(dir, PLAN), original.replace('year: 2025', 'year: 2025\n  nam: 2025'));
    await expect.poll(() => page.reload().then(() => heading(page)), { timeout: 30_000 }).toBe('Nội dung có 1 lỗi, chưa xem thử được trang');
    expect(await page.locator('main').innerText()).toContain('Dòng 9 thụt lề không đúng');
    await writeFile(join(dir, PLAN), original.replace('trên địa bàn xã Thạch Hà, năm 2025', 'trên địa bàn xã Thạch Hà (bản sửa), năm 2025'));
    await expect.poll(() => heading(page), { timeout: 30_000 }).toContain('(bản sửa)');
  });

  it('shows an MDX mistake in Vietnamese at its line, not Astro’s English overlay, and recovers', async () => {
    await page.goto(`${server.origin}/ky-nang-so/mua-sam-truc-tuyen/`, { timeout: 60_000 });
    expect(await heading(page)).toBe('Mua sắm trực tuyến an toàn');
    const guide = await readFile(join(dir, GUIDE), 'utf8');
    await writeFile(join(dir, GUIDE), guide.replace('rồi nhận hàng tại nhà.', 'rồi nhận hàng tại {nha}.'));
    await expect.poll(() => page.reload().then(() => heading(page)), { timeout: 30_000 }).toBe('Nội dung có 1 lỗi, chưa xem thử được trang');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Trường nội dung › dòng 34');
    expect(text).toContain('Muốn viết chính dấu ngoặc nhọn, viết \\{nha\\}');
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await writeFile(join(dir, GUIDE), guide);
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Mua sắm trực tuyến an toàn');
  });
});

describe('npm run dev started on broken content', () => {
  let server: DevServer;
  let page: Page;
  let dir: string;
  beforeAll(async () => {
    dir = await contentWith([{ file: 'years/2023.yaml', find: 'year: 2023', replace: 'year: 2023\n  bad: [' }]);
    folders.push(dir);
    server = await startDevServer(dir);
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await server?.stop();
  });

  it('starts, and shows the mistake on every page', async () => {
    // Each page in a tab of its own, so a reload of the one before cannot cut in.
    for (const path of ['/', '/nam/2023/', '/ky-nang-so/']) {
      const tab = await browser.newPage();
      const response = await open(tab, `${server.origin}${path}`);
      expect(response?.status()).toBe(500);
      expect(await heading(tab)).toBe('Nội dung có 1 lỗi, chưa xem thử được trang');
      expect(await tab.locator('main').innerText()).toContain('years/2023.yaml');
      await tab.close();
    }
    await open(page, `${server.origin}/`);
    expect(server.output()).not.toMatch(/DataCollectionEntryParseError|Stack trace/);
  });

  it('shows the portal, with the year, once the file is fixed', async () => {
    await writeFile(join(dir, 'years/2023.yaml'), await readFile(join(ROOT, 'content/years/2023.yaml')));
    await expect.poll(() => heading(page), { timeout: 30_000 }).not.toBe('Nội dung có 1 lỗi, chưa xem thử được trang');
    await page.goto(`${server.origin}/nam/2023/`, { timeout: 60_000 });
    expect(await heading(page)).toContain('2023');
  });
});
