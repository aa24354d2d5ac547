/**
 * What editors' machines write that is not a mistake, built through `npm run build`'s own
 * script in one build: a BOM (Notepad), Windows line ends (CRLF), text in NFD (some
 * keyboards and macOS tools), dates written yyyy-mm-dd, spaces after a front matter's
 * "---". All of it is published as if typed
 * plainly: text in NFC everywhere, bodies too (Astro renders Markdown and MDX bodies from
 * the files themselves: without src/integrations/nfc-markdown.ts the page would hold NFD
 * text and heading anchors different from those of the same heading typed in NFC), and
 * dates as dd/mm/yyyy.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith } from '../fixtures/content-copy.ts';
import { runBuild, TEST_BUILDS, type BuildRun } from '../support/build.ts';
import { readPage, textOf } from '../support/html.ts';

const out = join(TEST_BUILDS, 'nfd');
const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
const crlf = (text: string) => utf8(text.replace(/\n/g, '\r\n'));
const nfd = (text: string) => utf8(text.normalize('NFD'));

let dir: string;
let run: BuildRun;
beforeAll(async () => {
  dir = await contentWith([
    { file: 'site.yaml', encode: bom },
    { file: 'plans/thach-ha-2025.md', encode: bom },
    { file: 'links.yaml', encode: crlf },
    { file: 'guides/thanh-toan-truc-tuyen.mdx', encode: (text) => bom(text.replace(/\n/g, '\r\n')) },
    { file: 'pages/gioi-thieu.md', encode: nfd },
    { file: 'guides/dich-vu-cong-truc-tuyen.mdx', find: 'updated: 02/12/2026', replace: 'updated: 2026-12-02', encode: nfd },
    { file: 'plans/hau-giang-2024.md', find: 'date: 07/06/2024', replace: 'date: 2024-06-07' },
    // Spaces after the front matter's closing "---", and a tab after the opening one.
    { file: 'plans/son-duong-2022.md', find: /\n---\n/, replace: '\n---  \n' },
    { file: 'guides/mua-sam-truc-tuyen.mdx', find: /^---\n/, replace: '---\t\n' },
  ]);
  run = runBuild(out, { CDS_CONTENT_DIR: dir, CDS_SITE_URL: 'https://cds.test' });
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('content as editors’ machines save it', () => {
  it('builds without a word of warning', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('publishes NFD text in NFC, with the anchors of NFC headings', async () => {
    for (const path of ['/gioi-thieu/', '/ky-nang-so/dich-vu-cong-truc-tuyen/', '/ky-nang-so/dich-vu-cong-truc-tuyen/to-roi/']) {
      const html = await readPage(out, path);
      expect(html.normalize('NFC') === html, path).toBe(true);
    }
    const about = await readPage(out, '/gioi-thieu/');
    expect(about).toContain('<h2 id="ngày-chuyển-đổi-số-quốc-gia">Ngày Chuyển đổi số quốc gia</h2>');
    const guide = await readPage(out, '/ky-nang-so/dich-vu-cong-truc-tuyen/');
    expect(guide).toContain('id="cần-chuẩn-bị"');
    expect(guide).toContain('id="những-lỗi-hay-gặp"');
  });

  it('reads files with a BOM and CRLF line ends as if saved plainly', async () => {
    const home = textOf(await readPage(out, '/'));
    expect(home).toContain('Ngày Chuyển đổi số quốc gia');
    const plan = textOf(await readPage(out, '/ke-hoach/thach-ha-2025/'));
    expect(plan).toContain('trên địa bàn xã Thạch Hà, năm 2025');
    const guide = await readPage(out, '/ky-nang-so/thanh-toan-truc-tuyen/');
    expect(guide).not.toContain('\r');
    expect(guide).not.toContain('\uFEFF');
    expect(textOf(await readPage(out, '/lien-ket/'))).toContain('dichvucong.gov.vn');
  });

  it('reads front matter whose --- lines end in spaces', async () => {
    expect(textOf(await readPage(out, '/ke-hoach/son-duong-2022/'))).toContain('trên địa bàn huyện Sơn Dương năm 2022');
    expect(textOf(await readPage(out, '/ky-nang-so/mua-sam-truc-tuyen/'))).toContain('Mua sắm trực tuyến');
  });

  it('shows dates written yyyy-mm-dd as dd/mm/yyyy', async () => {
    expect(textOf(await readPage(out, '/ky-nang-so/dich-vu-cong-truc-tuyen/'))).toContain('02/12/2026');
    expect(textOf(await readPage(out, '/ke-hoach/hau-giang-2024/'))).toContain('07/06/2024');
  });
});
