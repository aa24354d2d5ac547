/**
 * `npm run package`: the built site in one zip, with the administrators' guide, for the
 * address the site was built for; never a build for a preview address.
 */
import { spawnSync } from 'node:child_process';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/content-copy.ts';
import { TEST_BUILDS } from '../support/build.ts';
import { SITES } from './build-sites.ts';
import { PREVIEW, previewBuild } from './preview-build.ts';

const out = join(TEST_BUILDS, 'goi.zip');
const refused = join(TEST_BUILDS, 'khong-duoc-tao.zip');
beforeAll(async () => {
  await previewBuild();
});
afterAll(async () => {
  await rm(out, { force: true });
});

function runPackage(dist: string, zip: string, env: Record<string, string | undefined>) {
  return spawnSync(process.execPath, ['scripts/package.ts', '--dist', dist, '--out', zip], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('npm run package', () => {
  it('zips every file of the site with a guide for the address and sub-path it was built for', async () => {
    // Run without the build's CDS_SITE_URL and CDS_BASE: site.yaml now says localhost and
    // "/", yet what counts is what the folder was built for.
    const run = runPackage(SITES.subpath.dir, out, { CDS_BASE: undefined, CDS_SITE_URL: undefined });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const entries = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['HUONG-DAN-DANG-TAI.md', 'site/index.html', 'site/404.html', 'site/lich.ics', 'site/pagefind/pagefind.js']));
    // The build's record of its address is for the tools, not for the web server.
    expect(Object.keys(entries).filter((name) => name.includes('.cds-build'))).toEqual([]);
    const guide = new TextDecoder().decode(entries['HUONG-DAN-DANG-TAI.md']);
    expect(guide).toContain('Bản này được dựng cho địa chỉ https://tinh.test/cds/.');
    expect(guide).toContain('error_page 404 /cds/404.html;');
    expect(guide).toContain('ErrorDocument 404 /cds/404.html');
    expect(Buffer.from(entries['site/index.html']!).equals(await readFile(join(SITES.subpath.dir, 'index.html')))).toBe(true);
  });

  it('refuses a build for a preview address, naming it, what is wrong and the fix', async () => {
    // A real address in the environment now does not make the folder's links right.
    const run = runPackage(PREVIEW.dir, refused, { CDS_SITE_URL: 'https://cds.test', CDS_BASE: undefined });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Không đóng gói: thư mục ${PREVIEW.dir}/ được dựng cho địa chỉ xem thử ${PREVIEW.address}`);
    for (const consequence of ['mã QR trên tờ in', 'mã nhúng banner', 'sơ đồ trang (sitemap-index.xml)', 'liên kết chuẩn (canonical)', 'Open Graph']) {
      expect(run.stderr).toContain(consequence);
    }
    expect(run.stderr).toContain('ghi địa chỉ thật của cổng vào trường url trong content/site.yaml');
    expect(run.stderr).toContain('CDS_SITE_URL=https://chuyendoiso.tenmien.gov.vn npm run build');
    expect(run.stderr).toContain('Sau đó chạy lại npm run package.');
    expect(await exists(refused)).toBe(false);
  });

  it('refuses a folder that does not say what it was built for', async () => {
    const empty = join(TEST_BUILDS, 'khong-co-ban-dung');
    await mkdir(empty, { recursive: true });
    const run = runPackage(empty, refused, {});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Không đóng gói: thư mục ${empty}/ không có tệp .cds-build.json`);
    expect(run.stderr).toContain('Chạy npm run build, rồi chạy lại npm run package.');
    expect(await exists(refused)).toBe(false);
  });
});
