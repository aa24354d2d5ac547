/**
 * A portal run by one locality: its name in the header, its contact block in the footer,
 * and between campaigns its home page shows what it did last rather than empty sections.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith } from '../fixtures/content-copy.ts';
import { runBuild, TEST_BUILDS } from '../support/build.ts';
import { readPage, textOf } from '../support/html.ts';

const out = join(TEST_BUILDS, 'thach-ha');
const dir = await contentWith([
  {
    file: 'site.yaml',
    find: 'contact: {}',
    replace: 'locality:\n  name: Thạch Hà\n  level: xa\n  province: Hà Tĩnh\ncontact:\n  agency: Ủy ban nhân dân xã Thạch Hà',
  },
]);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a commune portal', () => {
  it('shows the locality in the header and the agency in the footer', async () => {
    // Built in June 2026: the 2025 campaign is over and the 2026 one not yet planned.
    const run = runBuild(out, { CDS_CONTENT_DIR: dir, CDS_SITE_URL: 'https://thachha.test', CDS_TODAY: '2026-06-01' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = await readPage(out, '/');
    const home = textOf(html);
    // The header names whose portal it is: the agency where site.yaml gives one.
    expect(html).toMatch(/<span class="site-name">Ngày Chuyển đổi số quốc gia<\/span> <span class="site-agency">Ủy ban nhân dân xã Thạch Hà<\/span>/);
    expect(home).toMatch(/Thông tin liên hệ Cơ quan chủ quản Ủy ban nhân dân xã Thạch Hà/);
    expect(home).not.toContain('chưa gắn với một cơ quan chủ quản');
    // Its home page shows its own plan's activities, not every province's: nothing is on
    // or planned, so no empty "on now" or "next", but the last activities it held.
    expect(home).not.toMatch(/Đang diễn ra|Sắp diễn ra|Không có hoạt động|Chưa có hoạt động/);
    expect(home).toContain('Hoạt động gần đây nhất');
    expect(home).toContain('Các hoạt động của xã Thạch Hà (Hà Tĩnh) kết thúc gần đây nhất');
    expect(home).toContain('Còn 131 ngày đến Ngày Chuyển đổi số quốc gia 10/10/2026');
    expect(home).toContain('Kế hoạch 2025 của UBND xã Thạch Hà');
    expect(home).not.toContain('UBND tỉnh Nghệ An');
  });
});
