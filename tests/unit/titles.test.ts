import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/shorten.ts';
import { documentTitle } from '../../src/lib/titles.ts';

const site = 'Ngày Chuyển đổi số quốc gia';

describe('documentTitle', () => {
  it('adds the site name when it fits, and not twice on the home page', () => {
    expect(documentTitle('Lịch hoạt động', site)).toBe('Lịch hoạt động – Ngày Chuyển đổi số quốc gia');
    expect(documentTitle(site, site)).toBe(site);
  });

  it('drops the site name when the page title alone is long', () => {
    const title = 'Kế hoạch 2024 của UBND huyện Đức Thọ, tỉnh Hà Tĩnh';
    expect(documentTitle(title, site)).toBe(title);
  });

  it('shortens a title past 70 characters at a word, with an ellipsis', () => {
    const title = 'Hà Tĩnh: hoạt động do Các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin chủ trì';
    const shortened = documentTitle(title, site);
    expect(shortened).toBe('Hà Tĩnh: hoạt động do Các doanh nghiệp bưu chính, viễn thông, công…');
    expect(shortened.length).toBeLessThanOrEqual(70);
  });
});

describe('shorten', () => {
  it('leaves short text alone and cuts long text at a word, without a dangling comma', () => {
    expect(shorten('Tháng tiêu dùng số', 40)).toBe('Tháng tiêu dùng số');
    expect(shorten('Các hoạt động thông tin, truyền thông: tổ chức truyền thông theo chủ đề', 40)).toBe('Các hoạt động thông tin, truyền thông…');
    expect(shorten('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
