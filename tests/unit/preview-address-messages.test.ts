/** The words whoever hosts the portal reads when a build is made for a preview address. */
import { describe, expect, it } from 'vitest';
import { previewBuildWarning, previewPackageRefusal, unknownBuildRefusal } from '../../scripts/lib/preview-address-messages.ts';

describe('the build warning', () => {
  it('names the address, everything that points there and both fixes', () => {
    expect(previewBuildWarning({ address: 'http://localhost:4321/', siteFile: 'content/site.yaml', fromEnvironment: false })).toMatchInlineSnapshot(`
      "────────────────────────────────────────────────────────────────────────
      CẢNH BÁO: cổng vừa dựng dùng địa chỉ xem thử http://localhost:4321/
      ────────────────────────────────────────────────────────────────────────
      Địa chỉ này chỉ mở được trên máy dựng cổng hoặc trong mạng nội bộ.
      Nếu đăng tải bản dựng này, những chỗ sau đều trỏ về địa chỉ đó, người dân và các cổng khác không mở được:
        - mã QR trên tờ in của các hướng dẫn kỹ năng số;
        - mã nhúng banner mà cổng thông tin các đơn vị chép về;
        - sơ đồ trang (sitemap-index.xml) và liên kết chuẩn (canonical) của mọi trang;
        - liên kết và ảnh Open Graph hiện ra khi chia sẻ trang lên Zalo, Facebook.

      Cách sửa: ghi địa chỉ thật của cổng vào trường url trong content/site.yaml, ví dụ
        url: https://chuyendoiso.tenmien.gov.vn
      rồi dựng lại (npm run build); hoặc đặt địa chỉ ngay khi dựng, không cần sửa tệp:
        CDS_SITE_URL=https://chuyendoiso.tenmien.gov.vn npm run build

      Bản dựng này vẫn xem thử được (npm run preview), nhưng npm run package sẽ không đóng gói nó.
      ────────────────────────────────────────────────────────────────────────"
    `);
  });

  it('says so when the address came from CDS_SITE_URL', () => {
    const warning = previewBuildWarning({ address: 'http://192.168.1.10/cds/', siteFile: 'noi-dung/site.yaml', fromEnvironment: true });
    expect(warning).toContain('CẢNH BÁO: cổng vừa dựng dùng địa chỉ xem thử http://192.168.1.10/cds/');
    expect(warning).toContain('Địa chỉ lấy từ biến CDS_SITE_URL (được ưu tiên hơn url trong noi-dung/site.yaml).');
  });

  it('is NFC, as all text of the portal', () => {
    const warning = previewBuildWarning({ address: 'http://localhost:4321/', siteFile: 'content/site.yaml', fromEnvironment: true });
    expect(warning.normalize('NFC')).toBe(warning);
  });
});

describe('the package refusals', () => {
  it('a preview build: names the folder, the address, what is wrong and the fix', () => {
    expect(previewPackageRefusal({ address: 'http://localhost:4321/', siteFile: 'content/site.yaml', dist: 'dist/' })).toMatchInlineSnapshot(`
      "Không đóng gói: thư mục dist/ được dựng cho địa chỉ xem thử http://localhost:4321/
      Địa chỉ này chỉ mở được trên máy dựng cổng hoặc trong mạng nội bộ.
      Trong bản dựng này, những chỗ sau đều trỏ về địa chỉ đó, người dân và các cổng khác không mở được:
        - mã QR trên tờ in của các hướng dẫn kỹ năng số;
        - mã nhúng banner mà cổng thông tin các đơn vị chép về;
        - sơ đồ trang (sitemap-index.xml) và liên kết chuẩn (canonical) của mọi trang;
        - liên kết và ảnh Open Graph hiện ra khi chia sẻ trang lên Zalo, Facebook.

      Cách sửa: ghi địa chỉ thật của cổng vào trường url trong content/site.yaml, ví dụ
        url: https://chuyendoiso.tenmien.gov.vn
      rồi dựng lại (npm run build); hoặc đặt địa chỉ ngay khi dựng, không cần sửa tệp:
        CDS_SITE_URL=https://chuyendoiso.tenmien.gov.vn npm run build
      Sau đó chạy lại npm run package."
    `);
  });

  it('a folder with no manifest: says to build first', () => {
    expect(unknownBuildRefusal('dist/', '.cds-build.json')).toMatchInlineSnapshot(`
      "Không đóng gói: thư mục dist/ không có tệp .cds-build.json, tệp npm run build ghi lại địa chỉ
      mà bản dựng dành cho, nên không biết bản dựng trỏ về đâu (thư mục chưa được dựng, hoặc được
      dựng bằng phiên bản cũ của công cụ). Chạy npm run build, rồi chạy lại npm run package."
    `);
  });
});
