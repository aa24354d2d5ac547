/**
 * Text typed in NFD (decomposed: "e" then the marks) is published in NFC, bodies too:
 * Astro renders Markdown and MDX bodies from the files themselves, so without the NFC
 * plugin (src/integrations/nfc-markdown.ts) the page would hold NFD text and heading
 * anchors different from those of the same heading typed in NFC.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith } from '../fixtures/content-copy.ts';
import { runBuild, TEST_BUILDS } from '../support/build.ts';
import { readPage } from '../support/html.ts';

const out = join(TEST_BUILDS, 'nfd');
const nfd = (text: string) => new TextEncoder().encode(text.normalize('NFD'));
const dir = await contentWith([
  { file: 'pages/gioi-thieu.md', encode: nfd },
  { file: 'guides/dich-vu-cong-truc-tuyen.mdx', encode: nfd },
]);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('content written in NFD', () => {
  it('is published in NFC, with the anchors of NFC headings', async () => {
    const run = runBuild(out, { CDS_CONTENT_DIR: dir, CDS_SITE_URL: 'https://cds.test' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
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
});
